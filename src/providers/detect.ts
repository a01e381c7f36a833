import { isCurrencyCode } from '../snapshot.js';
import { isRecord } from './select.js';
import type { ProviderName } from './types.js';

/** What `provider="auto"` recognises, in the words its error message uses. */
export const EXPECTED_SHAPES =
  'feed {"base", "rates"}; frankfurter [{"date", "base", "quote", "rate"}]; ' +
  'currency-api {"date", "<base>": {…}}; er-api {"result", "base_code", "rates"}; ' +
  'cbr {"Date", "Valute": {…}}; cbu [{"Ccy", "Nominal", "Rate", "Diff", "Date"}]';

const LOWER_CODE = /^[a-z]{3}$/;

/**
 * Names the provider whose response `body` looks like, from its keys alone (values are
 * checked by the adapter, which then says precisely what is wrong). Undefined for none.
 */
export function detectProvider(body: unknown): ProviderName | undefined {
  if (Array.isArray(body)) {
    const first: unknown = body.find(isRecord);
    if (!isRecord(first)) return undefined;
    if ('quote' in first && 'rate' in first && 'date' in first) return 'frankfurter';
    if ('Ccy' in first && 'Rate' in first) return 'cbu';
    return undefined;
  }
  if (!isRecord(body)) return undefined;
  if (isRecord(body.Valute)) return 'cbr';
  // An error answer has no rates, but naming er-api lets its adapter report the error type.
  if (typeof body.result === 'string' && ('base_code' in body || 'error-type' in body)) return 'er-api';
  if (isCurrencyCode(body.base) && isRecord(body.rates)) return 'feed';
  if (typeof body.date === 'string' && Object.keys(body).some((key) => LOWER_CODE.test(key) && isRecord(body[key]))) {
    return 'currency-api';
  }
  return undefined;
}

/**
 * Names the provider a URL obviously belongs to (its public host, or Frankfurter's
 * `/v2/rates` path on a self-hosted copy), so the right query can be sent on the first
 * request. Undefined when only the response can tell.
 */
export function detectProviderFromUrl(source: string): ProviderName | undefined {
  let url: URL;
  try {
    // The base only lets relative URLs parse; their path is what matters.
    url = new URL(source, 'http://relative.invalid/');
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  const isHost = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  // Frankfurter's v2 path, on its own host or a self-hosted copy (v1 has another shape).
  if (/\/v2\/rates\/?$/.test(path)) return 'frankfurter';
  if ((host === 'cdn.jsdelivr.net' && path.includes('/@fawazahmed0/currency-api@')) || isHost('currency-api.pages.dev')) {
    return 'currency-api';
  }
  if (host === 'open.er-api.com') return 'er-api';
  if (isHost('cbr-xml-daily.ru') && path.includes('daily_json')) return 'cbr';
  if (isHost('cbu.uz') && path.includes('/json')) return 'cbu';
  return undefined;
}
