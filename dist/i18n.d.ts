/**
 * The words the ticker says, in English and Russian (the lingua franca of its region).
 * Numbers, dates and currency names come from Intl in the ticker's own locale, so Kazakh,
 * Kyrgyz, Uzbek, Tajik and Turkmen pages get their own formats with these words.
 */
export interface Messages {
    label: string;
    pause: string;
    asOf: (date: string) => string;
    stale: (since?: string) => string;
    unavailable: string;
    unchanged: string;
    up: (percent: string) => string;
    down: (percent: string) => string;
    pair: (symbolName: string, baseName: string) => string;
}
export declare function messagesFor(locale: string): Messages;
export declare const DEFAULT_LABEL: string;
