import { ER_API_ATTRIBUTION, isProviderName, type LoadedRates } from './providers/index.js';
import { isCurrencyCode, toSnapshot } from './snapshot.js';

/**
 * The last good rates per request, kept across visits so a returning visitor sees numbers
 * at once. Storage is a convenience: when it is missing, full, blocked or throws (even the
 * `localStorage` getter does in sandboxed iframes), everything works without it.
 */
const PREFIX = 'fx-ticker:';

/**
 * Stored values are read as untrusted input (another script or an older version may have
 * written them): anything missing, malformed or invalid (`toSnapshot` throws) reads as nothing.
 */
export function readCachedRates(key: string): LoadedRates | undefined {
  try {
    const { snapshot, provider, missing } = JSON.parse(localStorage.getItem(PREFIX + key)!) as Record<string, unknown>;
    if (!isProviderName(provider)) return undefined;
    return {
      snapshot: toSnapshot(snapshot),
      provider,
      missing: Array.isArray(missing) ? missing.filter(isCurrencyCode) : [],
      // The credit line comes from the provider's terms, never from storage: a stored link could point anywhere.
      attribution: provider === 'er-api' ? { ...ER_API_ATTRIBUTION } : undefined,
    };
  } catch {
    return undefined;
  }
}

export function writeCachedRates(key: string, rates: LoadedRates): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(rates));
  } catch {
    // Full or blocked storage only costs the next visit its head start.
  }
}
