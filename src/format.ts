import { DATES, fill, languageOf } from './i18n.js';
import { isUsableRate, type RatesSnapshot } from './snapshot.js';

export interface Quote {
  /** The shown number: base per symbol, or symbol per base when inverse. */
  value: number;
  /** Change since the previous publication in percent; undefined when unknown. */
  changePercent?: number;
}

/**
 * The shown quote for one symbol, or undefined when the snapshot cannot give a finite one.
 * Shown value: `1 / rate` (or `rate` when inverse); change: `previous / rate − 1`
 * (or `rate / previous − 1`), so both move the same way as the shown number.
 */
export function quoteFor(snapshot: RatesSnapshot, symbol: string, inverse: boolean): Quote | undefined {
  if (symbol === snapshot.base) return undefined;
  const rate = snapshot.rates[symbol];
  if (!isUsableRate(rate)) return undefined;
  const value = inverse ? rate : 1 / rate;
  if (!isUsableRate(value)) return undefined;
  const quote: Quote = { value };
  const previous = snapshot.previous?.[symbol];
  if (isUsableRate(previous)) {
    const ratio = inverse ? rate / previous : previous / rate;
    const changePercent = (ratio - 1) * 100;
    // Formatting scales the figure by 100 again; a change that overflows then is not news but noise.
    if (Number.isFinite(changePercent * 100)) quote.changePercent = changePercent;
  }
  return quote;
}

export interface NumberStyle {
  locale: string;
  /** Significant digits, used unless `decimals` is set. */
  digits: number;
  /** Fixed fraction digits. */
  decimals?: number;
}

// Intl formatters are costly to build (the first of a page starts ICU: tens of ms) and a
// ticker formats the same few shapes every poll: each is built once per locale and options.
const built = new Map<string, unknown>();
export function cachedIntl<T>(Kind: new (locale: string, options: never) => T, locale: string, options: object): T {
  const key = Kind.name + locale + JSON.stringify(options); // the options' JSON starts with `{`: no two keys meet
  let cached = built.get(key) as T | undefined;
  if (!cached) {
    cached = new Kind(locale, options as never);
    built.set(key, cached);
  }
  return cached;
}
/** Intl.DisplayNames options for currency names (`Kyrgystani Som`), for the spoken phrase. */
export const CURRENCY_NAMES: Intl.DisplayNamesOptions = { type: 'currency' };

/**
 * The date pattern of one of the region's languages (`DATES`), else undefined: Intl knows the
 * language. These five are written from the element's own tables in every browser, not only where
 * Intl lacks them (Chrome's trimmed data writes `0.01144` and `2026 M12 4`): the engines that have
 * them carry different CLDR releases (WebKit joins a Tajik date and time without Firefox's comma),
 * and a reader should see one text whatever they browse with. All five write a decimal comma and
 * group digits with a no-break space, as Russian does, so their numbers are formatted as Russian,
 * which every browser has.
 */
export const ownConventions = (locale: string): string | undefined => DATES[languageOf(locale)];

const formatter = (locale: string, options: Intl.NumberFormatOptions) =>
  cachedIntl(Intl.NumberFormat, ownConventions(locale) ? 'ru' : locale, options);

/**
 * Builds the formatters an item in `style` needs, so that ICU's start-up overlaps a wait
 * (the network, the rest of the page) instead of delaying the first rates on screen.
 */
export function prepareFormatters(style: NumberStyle): void {
  formatRate(1, style);
  formatChange(0, style.locale);
  cachedIntl(Intl.DisplayNames, style.locale, CURRENCY_NAMES);
}

export function formatRate(value: number, style: NumberStyle): string {
  const options: Intl.NumberFormatOptions =
    style.decimals === undefined
      ? { minimumSignificantDigits: style.digits, maximumSignificantDigits: style.digits }
      : { minimumFractionDigits: style.decimals, maximumFractionDigits: style.decimals };
  return formatter(style.locale, options).format(value);
}

export type Direction = 'up' | 'down' | 'flat';

export interface FormattedChange {
  text: string;
  direction: Direction;
}

const MINUS = '\u2212';

/**
 * At most two fraction digits, a sign when not zero, `0%` when unchanged. The direction
 * follows the rounded figure, so a change too small to show reads as flat, not `+0%`.
 */
export function formatChange(changePercent: number, locale: string): FormattedChange {
  const percent = formatter(locale, { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const rounded = Math.round(changePercent * 100) / 100;
  const direction: Direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
  // Normalise to 0 so "-0" never shows; typographic minus for the falling case.
  let text = percent.format(direction === 'flat' ? 0 : rounded / 100).replace('-', MINUS);
  // Formatted as Russian (see `formatter`): Turkmen keeps Russian's space before the sign, the others write none.
  if (ownConventions(locale) && languageOf(locale) !== 'tk') text = text.replace('\u00a0%', '%');
  return { text, direction };
}

/**
 * A date as the reader writes it: a bare date, or midnight UTC, names a publication day rather
 * than an instant and is shown as that day everywhere, without a time; an instant is shown in the
 * reader's time zone as it is now (it changes when they travel), so its formatter is built each time.
 */
export function formatDate(asOf: string, locale: string): string {
  const day = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(asOf);
  const date = new Date(asOf);
  const own = ownConventions(locale);
  if (!own) {
    return (
      day
        ? cachedIntl(Intl.DateTimeFormat, locale, { dateStyle: 'medium', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    ).format(date);
  }
  // The language's own pattern, with the calendar day and time where the reader is (UTC for a day).
  const shifted = new Date(day ? date.getTime() : date.getTime() - date.getTimezoneOffset() * 60_000);
  const [pattern, ...months] = own.split('|');
  const d = shifted.getUTCDate();
  return fill(day ? pattern.replace(/,? \{t\}/, '') : pattern, {
    y: shifted.getUTCFullYear(),
    d,
    dd: String(d).padStart(2, '0'),
    m: months[shifted.getUTCMonth()],
    t: shifted.toISOString().slice(11, 16),
  });
}
