import { type RatesSnapshot } from './snapshot.js';
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
export declare function quoteFor(snapshot: RatesSnapshot, symbol: string, inverse: boolean): Quote | undefined;
export interface NumberStyle {
    locale: string;
    /** Significant digits, used unless `decimals` is set. */
    digits: number;
    /** Fixed fraction digits. */
    decimals?: number;
}
export declare function cachedIntl<T>(Kind: new (locale: string, options: never) => T, locale: string, options: object): T;
/** Intl.DisplayNames options for currency names (`Kyrgystani Som`), for the spoken phrase. */
export declare const CURRENCY_NAMES: Intl.DisplayNamesOptions;
/**
 * The date pattern of one of the region's languages (`DATES`), else undefined: Intl knows the
 * language. These five are written from the element's own tables in every browser, not only where
 * Intl lacks them (Chrome's trimmed data writes `0.01144` and `2026 M12 4`): the engines that have
 * them carry different CLDR releases (WebKit joins a Tajik date and time without Firefox's comma),
 * and a reader should see one text whatever they browse with. All five write a decimal comma and
 * group digits with a no-break space, as Russian does, so their numbers are formatted as Russian,
 * which every browser has.
 */
export declare const ownConventions: (locale: string) => string | undefined;
/**
 * Builds the formatters an item in `style` needs, so that ICU's start-up overlaps a wait
 * (the network, the rest of the page) instead of delaying the first rates on screen.
 */
export declare function prepareFormatters(style: NumberStyle): void;
export declare function formatRate(value: number, style: NumberStyle): string;
export type Direction = 'up' | 'down' | 'flat';
export interface FormattedChange {
    text: string;
    direction: Direction;
}
/**
 * At most two fraction digits, a sign when not zero, `0%` when unchanged. The direction
 * follows the rounded figure, so a change too small to show reads as flat, not `+0%`.
 */
export declare function formatChange(changePercent: number, locale: string): FormattedChange;
/**
 * A date as the reader writes it: a bare date, or midnight UTC, names a publication day rather
 * than an instant and is shown as that day everywhere, without a time; an instant is shown in the
 * reader's time zone as it is now (it changes when they travel), so its formatter is built each time.
 */
export declare function formatDate(asOf: string, locale: string): string;
