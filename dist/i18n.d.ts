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
    /** Spoken changes get the signed text (`+0.12%`, `−0.14%`, `0%`) and drop the sign. */
    flat: (change: string) => string;
    up: (change: string) => string;
    down: (change: string) => string;
    pair: (symbolName: string, baseName: string) => string;
}
/** Kazakh and Kyrgyz pages share Russian as an official language; other languages read English. */
export declare function messagesFor(locale: string): Messages;
export declare const DEFAULT_LABEL: string;
