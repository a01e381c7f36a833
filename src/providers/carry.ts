import { isUsableRate, type RatesSnapshot } from '../snapshot.js';
import { emptyTable, inFeedOrder, type RateTable } from './select.js';

type Order = 'same' | 'prior-older' | 'prior-newer';

const sameTable = (a: RateTable, b: RateTable): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((code) => a[code] === b[code]);
};

/** Publications are told apart by `asOf`; without one on both, by their rates. */
function order(prior: RatesSnapshot, next: RatesSnapshot): Order {
  const priorTime = prior.asOf ? Date.parse(prior.asOf) : NaN;
  const nextTime = next.asOf ? Date.parse(next.asOf) : NaN;
  if (!Number.isNaN(priorTime) && !Number.isNaN(nextTime)) {
    if (priorTime === nextTime) return 'same';
    return priorTime < nextTime ? 'prior-older' : 'prior-newer';
  }
  return sameTable(prior.rates, next.rates) ? 'same' : 'prior-older';
}

/**
 * Fills `next.previous` for a provider that publishes no previous value (er-api), from a
 * snapshot seen earlier. When `prior` is an earlier publication, its rates are the previous
 * values; when it is the same publication polled again, its own (carried) previous values
 * are. A prior in another base, or newer than `next` (an out-of-order answer), gives
 * nothing. Previous values `next` already has are never replaced. Pure: returns `next`
 * itself when there is nothing to fill, otherwise a new snapshot.
 */
export function carryPrevious(prior: RatesSnapshot | undefined, next: RatesSnapshot): RatesSnapshot {
  if (!prior || prior.base !== next.base) return next;
  const relation = order(prior, next);
  const carried = relation === 'same' ? prior.previous : relation === 'prior-older' ? prior.rates : undefined;
  if (!carried) return next;
  const previous = emptyTable();
  let filled = false;
  for (const code of Object.keys(next.rates)) {
    const own = next.previous?.[code];
    if (isUsableRate(own)) {
      previous[code] = own;
    } else if (Object.hasOwn(carried, code) && isUsableRate(carried[code])) {
      previous[code] = carried[code];
      filled = true;
    }
  }
  return filled ? inFeedOrder({ ...next, previous }) : next;
}
