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
export const WORDS = {
  // English (also every language not listed here)
  en: {
    label: 'Exchange rates',
    pause: 'Pause exchange rates',
    asOf: 'as of {date}',
    stale: 'Rates may be out of date',
    staleSince: 'Rates may be out of date: last updated {date}',
    unavailable: 'Exchange rates are unavailable right now',
    up: 'up {change}',
    down: 'down {change}',
    flat: 'unchanged',
    pair: '{symbol} to {base}',
    trend: '{days}-day low {low}, high {high}',
  },
  // Russian (русский)
  ru: {
    label: 'Курсы валют',
    pause: 'Остановить курсы валют',
    asOf: 'на {date}',
    stale: 'Курсы могут быть устаревшими',
    staleSince: 'Курсы могут быть устаревшими: обновлены {date}',
    unavailable: 'Курсы валют сейчас недоступны',
    up: 'рост {change}',
    down: 'снижение {change}',
    flat: 'без изменений',
    // A dash, not a preposition: currency names from Intl come in the nominative case.
    pair: '{symbol} — {base}',
    trend: 'за {days} дн.: минимум {low}, максимум {high}',
  },
  // Kazakh (қазақ тілі)
  kk: {
    label: 'Валюта бағамдары',
    pause: 'Валюта бағамдарын тоқтату',
    asOf: '{date} жағдай бойынша',
    stale: 'Бағамдар ескірген болуы мүмкін',
    staleSince: 'Бағамдар ескірген болуы мүмкін: соңғы жаңарту {date}',
    unavailable: 'Валюта бағамдары қазір қолжетімсіз',
    up: '{change} өсті',
    down: '{change} төмендеді',
    flat: 'өзгеріссіз',
    pair: '{symbol} — {base}',
    trend: '{days} күнде ең төмені {low}, ең жоғарысы {high}',
  },
  // Kyrgyz (кыргыз тили)
  ky: {
    label: 'Валюта курстары',
    pause: 'Валюта курстарын токтотуу',
    asOf: '{date} карата',
    stale: 'Курстар эскирген болушу мүмкүн',
    staleSince: 'Курстар эскирген болушу мүмкүн: акыркы жаңыртуу {date}',
    unavailable: 'Валюта курстары азыр жеткиликсиз',
    up: '{change} өстү',
    down: '{change} төмөндөдү',
    flat: 'өзгөрүүсүз',
    pair: '{symbol} — {base}',
    trend: '{days} күндө эң төмөнү {low}, эң жогорусу {high}',
  },
  // Uzbek, Latin script as the state uses it (oʻzbek tili); oʻ and gʻ with U+02BB
  uz: {
    label: 'Valyuta kurslari',
    pause: 'Valyuta kurslarini toʻxtatish',
    asOf: '{date} holatiga',
    stale: 'Kurslar eskirgan boʻlishi mumkin',
    staleSince: 'Kurslar eskirgan boʻlishi mumkin: oxirgi yangilanish {date}',
    unavailable: 'Valyuta kurslari hozir mavjud emas',
    up: '{change} oshdi',
    down: '{change} pasaydi',
    flat: 'oʻzgarishsiz',
    pair: '{symbol} — {base}',
    trend: '{days} kunda eng past {low}, eng yuqori {high}',
  },
  // Tajik (тоҷикӣ)
  tg: {
    label: 'Қурби асъор',
    pause: 'Боздоштани қурби асъор',
    asOf: 'ба ҳолати {date}',
    stale: 'Қурбҳо шояд кӯҳна бошанд',
    staleSince: 'Қурбҳо шояд кӯҳна бошанд: навсозии охирин {date}',
    unavailable: 'Қурби асъор ҳоло дастрас нест',
    up: '{change} боло рафт',
    down: '{change} поён рафт',
    flat: 'бетағйир',
    pair: '{symbol} — {base}',
    trend: 'дар {days} рӯз ҳадди ақал {low}, ҳадди аксар {high}',
  },
  // Turkmen (türkmen dili)
  tk: {
    label: 'Walýuta hümmetleri',
    pause: 'Walýuta hümmetlerini saklamak',
    asOf: '{date} senesine',
    stale: 'Hümmetler köne bolmagy mümkin',
    staleSince: 'Hümmetler köne bolmagy mümkin: soňky täzelenme {date}',
    unavailable: 'Walýuta hümmetleri häzir elýeterli däl',
    up: '{change} ýokarlandy',
    down: '{change} peseldi',
    flat: 'üýtgewsiz',
    pair: '{symbol} — {base}',
    trend: '{days} günde iň pes {low}, iň ýokary {high}',
  },
};

/**
 * How the region's languages write a date (CLDR, as Firefox and Safari write them), for a browser
 * whose Intl lacks them: Chrome's trimmed data writes kk and uz dates as `2026 M12 4` and ky, tg
 * and tk ones in English. The pattern (`{y}` year, `{d}` day, `{dd}` two-digit day, `{m}` month,
 * `{t}` the time of an instant), then the month names as a date writes them.
 */
export const DATES: Record<string, string> = {
  kk: '{y} ж. {dd} {m}, {t}|қаң.|ақп.|нау.|сәу.|мам.|мау.|шіл.|там.|қыр.|қаз.|қар.|жел.',
  ky: '{y}-ж., {d}-{m} {t}|янв.|фев.|мар.|апр.|май|июн.|июл.|авг.|сен.|окт.|ноя.|дек.',
  uz: '{d}-{m}, {y}, {t}|yan|fev|mar|apr|may|iyn|iyl|avg|sen|okt|noy|dek',
  tg: '{dd} {m} {y}, {t}|Янв|Фев|Мар|Апр|Май|Июн|Июл|Авг|Сен|Окт|Ноя|Дек',
  tk: '{d} {m} {y}, {t}|ýan|few|mart|apr|maý|iýun|iýul|awg|sen|okt|noý|dek',
};

/**
 * The home banks of official rates, by Frankfurter's key: the language the bank writes in, its
 * short and full name in that language, in Russian and in English, and its rates page. Readers of
 * the bank's own language get its own names; readers of Russian, Kazakh, Kyrgyz and Tajik, who
 * read Russian too, the Russian ones; everyone else the English ones.
 */
export const BANKS: Record<string, string[]> = {
  NBKR: [
    'ky',
    'Улуттук банк',
    'Кыргыз Республикасынын Улуттук банкы',
    'НБКР',
    'Национальный банк Кыргызской Республики',
    'NBKR',
    'National Bank of the Kyrgyz Republic',
    'https://www.nbkr.kg/index1.jsp?item=1562&lang=ENG',
  ],
  NBK: [
    'kk',
    'Ұлттық Банк',
    'Қазақстан Республикасының Ұлттық Банкі',
    'НБРК',
    'Национальный Банк Республики Казахстан',
    'NBK',
    'National Bank of Kazakhstan',
    'https://nationalbank.kz/en/exchangerates/ezhednevnye-oficialnye-rynochnye-kursy-valyut',
  ],
  NBT: [
    'tg',
    'Бонки миллӣ',
    'Бонки миллии Тоҷикистон',
    'НБТ',
    'Национальный банк Таджикистана',
    'NBT',
    'National Bank of Tajikistan',
    'https://nbt.tj/en/kurs/kurs.php',
  ],
  CBU: [
    'uz',
    'Markaziy bank',
    'Oʻzbekiston Respublikasi Markaziy banki',
    'ЦБ РУз',
    'Центральный банк Республики Узбекистан',
    'CBU',
    'Central Bank of the Republic of Uzbekistan',
    'https://cbu.uz/en/arkhiv-kursov-valyut/',
  ],
};

/** A bank's short name, full name and rates page for a reader of `locale`; a key we do not know is its own name, with no link. */
export function bankFor(key: string, locale: string): [short: string, full: string, href?: string] {
  const bank = BANKS[key];
  if (!bank) return [key, key];
  const language = languageOf(locale);
  const names = language === bank[0] ? 1 : /^(ru|kk|ky|tg)$/.test(language) ? 3 : 5;
  return [bank[names], bank[names + 1], bank[7]];
}

export type Language = keyof typeof WORDS;
export type Words = (typeof WORDS)['en'];

/** The words for a BCP 47 tag, by its language alone (`uz-Latn-UZ` reads `uz`); English for any other. */
export function wordsFor(locale: string): Words {
  const language = languageOf(locale);
  return Object.hasOwn(WORDS, language) ? WORDS[language as Language] : WORDS.en;
}

/** The language subtag of a BCP 47 tag, lower-case: `uz-Latn-UZ` reads `uz`. */
export const languageOf = (locale: string): string => locale.split(/[-_]/)[0].toLowerCase();

/** `text` with each `{name}` replaced by its value; a name without a value stays as written. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));

export const DEFAULT_LABEL = WORDS.en.label;
