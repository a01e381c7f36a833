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

const en: Messages = {
  label: 'Exchange rates',
  pause: 'Pause exchange rates',
  asOf: (date) => `as of ${date}`,
  stale: (since) => `Rates may be out of date${since ? `: last updated ${since}` : ''}`,
  unavailable: 'Exchange rates are unavailable right now',
  flat: () => 'unchanged',
  up: (change) => `up ${change.slice(1)}`,
  down: (change) => `down ${change.slice(1)}`,
  pair: (symbolName, baseName) => `${symbolName} to ${baseName}`,
};

const ru: Messages = {
  label: 'Курсы валют',
  pause: 'Остановить курсы валют',
  asOf: (date) => `на ${date}`,
  stale: (since) => `Курсы могут быть устаревшими${since ? `: обновлены ${since}` : ''}`,
  unavailable: 'Курсы валют сейчас недоступны',
  flat: () => 'без изменений',
  up: (change) => `рост ${change.slice(1)}`,
  down: (change) => `снижение ${change.slice(1)}`,
  // A dash, not a preposition: currency names from Intl come in the nominative case.
  pair: (symbolName, baseName) => `${symbolName} — ${baseName}`,
};

/** Kazakh and Kyrgyz pages share Russian as an official language; other languages read English. */
export function messagesFor(locale: string): Messages {
  return /^(ru|kk|ky|be)\b/i.test(locale) ? ru : en;
}

export const DEFAULT_LABEL = en.label;
