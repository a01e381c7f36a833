import { isProviderName, type Attribution, type LoadedRates } from './providers/index.js';
import { isCurrencyCode, toSnapshot } from './snapshot.js';

/**
 * The last good rates per request, kept across visits so a returning visitor sees numbers
 * at once. Storage is a convenience: when it is missing, full, blocked or throws (even the
 * `localStorage` getter does in sandboxed iframes), everything works without it.
 */
const PREFIX = 'fx-ticker:';

export function readCachedRates(key: string): LoadedRates | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? toLoadedRates(JSON.parse(raw)) : undefined;
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

/** Stored values are read as untrusted input (another script or an older version may have written them). */
function toLoadedRates(stored: Partial<Record<keyof LoadedRates, unknown>>): LoadedRates | undefined {
  const { provider } = stored;
  if (!isProviderName(provider)) return undefined;
  const loaded: LoadedRates = {
    snapshot: toSnapshot(stored.snapshot),
    provider,
    missing: Array.isArray(stored.missing) ? stored.missing.filter(isCurrencyCode) : [],
  };
  const attribution = toAttribution(stored.attribution);
  if (attribution) loaded.attribution = attribution;
  return loaded;
}

function toAttribution(value: unknown): Attribution | undefined {
  const { text, href } = (value ?? {}) as Partial<Record<keyof Attribution, unknown>>;
  if (typeof text !== 'string' || typeof href !== 'string' || !/^https:\/\//.test(href)) return undefined;
  return { text: text.slice(0, 200), href };
}
