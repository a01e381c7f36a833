/**
 * Every built-in rates provider, turned into the feed format (`RatesSnapshot`). Pure
 * parsing plus one fetch-driving function; no DOM and no Node APIs, so the element and
 * the `fx-ticker-feed` command share it.
 */
import { RatesFormatError } from '../snapshot.js';
import { CBR_URL, parseCbr } from './cbr.js';
import { CBU_URL, parseCbu } from './cbu.js';
import { currencyApiPreviousUrl, currencyApiUrl, parseCurrencyApi } from './currency-api.js';
import { EXPECTED_SHAPES, detectProvider, detectProviderFromUrl } from './detect.js';
import { erApiUrl, parseErApi } from './er-api.js';
import { parseFeed } from './feed.js';
import { FRANKFURTER_URL, frankfurterUrl, parseFrankfurter } from './frankfurter.js';
import type { GetJson, LoadedRates, ProviderName, RatesQuery } from './types.js';

export type { Attribution, GetJson, LoadedRates, ProviderName, RatesQuery } from './types.js';
export { RatesFormatError, toSnapshot, type RatesSnapshot } from '../snapshot.js';
export { carryPrevious } from './carry.js';
export { EXPECTED_SHAPES, detectProvider, detectProviderFromUrl } from './detect.js';
export { readNumber } from './numbers.js';
export { ER_API_ATTRIBUTION } from './er-api.js';
export { currencyApiPreviousUrl, frankfurterUrl, parseCbr, parseCbu, parseCurrencyApi, parseErApi, parseFeed, parseFrankfurter };

export const PROVIDER_NAMES: readonly ProviderName[] = Object.freeze([
  'feed',
  'frankfurter',
  'currency-api',
  'er-api',
  'cbr',
  'cbu',
] as const);

/** Frankfurter v2: keyless, CORS-open, official national-bank rates. */
export const DEFAULT_SOURCE = FRANKFURTER_URL;

export const isProviderName = (value: unknown): value is ProviderName =>
  typeof value === 'string' && (PROVIDER_NAMES as readonly string[]).includes(value);

type Parser = (body: unknown, query: RatesQuery) => LoadedRates;

const PARSERS: Record<ProviderName, Parser> = {
  feed: parseFeed,
  frankfurter: parseFrankfurter,
  'currency-api': (body, query) => parseCurrencyApi(body, query),
  'er-api': parseErApi,
  cbr: parseCbr,
  cbu: parseCbu,
};

/**
 * The URL to request for a provider: `source` if given (Frankfurter's gets its `base`,
 * `quotes` and `from` parameters either way), otherwise the provider's public URL. The
 * feed format has no public URL, so `feed` needs a `source`.
 */
export function providerUrl(provider: ProviderName, query: RatesQuery, source?: string): string {
  switch (provider) {
    case 'frankfurter':
      return frankfurterUrl(source ?? FRANKFURTER_URL, query);
    case 'currency-api':
      return source ?? currencyApiUrl(query.base);
    case 'er-api':
      return source ?? erApiUrl(query.base);
    case 'cbr':
      return source ?? CBR_URL;
    case 'cbu':
      return source ?? CBU_URL;
    case 'feed':
      if (source) return source;
      throw new RatesFormatError('feed: a "source" URL is needed; the feed format has no public URL');
  }
}

/**
 * Reads a parsed response as `provider` (or, with 'auto', as whichever shape it has).
 * Pure; throws a `RatesFormatError` saying what is wrong, in auto mode which shapes were
 * expected. currency-api's previous value needs a second response: see `parseCurrencyApi`.
 */
export function parseRates(body: unknown, provider: ProviderName | 'auto', query: RatesQuery): LoadedRates {
  const name = provider === 'auto' ? detectProvider(body) : provider;
  if (!name) {
    throw new RatesFormatError(`unrecognised rates response; expected one of: ${EXPECTED_SHAPES}`);
  }
  if (!isProviderName(name)) throw new RatesFormatError(`unknown provider "${String(name)}"`);
  return PARSERS[name](body, query);
}

/** Dated publications never change, so the previous day is asked for once per `getJson`. */
const DATED_BODIES = new WeakMap<GetJson, Map<string, unknown>>();
const DATED_BODIES_KEPT = 8;

async function getDated(getJson: GetJson, url: string): Promise<unknown> {
  let bodies = DATED_BODIES.get(getJson);
  if (!bodies) DATED_BODIES.set(getJson, (bodies = new Map()));
  if (bodies.has(url)) return bodies.get(url);
  const body = await getJson(url);
  if (bodies.size >= DATED_BODIES_KEPT) bodies.delete(bodies.keys().next().value!);
  bodies.set(url, body);
  return body;
}

/** currency-api: the latest answer, then the day before it from the dated URL. */
async function completeCurrencyApi(getJson: GetJson, url: string, body: unknown, query: RatesQuery): Promise<LoadedRates> {
  const latest = parseCurrencyApi(body, query);
  const previousUrl = latest.snapshot.asOf ? currencyApiPreviousUrl(url, latest.snapshot.asOf) : undefined;
  if (!previousUrl) return latest;
  try {
    return parseCurrencyApi(body, query, await getDated(getJson, previousUrl));
  } catch {
    // The previous day is only for the change column; the rates stand without it.
    return latest;
  }
}

/**
 * Fetches and reads rates. `source`: a URL, or undefined for the provider's public URL.
 * With 'auto' and no source: Frankfurter's default. With 'auto' and a source: the provider
 * the URL obviously belongs to, else the one whose shape the response has. Rejects with
 * `getJson`'s error when the fetch fails, and with a `RatesFormatError` when the response
 * cannot be read.
 */
export async function loadRates(
  getJson: GetJson,
  options: { source?: string; provider: ProviderName | 'auto'; query: RatesQuery },
): Promise<LoadedRates> {
  const { source, query } = options;
  let provider: ProviderName | undefined;
  if (options.provider !== 'auto') provider = options.provider;
  else if (source === undefined) provider = 'frankfurter';
  else provider = detectProviderFromUrl(source);

  if (!provider) {
    const body = await getJson(source!);
    const loaded = parseRates(body, 'auto', query);
    return loaded.provider === 'currency-api' ? completeCurrencyApi(getJson, source!, body, query) : loaded;
  }
  if (!isProviderName(provider)) throw new RatesFormatError(`unknown provider "${String(provider)}"`);
  const url = providerUrl(provider, query, source);
  const body = await getJson(url);
  if (provider === 'currency-api') return completeCurrencyApi(getJson, url, body, query);
  return parseRates(body, provider, query);
}
