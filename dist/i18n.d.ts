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
/**
 * How the region's languages write a date (CLDR, as Firefox and Safari write them), for a browser
 * whose Intl lacks them: Chrome's trimmed data writes kk and uz dates as `2026 M12 4` and ky, tg
 * and tk ones in English. The pattern (`{y}` year, `{d}` day, `{dd}` two-digit day, `{m}` month,
 * `{t}` the time of an instant), then the month names as a date writes them.
 */
export declare const DATES: Record<string, string>;
/**
 * The home banks of official rates, by Frankfurter's key: the language the bank writes in, its
 * short and full name in that language, in Russian and in English, and its rates page. Readers of
 * the bank's own language get its own names; readers of Russian, Kazakh, Kyrgyz and Tajik, who
 * read Russian too, the Russian ones; everyone else the English ones.
 */
export declare const BANKS: Record<string, string[]>;
/** A bank's short name, full name and rates page for a reader of `locale`; a key we do not know is its own name, with no link. */
export declare function bankFor(key: string, locale: string): [short: string, full: string, href?: string];
export type Language = keyof typeof WORDS;
export type Words = (typeof WORDS)['en'];
/** The words for a BCP 47 tag, by its language alone (`uz-Latn-UZ` reads `uz`); English for any other. */
export declare function wordsFor(locale: string): Words;
/** The language subtag of a BCP 47 tag, lower-case: `uz-Latn-UZ` reads `uz`. */
export declare const languageOf: (locale: string) => string;
/** `text` with each `{name}` replaced by its value; a name without a value stays as written. */
export declare const fill: (text: string, values: Record<string, string | number>) => string;
export declare const DEFAULT_LABEL: string;
