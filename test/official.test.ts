import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import type { FxTicker } from '../src/fx-ticker.js';
import { fixture as payload } from './providers/helpers.js';
import { startNetwork, useHandlers, waitFor } from './helpers/network.js';
import { FEED, items, readItems, tickerWithData } from './helpers/ticker.js';

// `official` in the element: the blend is test/fixtures/frankfurter-v2-usd-2025-08-13.json (as
// Frankfurter rounds it), and each home bank answers its own `providers=<key>` request with its
// unrounded figures, shaped as the server sends a range (as in test/providers/official.test.ts).
type Row = { date: string; base: string; quote: string; rate: number };
const rows = (quote: string, ...points: Array<[string, number]>): Row[] =>
  points.map(([date, rate]) => ({ date, base: 'USD', quote, rate }));
const BANK_ANSWERS: Record<string, Row[]> = {
  NBKR: rows('KGS', ['2025-08-11', 87.4501], ['2025-08-12', 87.4388]),
  NBK: rows('KZT', ['2025-08-11', 538.76], ['2025-08-12', 540.3], ['2025-08-13', 541.69]),
  NBT: rows('TJS', ['2025-08-11', 9.3547], ['2025-08-12', 9.3502], ['2025-08-13', 9.3486]),
  CBU: rows('UZS', ['2025-08-11', 12566.82], ['2025-08-12', 12549.14], ['2025-08-13', 12520.37]),
};
const FRANKFURTER = 'https://api.frankfurter.dev/v2/rates';

/** The shown value (four significant digits) and change of units-per-USD `rate` and `previous`, written without Intl. */
const shownValue = (rate: number) => (1 / rate).toPrecision(4);
const change = (rate: number, previous: number) => {
  const hundredths = Math.round((previous / rate - 1) * 100 * 100);
  if (hundredths === 0) return '0%';
  return `${hundredths < 0 ? '\u2212' : '+'}${(Math.abs(hundredths) / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
};

const status = (el: FxTicker) => el.shadowRoot!.querySelector('[part="status"]')!;
const bankLinks = (el: FxTicker) =>
  [...status(el).querySelectorAll('a')].map((a) => ({ text: a.textContent, title: a.title, host: new URL(a.href).host }));
const item = (el: FxTicker, symbol: string) => items(el).find((each) => each.dataset.symbol === symbol)!;

describe('official rates in the element', () => {
  let blend: Row[];
  /** Every request to Frankfurter, as its query string. */
  let asked: string[];
  let failing: Set<string>;

  before(async () => {
    blend = (await payload('frankfurter-v2-usd-2025-08-13.json')) as Row[];
    await startNetwork();
  });

  beforeEach(() => {
    localStorage.clear();
    asked = [];
    failing = new Set();
    useHandlers(
      http.get(FRANKFURTER, ({ request }) => {
        const url = new URL(request.url);
        asked.push(url.search);
        const bank = url.searchParams.get('providers');
        if (!bank) return HttpResponse.json(blend);
        return failing.has(bank) ? new HttpResponse('unavailable', { status: 503 }) : HttpResponse.json(BANK_ANSWERS[bank]);
      }),
    );
  });

  const latest = (quote: string) => blend.filter((row) => row.quote === quote).sort((a, b) => b.date.localeCompare(a.date));

  it("shows each home bank's own figure and its own previous one, TMT and the rest from the blend", async () => {
    const el = await tickerWithData(html`<fx-ticker official></fx-ticker>`);
    const shown = Object.fromEntries(readItems(el).map(({ symbol, rate, change }) => [symbol, { rate, change }]));
    expect(shown.KZT).to.deep.equal({ rate: shownValue(541.69), change: change(541.69, 540.3) });
    expect(shown.UZS).to.deep.equal({ rate: shownValue(12520.37), change: change(12520.37, 12549.14) });
    expect(shown.TJS).to.deep.equal({ rate: shownValue(9.3486), change: change(9.3486, 9.3502) });
    // NBKR's newest publication is a day older than the blend's: its own, with its own previous.
    expect(shown.KGS).to.deep.equal({ rate: shownValue(87.4388), change: change(87.4388, 87.4501) });
    const [tmt, tmtBefore] = latest('TMT');
    expect(shown.TMT).to.deep.equal({ rate: shownValue(tmt.rate), change: change(tmt.rate, tmtBefore.rate) });
    // The blend's KZT differs, so the figure above is the bank's.
    expect(shownValue(latest('KZT')[0].rate)).not.to.equal(shown.KZT.rate);
    expect(items(el).some((each) => each.part.contains('blend'))).to.equal(false);
    expect(el.shadowRoot!.textContent).not.to.contain('*');
  });

  it('shows the bank figures the other way round with inverse', async () => {
    const el = await tickerWithData(html`<fx-ticker official inverse symbols="KZT UZS"></fx-ticker>`);
    expect(readItems(el).map(({ pair, rate }) => [pair, rate])).to.deep.equal([
      ['USD/KZT', '541.7'],
      ['USD/UZS', '12,520'],
    ]);
  });

  it('names the banks of the currencies shown in the status, each a link to its rates page with its full name', async () => {
    const el = await tickerWithData(html`<fx-ticker official></fx-ticker>`);
    expect(bankLinks(el)).to.deep.equal([
      { text: 'NBKR', title: 'National Bank of the Kyrgyz Republic', host: 'www.nbkr.kg' },
      { text: 'NBK', title: 'National Bank of Kazakhstan', host: 'nationalbank.kz' },
      { text: 'NBT', title: 'National Bank of Tajikistan', host: 'nbt.tj' },
      { text: 'CBU', title: 'Central Bank of the Republic of Uzbekistan', host: 'cbu.uz' },
    ]);
    for (const link of status(el).querySelectorAll('a')) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
    }
    const two = await tickerWithData(html`<fx-ticker official symbols="UZS TMT"></fx-ticker>`);
    expect(bankLinks(two).map(({ text }) => text)).to.deep.equal(['CBU']);
  });

  it("names each bank as a reader of the page's language knows it: its own language, else Russian for the region's Cyrillic readers, else English", async () => {
    const named = async (lang: string) => {
      const page = await fixture<HTMLElement>(html`<section lang=${lang}></section>`);
      const updated = oneEvent(page, 'fx-ticker-update');
      page.innerHTML = '<fx-ticker official></fx-ticker>';
      await updated;
      const el = page.querySelector('fx-ticker')!;
      await el.updateComplete;
      return bankLinks(el).map(({ text, title }) => `${text} (${title})`);
    };
    expect(await named('kk')).to.deep.equal([
      'НБКР (Национальный банк Кыргызской Республики)',
      'Ұлттық Банк (Қазақстан Республикасының Ұлттық Банкі)',
      'НБТ (Национальный банк Таджикистана)',
      'ЦБ РУз (Центральный банк Республики Узбекистан)',
    ]);
    expect((await named('ky'))[0]).to.equal('Улуттук банк (Кыргыз Республикасынын Улуттук банкы)');
    expect((await named('tg'))[2]).to.equal('Бонки миллӣ (Бонки миллии Тоҷикистон)');
    expect(await named('uz-Latn')).to.deep.equal([
      'NBKR (National Bank of the Kyrgyz Republic)',
      'NBK (National Bank of Kazakhstan)',
      'NBT (National Bank of Tajikistan)',
      'Markaziy bank (Oʻzbekiston Respublikasi Markaziy banki)',
    ]);
    expect((await named('ru'))[1]).to.equal('НБРК (Национальный Банк Республики Казахстан)');
  });

  it('shows a currency whose bank failed at the blend, marked, names the source, and says which bank and why', async () => {
    failing.add('NBK');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const errored = oneEvent(container, 'fx-ticker-error');
    container.innerHTML = '<fx-ticker official></fx-ticker>';
    const { detail } = await errored;
    const el = container.querySelector('fx-ticker')!;
    await el.updateComplete;
    expect(detail.stale).to.equal(false);
    expect(detail.error.message).to.match(/^no official rate from NBK \(KZT\): .*503/);
    const [kzt, kztBefore] = latest('KZT');
    expect(readItems(el).find(({ symbol }) => symbol === 'KZT')).to.include({
      rate: shownValue(kzt.rate),
      change: change(kzt.rate, kztBefore.rate),
    });
    expect(item(el, 'KZT').part.contains('blend')).to.equal(true);
    expect(item(el, 'UZS').part.contains('blend')).to.equal(false);
    expect(item(el, 'TMT').part.contains('blend')).to.equal(false);
    // The mark is drawn after the rate, and the status says whose figure a marked rate is.
    const rate = item(el, 'KZT').querySelector('[part="rate"]')!;
    expect(getComputedStyle(rate, '::after').content).to.equal('"*"');
    expect(getComputedStyle(item(el, 'UZS').querySelector('[part="rate"]')!, '::after').content).to.equal('none');
    expect(status(el).querySelector('.source')!.textContent.trim()).to.equal('* Frankfurter');
    expect(item(el, 'KZT').querySelector('.visually-hidden')!.textContent).to.match(/, Frankfurter$/);
    expect(item(el, 'UZS').querySelector('.visually-hidden')!.textContent).not.to.contain('Frankfurter');
    expect(bankLinks(el).map(({ text }) => text)).to.deep.equal(['NBKR', 'NBT', 'CBU']);
  });

  it('asks the blend and one request per bank, shared by official tickers; a plain ticker asks the blend alone', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const updated = oneEvent(container, 'fx-ticker-update');
    container.innerHTML = '<fx-ticker official></fx-ticker><fx-ticker official symbols="KZT"></fx-ticker>';
    await updated;
    await waitFor(() => asked.length >= 5, 'the requests');
    expect(asked.map((query) => new URLSearchParams(query).get('providers'))).to.have.members([
      null,
      'NBKR',
      'NBK',
      'NBT',
      'CBU',
    ]);
    expect(asked).to.have.length(5);

    asked = [];
    const plain = await tickerWithData(html`<fx-ticker></fx-ticker>`);
    await waitFor(() => asked.length >= 1, 'the blend');
    expect(asked).to.have.length(1);
    expect(asked[0]).not.to.contain('providers');
    expect(readItems(plain).find(({ symbol }) => symbol === 'KZT')!.rate).to.equal(shownValue(latest('KZT')[0].rate));
    expect(bankLinks(plain)).to.deep.equal([]);
  });

  it('turns official on and off at runtime', async () => {
    const el = await tickerWithData(html`<fx-ticker symbols="KZT"></fx-ticker>`);
    expect(readItems(el)[0].rate).to.equal(shownValue(latest('KZT')[0].rate));
    const updated = oneEvent(el, 'fx-ticker-update');
    el.official = true;
    await updated;
    await el.updateComplete;
    expect(readItems(el)[0].rate).to.equal(shownValue(541.69));
    expect(bankLinks(el).map(({ text }) => text)).to.deep.equal(['NBK']);
  });

  it('with a source that is not Frankfurter, warns once and shows its rates unmarked', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      useHandlers(http.get('https://rates.example.org/rates.json', () => HttpResponse.json(FEED)));
      const el = await tickerWithData(html`<fx-ticker official source="https://rates.example.org/rates.json"></fx-ticker>`);
      el.requestUpdate();
      await el.updateComplete;
      const warnings = warn.args.filter(([message]) => String(message).includes('official'));
      expect(warnings).to.have.length(1);
      expect(warnings[0][0]).to.contain('Frankfurter');
      expect(readItems(el).find(({ symbol }) => symbol === 'KZT')!.rate).to.equal(shownValue(FEED.rates.KZT));
      expect(items(el).some((each) => each.part.contains('blend'))).to.equal(false);
      expect(bankLinks(el)).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });

  it("names the banks a self-hosted feed's `official` names (fx-ticker-feed --official), and nothing a hostile one says", async () => {
    const feed = { ...FEED, official: { KGS: 'NBKR', KZT: 'NBK', TJS: '<img src=x>', UZS: 42, EUR: 'NBK' } };
    // A key an object literal cannot hold as its own.
    const body = JSON.stringify(feed).replace('"official":{', '"official":{"__proto__":"NBT","TMT":"NBT",');
    useHandlers(
      http.get(
        'https://rates.example.org/official.json',
        () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const el = await tickerWithData(html`<fx-ticker source="https://rates.example.org/official.json"></fx-ticker>`);
    // TMT's "NBT" is a well-formed key: a feed may name any bank, and it is shown.
    expect(bankLinks(el).map(({ text }) => text)).to.deep.equal(['NBKR', 'NBK', 'NBT']);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it("keeps its last official rates apart from the blend's, so a returning reader never sees one as the other", async () => {
    const plain = await tickerWithData(html`<fx-ticker symbols="KZT"></fx-ticker>`);
    plain.remove();
    // Every source fails now: a returning official ticker has only what was stored.
    useHandlers(
      http.get(FRANKFURTER, () => new HttpResponse(null, { status: 503 })),
      http.get(/currency-api/, () => HttpResponse.error()),
    );
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const errored = oneEvent(container, 'fx-ticker-error');
    container.innerHTML = '<fx-ticker official symbols="KZT" fallback="none"></fx-ticker>';
    await errored;
    const el = container.querySelector('fx-ticker')!;
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
    // Gone before the next visit: its poller, waiting out a back-off, must not be the one shared next.
    el.remove();

    useHandlers(
      http.get(FRANKFURTER, ({ request }) =>
        HttpResponse.json(new URL(request.url).searchParams.get('providers') ? BANK_ANSWERS.NBK : blend),
      ),
    );
    const official = await tickerWithData(html`<fx-ticker official symbols="KZT" fallback="none"></fx-ticker>`);
    official.remove();
    useHandlers(http.get(FRANKFURTER, () => new HttpResponse(null, { status: 503 })));
    const returning = await tickerWithData(html`<fx-ticker official symbols="KZT" fallback="none"></fx-ticker>`);
    expect(readItems(returning)[0].rate).to.equal(shownValue(541.69));
    expect(bankLinks(returning).map(({ text }) => text)).to.deep.equal(['NBK']);
  });
});
