import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/define.js';
import type { FxTicker } from '../src/fx-ticker.js';
import { WORDS, fill, wordsFor } from '../src/i18n.js';
import type { RatesSnapshot } from '../src/snapshot.js';
import { FEED, items, readItems } from './helpers/ticker.js';

// The ticker's own words, written out here rather than read from the table, so that a word
// lost or moved between languages shows. Currency names, numbers and dates are Intl's: this
// browser lacks the data for some of these languages, so they are not what is checked.
const EXPECTED: Record<
  string,
  { label: string; pause: string; flat: string; down: string; asOf: RegExp; trend: RegExp; stale: RegExp; unavailable: string }
> = {
  en: {
    label: 'Exchange rates',
    pause: 'Pause exchange rates',
    flat: 'unchanged',
    down: 'down ',
    asOf: /^as of /,
    trend: /\b2-day low .+, high /,
    stale: /^Rates may be out of date: last updated /,
    unavailable: 'Exchange rates are unavailable right now',
  },
  ru: {
    label: 'Курсы валют',
    pause: 'Остановить курсы валют',
    flat: 'без изменений',
    down: 'снижение ',
    asOf: /^на /,
    trend: /за 2 дн\.: минимум .+, максимум /,
    stale: /^Курсы могут быть устаревшими: обновлены /,
    unavailable: 'Курсы валют сейчас недоступны',
  },
  kk: {
    label: 'Валюта бағамдары',
    pause: 'Валюта бағамдарын тоқтату',
    flat: 'өзгеріссіз',
    down: ' төмендеді',
    asOf: / жағдай бойынша$/,
    trend: /2 күнде ең төмені .+, ең жоғарысы /,
    stale: /^Бағамдар ескірген болуы мүмкін: соңғы жаңарту /,
    unavailable: 'Валюта бағамдары қазір қолжетімсіз',
  },
  ky: {
    label: 'Валюта курстары',
    pause: 'Валюта курстарын токтотуу',
    flat: 'өзгөрүүсүз',
    down: ' төмөндөдү',
    asOf: / карата$/,
    trend: /2 күндө эң төмөнү .+, эң жогорусу /,
    stale: /^Курстар эскирген болушу мүмкүн: акыркы жаңыртуу /,
    unavailable: 'Валюта курстары азыр жеткиликсиз',
  },
  uz: {
    label: 'Valyuta kurslari',
    pause: 'Valyuta kurslarini to\u02bbxtatish',
    flat: 'o\u02bbzgarishsiz',
    down: ' pasaydi',
    asOf: / holatiga$/,
    trend: /2 kunda eng past .+, eng yuqori /,
    stale: /^Kurslar eskirgan bo\u02bblishi mumkin: oxirgi yangilanish /,
    unavailable: 'Valyuta kurslari hozir mavjud emas',
  },
  tg: {
    label: 'Қурби асъор',
    pause: 'Боздоштани қурби асъор',
    flat: 'бетағйир',
    down: ' поён рафт',
    asOf: /^ба ҳолати /,
    trend: /дар 2 рӯз ҳадди ақал .+, ҳадди аксар /,
    stale: /^Қурбҳо шояд кӯҳна бошанд: навсозии охирин /,
    unavailable: 'Қурби асъор ҳоло дастрас нест',
  },
  tk: {
    label: 'Walýuta hümmetleri',
    pause: 'Walýuta hümmetlerini saklamak',
    flat: 'üýtgewsiz',
    down: ' peseldi',
    asOf: / senesine$/,
    trend: /2 günde iň pes .+, iň ýokary /,
    stale: /^Hümmetler köne bolmagy mümkin: soňky täzelenme /,
    unavailable: 'Walýuta hümmetleri häzir elýeterli däl',
  },
};

const WITH_HISTORY: RatesSnapshot = {
  ...FEED,
  history: {
    KGS: [
      ['2025-08-11', 87.31],
      ['2025-08-12', 87.38],
      ['2025-08-13', 87.45],
    ],
  },
};

/** A ticker on a page (a `<section lang>`) in that language, with the trend and links on. */
async function tickerIn(lang: string, attributes = ''): Promise<FxTicker> {
  const page = await fixture<HTMLElement>(html`<section lang=${lang}></section>`);
  page.innerHTML = `<div><fx-ticker source="none" trend href="/markets/{symbol}" ${attributes}></fx-ticker></div>`;
  const el = page.querySelector('fx-ticker')!;
  el.rates = WITH_HISTORY;
  await el.updateComplete;
  await nextFrame();
  return el;
}

const root = (el: FxTicker) => el.shadowRoot!;
const phraseOf = (el: FxTicker, symbol: string) =>
  items(el)
    .find((item) => item.dataset.symbol === symbol)!
    .querySelector('.visually-hidden')!.textContent;
const asOfText = (el: FxTicker) => root(el).querySelector('.as-of')!.textContent.trim();
const note = (el: FxTicker) => root(el).querySelector('.note')!.textContent.trim();

describe('the ticker in each language of its region', () => {
  for (const [lang, words] of Object.entries(EXPECTED)) {
    describe(`on a page with lang="${lang}"`, () => {
      it('names the list and the pause button in that language', async () => {
        const el = await tickerIn(lang);
        expect(root(el).querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal(words.label);
        expect(root(el).querySelector('[part="control"]')!.getAttribute('aria-label')).to.equal(words.pause);
      });

      it('says "as of", the change and the trend in that language', async () => {
        const el = await tickerIn(lang);
        expect(asOfText(el)).to.match(words.asOf);
        const kgs = phraseOf(el, 'KGS');
        expect(kgs).to.contain(words.flat);
        expect(kgs).to.match(words.trend);
        expect(phraseOf(el, 'KZT')).to.contain(words.down);
        expect(kgs).to.not.match(/[{}]|NaN|undefined/);
      });

      it('says the stale and failure notes in that language', async () => {
        const empty = await tickerIn(lang);
        empty.remove();
        const failing = document.createElement('fx-ticker');
        failing.setAttribute('source', 'none');
        failing.innerHTML = '<script type="application/json">{ not json</script>';
        const page = await fixture<HTMLElement>(html`<section lang=${lang}></section>`);
        page.append(failing);
        await failing.updateComplete;
        expect(note(failing)).to.equal(words.unavailable);

        const el = await tickerIn(lang);
        el.rates = { base: 'USD', rates: {} };
        await el.updateComplete;
        expect(note(el)).to.match(words.stale);
      });

      it('passes an axe audit with the trend and links on', async () => {
        const el = await tickerIn(lang);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('takes the locale attribute before the page language, and region or script subtags do not matter', async () => {
    expect(
      root(await tickerIn('en', 'locale="kk-KZ"'))
        .querySelector('[role="list"]')!
        .getAttribute('aria-label'),
    ).to.equal(EXPECTED.kk.label);
    expect(
      root(await tickerIn('uz-Latn-UZ'))
        .querySelector('[role="list"]')!
        .getAttribute('aria-label'),
    ).to.equal(EXPECTED.uz.label);
  });

  it('reads English on a page in any other language', async () => {
    for (const lang of ['de', 'be', 'tr', 'zh-Hans']) {
      expect(
        root(await tickerIn(lang))
          .querySelector('[role="list"]')!
          .getAttribute('aria-label'),
        lang,
      ).to.equal('Exchange rates');
    }
  });

  it('keeps the label attribute as the name of the list in every language', async () => {
    for (const lang of Object.keys(EXPECTED)) {
      const el = await tickerIn(lang, 'label="Курсы НБКР"');
      expect(root(el).querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal('Курсы НБКР');
    }
  });
});

/**
 * What a reader of each language sees, the same in every engine (test/region-formats.test.ts has
 * the formats in detail): FEED's rates on 4 December 2026, and UZS units per dollar with inverse.
 */
const SEEN: Record<string, { kgs: string; kzt: string; asOf: string; uzsPerDollar: string }> = {
  kk: { kgs: '0,01144', kzt: '\u22120,12%', asOf: '2026 ж. 04 жел. жағдай бойынша', uzsPerDollar: '12\u00a0500' },
  ky: { kgs: '0,01144', kzt: '\u22120,12%', asOf: '2026-ж., 4-дек. карата', uzsPerDollar: '12\u00a0500' },
  uz: { kgs: '0,01144', kzt: '\u22120,12%', asOf: '4-dek, 2026 holatiga', uzsPerDollar: '12\u00a0500' },
  tg: { kgs: '0,01144', kzt: '\u22120,12%', asOf: 'ба ҳолати 04 Дек 2026', uzsPerDollar: '12\u00a0500' },
  tk: { kgs: '0,01144', kzt: '\u22120,12\u00a0%', asOf: '4 dek 2026 senesine', uzsPerDollar: '12\u00a0500' },
};

describe("the region's numbers and dates on the strip, as its readers write them in every engine", () => {
  for (const [lang, seen] of Object.entries(SEEN)) {
    it(`on a page with lang="${lang}"`, async () => {
      const page = await fixture<HTMLElement>(html`<section lang=${lang}></section>`);
      page.innerHTML = '<fx-ticker source="none"></fx-ticker><fx-ticker source="none" inverse symbols="UZS"></fx-ticker>';
      const [el, inverse] = page.querySelectorAll('fx-ticker');
      el.rates = inverse.rates = { ...FEED, asOf: '2026-12-04' };
      await el.updateComplete;
      await inverse.updateComplete;
      const shown = readItems(el);
      expect(shown.find(({ symbol }) => symbol === 'KGS')!.rate).to.equal(seen.kgs);
      expect(shown.find(({ symbol }) => symbol === 'KZT')!.change).to.equal(seen.kzt);
      expect(asOfText(el)).to.equal(seen.asOf);
      expect(readItems(inverse)[0].rate).to.equal(seen.uzsPerDollar);
      // The spoken phrase reads the same number.
      expect(phraseOf(el, 'KGS')).to.contain(seen.kgs);
    });
  }
});

describe('the words table', () => {
  const languages = Object.keys(WORDS) as Array<keyof typeof WORDS>;
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

  it('has the seven languages of the region, each with every word', () => {
    expect(languages).to.deep.equal(['en', 'ru', 'kk', 'ky', 'uz', 'tg', 'tk']);
    for (const language of languages) expect(Object.keys(WORDS[language]), language).to.deep.equal(Object.keys(WORDS.en));
  });

  it("keeps English's placeholders in every translation, none lost and none invented", () => {
    for (const language of languages) {
      for (const [key, text] of Object.entries(WORDS[language])) {
        expect(placeholders(text), `${language}.${key}`).to.deep.equal(placeholders(WORDS.en[key as keyof typeof WORDS.en]));
      }
    }
  });

  it('picks by the language subtag, English for anything else', () => {
    expect(wordsFor('kk-Cyrl-KZ')).to.equal(WORDS.kk);
    expect(wordsFor('TG')).to.equal(WORDS.tg);
    expect(wordsFor('constructor')).to.equal(WORDS.en);
    expect(wordsFor('')).to.equal(WORDS.en);
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill('{days}-day low {low}, high {high}', { days: 30, low: '0.01135', high: '0.01149' })).to.equal(
      '30-day low 0.01135, high 0.01149',
    );
    expect(fill('as of {date} {other}', { date: 'today' })).to.equal('as of today {other}');
  });
});
