/**
 * The ticker's own words, one entry per language. Numbers, dates and currency names are not
 * here: they come from Intl in the ticker's locale.
 *
 * For translators: change only the text between the quotes. A word in braces is filled in
 * by the ticker and must stay as it is (it may move within the sentence):
 *   {date}   a date, already in your language ("13 авг. 2025 г.")
 *   {change} a change without its sign ("0.12%")
 *   {symbol} {base}  currency names from Intl, in the nominative ("Kyrgyz Som", "US Dollar")
 *   {days}   a number of days; {low} {high} two rates
 * None of these has been checked by a native speaker yet; the README says how to send a correction.
 */
export declare const WORDS: {
    en: {
        label: string;
        pause: string;
        asOf: string;
        stale: string;
        staleSince: string;
        unavailable: string;
        up: string;
        down: string;
        flat: string;
        pair: string;
        trend: string;
    };
    ru: {
        label: string;
        pause: string;
        asOf: string;
        stale: string;
        staleSince: string;
        unavailable: string;
        up: string;
        down: string;
        flat: string;
        pair: string;
        trend: string;
    };
    kk: {
        label: string;
        pause: string;
        asOf: string;
        stale: string;
        staleSince: string;
        unavailable: string;
        up: string;
        down: string;
        flat: string;
        pair: string;
        trend: string;
    };
    ky: {
        label: string;
        pause: string;
        asOf: string;
        stale: string;
        staleSince: string;
        unavailable: string;
        up: string;
        down: string;
        flat: string;
        pair: string;
        trend: string;
    };
    uz: {
        label: string;
        pause: string;
        asOf: string;
        stale: string;
        staleSince: string;
        unavailable: string;
        up: string;
        down: string;
        flat: string;
        pair: string;
        trend: string;
    };
    tg: {
        label: string;
        pause: string;
        asOf: string;
        stale: string;
        staleSince: string;
        unavailable: string;
        up: string;
        down: string;
        flat: string;
        pair: string;
        trend: string;
    };
    tk: {
        label: string;
        pause: string;
        asOf: string;
        stale: string;
        staleSince: string;
        unavailable: string;
        up: string;
        down: string;
        flat: string;
        pair: string;
        trend: string;
    };
};
export type Language = keyof typeof WORDS;
export type Words = (typeof WORDS)['en'];
/** The words for a BCP 47 tag, by its language alone (`uz-Latn-UZ` reads `uz`); English for any other. */
export declare function wordsFor(locale: string): Words;
/** `text` with each `{name}` replaced by its value; a name without a value stays as written. */
export declare const fill: (text: string, values: Record<string, string | number>) => string;
export declare const DEFAULT_LABEL: string;
