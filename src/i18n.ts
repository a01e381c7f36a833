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

const en: Messages = {
  label: 'Exchange rates',
  pause: 'Pause exchange rates',
  asOf: (date) => `as of ${date}`,
  stale: (since) => `Rates may be out of date${since ? `: last updated ${since}` : ''}`,
  unavailable: 'Exchange rates are unavailable right now',
  unchanged: 'unchanged',
  up: (percent) => `up ${percent}`,
  down: (percent) => `down ${percent}`,
  pair: (symbolName, baseName) => `${symbolName} to ${baseName}`,
};

const ru: Messages = {
  label: 'Курсы валют',
  pause: 'Остановить курсы валют',
  asOf: (date) => `на ${date}`,
  stale: (since) => `Курсы могут быть устаревшими${since ? `: обновлены ${since}` : ''}`,
  unavailable: 'Курсы валют сейчас недоступны',
  unchanged: 'без изменений',
  up: (percent) => `рост ${percent}`,
  down: (percent) => `снижение ${percent}`,
  // A dash, not a preposition: currency names from Intl come in the nominative case.
  pair: (symbolName, baseName) => `${symbolName} — ${baseName}`,
};

// Kazakh and Kyrgyz pages share Russian as an official language; other languages read English.
const byLanguage: Record<string, Messages> = { en, ru, kk: ru, ky: ru, be: ru };

export function messagesFor(locale: string): Messages {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return byLanguage[language] ?? en;
}

export const DEFAULT_LABEL = en.label;
