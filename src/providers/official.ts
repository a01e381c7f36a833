/**
 * Official rates: each currency exactly as its own central bank published it, read through
 * Frankfurter v2's `providers` parameter. Its blend (`parseFrankfurter`) averages every bank
 * that quotes a currency and rounds the result; a request with one `providers` key answers
 * that bank's own publications alone, its figures unrounded (the server passes the stored
 * figure through), its USD leg its own.
 */
import { RatesFormatError, isPlainObject, isUsableRate } from '../snapshot.js';
import { FRANKFURTER_CACHE, FRANKFURTER_URL, frankfurterUrl, readFrankfurterRows } from './frankfurter.js';
import { selectRates } from './shared.js';
import type { GetJson, LoadedRates, RatesQuery } from './types.js';

/** A key of Frankfurter's `providers` parameter (its `GET /v2/providers` list). */
export type BankKey = 'NBKR' | 'NBK' | 'NBT' | 'CBU';

/**
 * Each currency's home bank. Turkmenistan's central bank is not among Frankfurter's
 * providers; TMT's official rate is its peg (3.5 per USD), which the blend carries.
 */
export const HOME_BANKS: Readonly<Record<string, BankKey>> = { KGS: 'NBKR', KZT: 'NBK', TJS: 'NBT', UZS: 'CBU' };

/** What each home bank answered to its own request, by currency; a request that failed is `{ error }`, its message. */
export type BankAnswers = Record<string, unknown>;

/** The blend, and what each home bank answered. */
export interface OfficialAnswers {
  body: unknown;
  banks: BankAnswers;
}

/**
 * Asks a Frankfurter v2 source (`url`) for the blend of every symbol and, at the same time,
 * each home bank for its own currency: one request per bank, because several keys in one
 * `providers` are blended with each other, and `expand=providers`, which gives every bank's
 * figure in one request, rounds them (KGS to 2 decimals, UZS to whole sums), which changes the
 * digits a reader sees and the daily change. Like every Frankfurter query, they bypass the
 * HTTP cache. A bank that fails costs only its currency's official figure; a blend that fails
 * fails the whole.
 */
export async function fetchOfficial(getJson: GetJson, url: string, query: RatesQuery): Promise<OfficialAnswers> {
  const codes = query.symbols.filter((code) => HOME_BANKS[code] && code !== query.base);
  const [body, ...answers] = await Promise.all([
    getJson(frankfurterUrl(url, query), FRANKFURTER_CACHE),
    ...codes.map((code) =>
      getJson(`${frankfurterUrl(url, { ...query, symbols: [code] })}&providers=${HOME_BANKS[code]}`, FRANKFURTER_CACHE).catch(
        (error: Error) => ({ error: error.message }),
      ),
    ),
  ]);
  return { body, banks: Object.fromEntries(codes.map((code, index) => [code, answers[index]])) };
}

/**
 * The blend with each home bank's currency replaced by the bank's own rate, previous rate and
 * history (all three or none: a change or a trend line never mixes a bank's figure with the
 * blend's), then read for `query` like any answer. `snapshot.official` names the bank of each
 * such rate shown; a currency crossed into another base than the answer's is no longer the
 * bank's own figure and is not named. A bank whose answer failed, or has no usable rate for its
 * currency, leaves that currency at the blend, and `unofficial` says which and why.
 */
export function readOfficial({ body, banks }: OfficialAnswers, query: RatesQuery): LoadedRates {
  const published = readFrankfurterRows(body);
  const official: Record<string, BankKey> = {};
  const unofficial: string[] = [];
  for (const code of Object.keys(banks)) {
    const answer = banks[code];
    try {
      if (isPlainObject(answer) && 'error' in answer) throw new Error(String(answer.error));
      const own = readFrankfurterRows(answer);
      const rate = own.rates[code];
      if (own.base !== published.base || !isUsableRate(rate)) throw new RatesFormatError(`no usable ${code} rate`);
      published.rates[code] = rate;
      published.previous[code] = own.previous[code];
      published.history[code] = own.history[code];
      official[code] = HOME_BANKS[code];
      if (own.asOf > published.asOf) published.asOf = own.asOf;
    } catch (error) {
      unofficial.push(`${HOME_BANKS[code]} (${code}): ${(error as Error).message}`);
    }
  }
  const loaded = selectRates('frankfurter', published, query);
  const shown = Object.keys(official).filter((code) => published.base === query.base && code in loaded.snapshot.rates);
  if (shown.length > 0) loaded.snapshot.official = Object.fromEntries(shown.map((code) => [code, official[code]]));
  if (unofficial.length > 0) loaded.unofficial = unofficial;
  return loaded;
}

/**
 * Fetches and reads official rates from `source` (a copy of Frankfurter v2; unset: the public
 * one). Rejects with `getJson`'s error when the blend's fetch fails, and with a
 * `RatesFormatError` when the blend cannot be read.
 */
export async function loadOfficialRates(
  getJson: GetJson,
  { source, query }: { source?: string; query: RatesQuery },
): Promise<LoadedRates> {
  return readOfficial(await fetchOfficial(getJson, source ?? FRANKFURTER_URL, query), query);
}
