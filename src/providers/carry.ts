import { isUsableRate, type RatesSnapshot } from '../snapshot.js';
import type { RateTable } from './shared.js';

/**
 * Fills `next.previous` for a provider that publishes no previous value (er-api), from a
 * snapshot seen earlier. When `prior` is an earlier publication, its rates are the previous
 * values; when it is the same publication polled again (same `asOf` and rates), its own
 * (carried) previous values are. A prior in another base, or newer than `next` (an
 * out-of-order answer), gives nothing. Previous values `next` already has are never
 * replaced. Pure: returns `next` itself when there is nothing to fill, otherwise a new snapshot.
 */
export function carryPrevious(prior: RatesSnapshot | undefined, next: RatesSnapshot): RatesSnapshot {
  // One provider writes `asOf` in one format, so its dates compare as text.
  if (prior?.base !== next.base || (prior.asOf ?? '') > (next.asOf ?? '')) return next;
  // The rates come in the order of the query, so one publication always gives the same text.
  const same = prior.asOf === next.asOf && JSON.stringify(prior.rates) === JSON.stringify(next.rates);
  const carried = same ? prior.previous : prior.rates;
  if (!carried) return next;
  const previous: RateTable = {};
  let filled = false;
  for (const code of Object.keys(next.rates)) {
    const own = next.previous?.[code];
    if (isUsableRate(own)) {
      previous[code] = own;
      // A bank's figure and the blend's are two sources: one never lends the other a previous value.
    } else if (isUsableRate(carried[code]) && prior.official?.[code] === next.official?.[code]) {
      previous[code] = carried[code];
      filled = true;
    }
  }
  return filled ? { ...next, previous } : next;
}
