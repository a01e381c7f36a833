import { type RatesSnapshot } from '../snapshot.js';
/**
 * Fills `next.previous` for a provider that publishes no previous value (er-api), from a
 * snapshot seen earlier. When `prior` is an earlier publication, its rates are the previous
 * values; when it is the same publication polled again (same `asOf` and rates), its own
 * (carried) previous values are. A prior in another base, or newer than `next` (an
 * out-of-order answer), gives nothing. Previous values `next` already has are never
 * replaced. Pure: returns `next` itself when there is nothing to fill, otherwise a new snapshot.
 */
export declare function carryPrevious(prior: RatesSnapshot | undefined, next: RatesSnapshot): RatesSnapshot;
