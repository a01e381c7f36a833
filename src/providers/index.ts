/**
 * Every built-in rates provider, turned into the feed format (`RatesSnapshot`). Pure
 * parsing plus one fetch-driving function; no DOM and no Node APIs, so the element and
 * the `fx-ticker-feed` command share it.
 */
import { RatesFormatError, isPlainObject, toSnapshot } from '../snapshot.js';
import { CBR_URL, CBU_URL, CENTRAL_BANK_CACHE, parseCbr, parseCbu } from './central-banks.js';
import { CURRENCY_API_CACHE, currencyApiPreviousUrl, currencyApiUrl, parseCurrencyApi } from './currency-api.js';
import { ER_API_CACHE, erApiUrl, parseErApi } from './er-api.js';
import { FRANKFURTER_CACHE, FRANKFURTER_URL, frankfurterUrl, parseFrankfurter } from './frankfurter.js';
import { fetchOfficial, readOfficial, type BankAnswers } from './official.js';
import { selectRates } from './shared.js';
import type { GetJson, LoadedRates, ProviderName, RatesQuery } from './types.js';

export type { Attribution, GetJson, LoadedRates, ProviderName, RatesQuery } from './types.js';
export { RatesFormatError, toSnapshot, type RatesSnapshot } from '../snapshot.js';
export { carryPrevious } from './carry.js';
export {
  currencyApiPreviousUrl,
  currencyApiUrl,
  erApiUrl,
  frankfurterUrl,
  parseCbr,
  parseCbu,
  parseCurrencyApi,
  parseErApi,
  parseFrankfurter,
};
export { ER_API_ATTRIBUTION } from './er-api.js';
export { HOME_BANKS, fetchOfficial, loadOfficialRates, readOfficial } from './official.js';
export type { BankAnswers, BankKey, OfficialAnswers } from './official.js';
export { readNumber } from './shared.js';

/**
 * The feed format itself (a self-hosted file, e.g. written by `fx-ticker-feed`), validated by
 * `toSnapshot` and crossed through its own base when the page asks for another one.
 */
export const parseFeed = (body: unknown, query: RatesQuery): LoadedRates => selectRates('feed', toSnapshot(body), query);

type Reader = (body: unknown, query: RatesQuery, previousBody?: unknown) => LoadedRates;

/** Each provider's reader, the public URL it is read from when named without a source, and its `fetch` cache mode. */
const PROVIDERS: Record<ProviderName, [read: Reader, publicUrl?: (base: string) => string, cache?: RequestCache]> = {
  // A self-hosted feed keeps its own Cache-Control: the site chose it, and it keeps the site's CDN in front.
  feed: [parseFeed],
  frankfurter: [parseFrankfurter, () => FRANKFURTER_URL, FRANKFURTER_CACHE],
  'currency-api': [parseCurrencyApi, currencyApiUrl, CURRENCY_API_CACHE],
  'er-api': [parseErApi, erApiUrl, ER_API_CACHE],
  cbr: [parseCbr, () => CBR_URL, CENTRAL_BANK_CACHE],
  cbu: [parseCbu, () => CBU_URL, CENTRAL_BANK_CACHE],
};

export const PROVIDER_NAMES = Object.keys(PROVIDERS) as readonly ProviderName[];

/** Frankfurter v2: keyless, CORS-open, a blend of the central banks' published rates. */
export const DEFAULT_SOURCE = FRANKFURTER_URL;

export const isProviderName = (value: unknown): value is ProviderName => PROVIDER_NAMES.includes(value as ProviderName);

/**
 * A key only one provider's answer (or its first row) has, in the order they are looked for:
 * er-api's before the feed's "rates", which its answers have too; the feed's "rates" before
 * currency-api's "date", which Frankfurter's v1 answers (feed-shaped) have too.
 */
const KEYS: ReadonlyArray<[string, ProviderName]> = [
  ['quote', 'frankfurter'],
  ['Ccy', 'cbu'],
  ['Valute', 'cbr'],
  ['base_code', 'er-api'],
  // An error answer has no rates, but naming er-api lets its reader report the error type.
  ['error-type', 'er-api'],
  ['rates', 'feed'],
  ['date', 'currency-api'],
];

/**
 * Names the provider whose response `body` looks like, from its keys alone (values are
 * checked by the provider's reader, which then says precisely what is wrong). Undefined for none.
 */
export function detectProvider(body: unknown): ProviderName | undefined {
  const sample: unknown = Array.isArray(body) ? body.find(isPlainObject) : body;
  return isPlainObject(sample) ? KEYS.find(([key]) => key in sample)?.[1] : undefined;
}

/**
 * Reads a parsed response as `provider` (or, with 'auto', as whichever shape it has).
 * Pure; throws a `RatesFormatError` saying what is wrong, in auto mode which shapes were
 * expected. currency-api's previous value needs a second response: see `parseCurrencyApi`.
 */
export function parseRates(
  body: unknown,
  provider: ProviderName | 'auto',
  query: RatesQuery,
  previousBody?: unknown,
): LoadedRates {
  const name = provider === 'auto' ? detectProvider(body) : provider;
  if (!name) throw new RatesFormatError(`expected one of: ${PROVIDER_NAMES.join(', ')}`);
  return PROVIDERS[name][0](body, query, previousBody);
}

/** Where one source is read from: its URL (undefined: the provider's public URL) and how to read it. */
export interface SourceEntry {
  url?: string;
  provider: ProviderName | 'auto';
  /** Frankfurter only: each home bank's currency from the bank itself (see official.ts). */
  official?: boolean;
}

/**
 * Where `source` is read from. Frankfurter is the one provider whose URL carries the query,
 * so 'auto' takes a source ending in Frankfurter's `/v2/rates` path (or no source at all)
 * for Frankfurter; any other source is fetched as it is and read by its shape.
 */
export function sourceEntry(url: string | undefined, provider: ProviderName | 'auto'): SourceEntry {
  return { url, provider: provider === 'auto' && (!url || /\/v2\/rates\/?([?#]|$)/.test(url)) ? 'frankfurter' : provider };
}

/** What a source answered, before it is read for one query: its body, and currency-api's day before. */
export interface FetchedRates {
  provider: ProviderName | 'auto';
  body: unknown;
  previousBody?: unknown;
  /** With `official`: what each home bank answered (the body is the blend). */
  banks?: BankAnswers;
}

/**
 * Fetches one source for `query`: a public URL for its base; Frankfurter's with its base and
 * every symbol, so several tickers can read one answer. currency-api is completed with the publication of the day before,
 * from its dated URL (immutable, so the HTTP cache keeps it); when that fails, only the
 * change column is lost. Rejects with `getJson`'s error when the fetch fails.
 */
export async function fetchRates(
  getJson: GetJson,
  { url, provider, official }: SourceEntry,
  query: RatesQuery,
): Promise<FetchedRates> {
  // Without a URL, 'auto' has become 'frankfurter': only a named provider gets here.
  url ??= PROVIDERS[provider as ProviderName][1]?.(query.base);
  if (!url) throw new RatesFormatError('feed: needs a "source" URL');
  if (official) return { provider, ...(await fetchOfficial(getJson, url, query)) };
  if (provider === 'frankfurter') url = frankfurterUrl(url, query);
  const body = await getJson(url, PROVIDERS[provider as ProviderName]?.[2]);
  const fetched: FetchedRates = { provider, body };
  const previousUrl =
    (provider === 'auto' ? detectProvider(body) : provider) === 'currency-api' &&
    currencyApiPreviousUrl(url, (body as { date?: string } | null)?.date as string);
  if (previousUrl) fetched.previousBody = await getJson(previousUrl).catch(() => undefined);
  return fetched;
}

/** Reads a fetched answer for `query`; throws a `RatesFormatError` when it cannot be read. */
export const readRates = ({ provider, body, previousBody, banks }: FetchedRates, query: RatesQuery): LoadedRates =>
  banks ? readOfficial({ body, banks }, query) : parseRates(body, provider, query, previousBody);

/**
 * Fetches and reads rates (see `sourceEntry`, `fetchRates`). Rejects with `getJson`'s error
 * when the fetch fails, and with a `RatesFormatError` when the response cannot be read.
 */
export async function loadRates(
  getJson: GetJson,
  { source, provider, query }: { source?: string; provider: ProviderName | 'auto'; query: RatesQuery },
): Promise<LoadedRates> {
  return readRates(await fetchRates(getJson, sourceEntry(source, provider), query), query);
}
