import { toSnapshot } from '../snapshot.js';
import { inFeedOrder, rebaseOrThrow, selectSymbols } from './select.js';
import type { LoadedRates, RatesQuery } from './types.js';

/**
 * The feed format itself (a self-hosted file, e.g. written by `fx-ticker-feed`), validated by
 * `toSnapshot` and crossed through its own base when the page asks for another one.
 */
export function parseFeed(body: unknown, query: RatesQuery): LoadedRates {
  const base = query.base.toUpperCase();
  const full = rebaseOrThrow('feed', toSnapshot(body), base);
  const { snapshot, missing } = selectSymbols('feed', full, query);
  return { snapshot: inFeedOrder(snapshot), provider: 'feed', missing };
}
