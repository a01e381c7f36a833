import { expect } from '@open-wc/testing';
import { formatChange, formatDate, formatRate } from '../src/format.js';

// The region's languages as their readers write numbers and dates, the same in every engine.
// Chrome's trimmed Intl data lacks them (kk and uz come out as `2026 M12 4`, ky, tg and tk in
// English), so the ticker writes them itself, in every engine. The expected strings are written
// out as Firefox ESR 153 formats them through its own CLDR data.
const NBSP = '\u00a0';
const MINUS = '\u2212';

const MONTHS: Record<string, string[]> = {
  kk: [
    '2026 ж. 04 қаң.',
    '2026 ж. 04 ақп.',
    '2026 ж. 04 нау.',
    '2026 ж. 04 сәу.',
    '2026 ж. 04 мам.',
    '2026 ж. 04 мау.',
    '2026 ж. 04 шіл.',
    '2026 ж. 04 там.',
    '2026 ж. 04 қыр.',
    '2026 ж. 04 қаз.',
    '2026 ж. 04 қар.',
    '2026 ж. 04 жел.',
  ],
  ky: [
    '2026-ж., 4-янв.',
    '2026-ж., 4-фев.',
    '2026-ж., 4-мар.',
    '2026-ж., 4-апр.',
    '2026-ж., 4-май',
    '2026-ж., 4-июн.',
    '2026-ж., 4-июл.',
    '2026-ж., 4-авг.',
    '2026-ж., 4-сен.',
    '2026-ж., 4-окт.',
    '2026-ж., 4-ноя.',
    '2026-ж., 4-дек.',
  ],
  uz: [
    '4-yan, 2026',
    '4-fev, 2026',
    '4-mar, 2026',
    '4-apr, 2026',
    '4-may, 2026',
    '4-iyn, 2026',
    '4-iyl, 2026',
    '4-avg, 2026',
    '4-sen, 2026',
    '4-okt, 2026',
    '4-noy, 2026',
    '4-dek, 2026',
  ],
  tg: [
    '04 Янв 2026',
    '04 Фев 2026',
    '04 Мар 2026',
    '04 Апр 2026',
    '04 Май 2026',
    '04 Июн 2026',
    '04 Июл 2026',
    '04 Авг 2026',
    '04 Сен 2026',
    '04 Окт 2026',
    '04 Ноя 2026',
    '04 Дек 2026',
  ],
  tk: [
    '4 ýan 2026',
    '4 few 2026',
    '4 mart 2026',
    '4 apr 2026',
    '4 maý 2026',
    '4 iýun 2026',
    '4 iýul 2026',
    '4 awg 2026',
    '4 sen 2026',
    '4 okt 2026',
    '4 noý 2026',
    '4 dek 2026',
  ],
};

/** A day of two digits, in December, for the instants below. */
const INSTANT_DAY: Record<string, string> = {
  kk: '2026 ж. 14 жел.',
  ky: '2026-ж., 14-дек.',
  uz: '14-dek, 2026',
  tg: '14 Дек 2026',
  tk: '14 dek 2026',
};
/** Between the date and the time of an instant (CLDR's date-time pattern). */
const BEFORE_TIME: Record<string, string> = { kk: ', ', ky: ' ', uz: ', ', tg: ', ', tk: ', ' };

describe("the region's languages, written as their readers write them", () => {
  for (const lang of Object.keys(MONTHS)) {
    describe(lang, () => {
      it('writes a decimal comma and groups digits with a no-break space', () => {
        expect(formatRate(1 / 87.45, { locale: lang, digits: 4 })).to.equal('0,01144');
        expect(formatRate(12194.21, { locale: lang, digits: 4 })).to.equal(`12${NBSP}190`);
        expect(formatRate(12194.21, { locale: lang, digits: 7 })).to.equal(`12${NBSP}194,21`);
        expect(formatRate(1234567.8, { locale: lang, digits: 8 })).to.equal(`1${NBSP}234${NBSP}567,8`);
        expect(formatRate(87.45, { locale: lang, digits: 4, decimals: 3 })).to.equal('87,450');
        // With a region, as pages often write it.
        const region = { kk: 'KZ', ky: 'KG', uz: 'UZ', tg: 'TJ', tk: 'TM' }[lang];
        expect(formatRate(1 / 12500, { locale: `${lang}-${region}`, digits: 4, decimals: 5 })).to.equal('0,00008');
        expect(formatDate('2026-12-04', `${lang}-${region}`)).to.equal(MONTHS[lang][11]);
      });

      it('writes the percent sign as the language does, with a sign and a typographic minus', () => {
        const percent = lang === 'tk' ? `${NBSP}%` : '%';
        expect(formatChange(0.12, lang)).to.deep.equal({ text: `+0,12${percent}`, direction: 'up' });
        expect(formatChange(-0.1354, lang)).to.deep.equal({ text: `${MINUS}0,14${percent}`, direction: 'down' });
        expect(formatChange(0.001, lang)).to.deep.equal({ text: `0${percent}`, direction: 'flat' });
        expect(formatChange(1234.5, lang).text).to.equal(`+1${NBSP}234,5${percent}`);
      });

      it("writes a publication day with the language's own month names, the same in every time zone", () => {
        const written = MONTHS[lang].map((_, month) => formatDate(`2026-${String(month + 1).padStart(2, '0')}-04`, lang));
        expect(written).to.deep.equal(MONTHS[lang]);
        expect(formatDate('2026-12-04T00:00:00Z', lang)).to.equal(MONTHS[lang][11]);
      });

      it("writes an instant as the reader's day and time where they are", () => {
        // Noon UTC is 14 December in every time zone the tests use; the hour is the page's own.
        const instant = '2026-12-14T12:05:00Z';
        const local = new Date(instant);
        const time = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
        // The same in WebKit, whose own CLDR data would join a Tajik date and time without a comma.
        expect(formatDate(instant, lang)).to.equal(`${INSTANT_DAY[lang]}${BEFORE_TIME[lang]}${time}`);
      });
    });
  }

  it('leaves the languages every engine has to Intl', () => {
    expect(formatRate(1 / 87.45, { locale: 'ru', digits: 4 })).to.equal('0,01144');
    expect(formatRate(1 / 87.45, { locale: 'en', digits: 4 })).to.equal('0.01144');
    expect(formatDate('2026-12-04', 'en')).to.equal('Dec 4, 2026');
    expect(formatDate('2026-12-04', 'ru')).to.equal('4 дек. 2026 г.');
    expect(formatChange(0.12, 'ru').text).to.equal(`+0,12${NBSP}%`);
  });
});
