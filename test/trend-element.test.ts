import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../src/define.js';
import type { FxTicker } from '../src/fx-ticker.js';
import type { RatesSnapshot } from '../src/snapshot.js';
import { trendOf } from '../src/trend.js';
import { fixture as payload } from './providers/helpers.js';
import { forgetStored, startNetwork, useHandlers } from './helpers/network.js';
import { FEED, items, tickerWithData, visibleText } from './helpers/ticker.js';

const HISTORY: RatesSnapshot = {
  ...FEED,
  history: {
    // The som weakened: more KGS per dollar, so KGS/USD fell.
    KGS: [
      ['2025-08-11', 87.31],
      ['2025-08-12', 87.38],
      ['2025-08-13', 87.45],
    ],
    KZT: [
      ['2025-08-12', 519.5],
      ['2025-08-13', 520.1],
    ],
    TMT: [
      ['2025-08-11', 3.5],
      ['2025-08-12', 3.5],
      ['2025-08-13', 3.5],
    ],
    UZS: [['2025-08-13', 12500]],
  },
};

async function ticker(attributes: string, rates: RatesSnapshot = HISTORY): Promise<FxTicker> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.innerHTML = `<fx-ticker source="none" ${attributes}></fx-ticker>`;
  const el = box.querySelector('fx-ticker')!;
  el.rates = rates;
  await el.updateComplete;
  await nextFrame();
  return el;
}

const item = (el: FxTicker, symbol: string) => items(el).find((node) => node.dataset.symbol === symbol)!;
const trendOfItem = (el: FxTicker, symbol: string) => item(el, symbol).querySelector('svg[part="trend"]');
const phrase = (el: FxTicker, symbol: string) => item(el, symbol).querySelector('.visually-hidden')!.textContent;

describe('trend line on screen', () => {
  it('is off by default', async () => {
    const el = await ticker('');
    expect(el.shadowRoot!.querySelector('[part="trend"]')).to.equal(null);
    expect(phrase(el, 'KGS')).to.not.contain('low');
  });

  it('draws each item with two or more points, and none for one point or none', async () => {
    const el = await ticker('trend');
    expect(['KGS', 'KZT', 'TJS', 'UZS', 'TMT'].map((symbol) => !!trendOfItem(el, symbol))).to.deep.equal([
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it('draws the shown value: KGS/USD falling, and USD/KGS rising with inverse', async () => {
    const plain = await ticker('trend');
    expect(trendOfItem(plain, 'KGS')!.querySelector('polyline')!.getAttribute('points')).to.equal(
      trendOf(HISTORY.history!.KGS, false)!.points,
    );
    const inverse = await ticker('trend inverse');
    expect(trendOfItem(inverse, 'KGS')!.querySelector('polyline')!.getAttribute('points')).to.equal(
      trendOf(HISTORY.history!.KGS, true)!.points,
    );
    const ends = (el: FxTicker) => {
      const ys = trendOfItem(el, 'KGS')!
        .querySelector('polyline')!
        .getAttribute('points')!
        .split(' ')
        .map((point) => Number(point.split(',')[1]));
      return [ys[0], ys.at(-1)!];
    };
    // y grows downwards: KGS/USD ends lower, USD/KGS ends higher.
    expect(ends(plain)[1]).to.be.greaterThan(ends(plain)[0]);
    expect(ends(inverse)[1]).to.be.lessThan(ends(inverse)[0]);
  });

  it("colours the line like the item's change through the direction custom properties, a peg flat", async () => {
    const el = await ticker('trend');
    el.style.setProperty('--fx-ticker-down-color', 'rgb(1, 2, 3)');
    el.style.setProperty('--fx-ticker-flat-color', 'rgb(4, 5, 6)');
    el.style.setProperty('--fx-ticker-up-color', 'rgb(7, 8, 9)');
    // KZT per USD rose, so KZT/USD fell: down, whatever its two points look like.
    expect(getComputedStyle(trendOfItem(el, 'KZT')!).stroke).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(trendOfItem(el, 'TMT')!).stroke).to.equal('rgb(4, 5, 6)');
    const inverse = await ticker('trend inverse');
    inverse.style.setProperty('--fx-ticker-up-color', 'rgb(7, 8, 9)');
    expect(getComputedStyle(trendOfItem(inverse, 'KZT')!).stroke).to.equal('rgb(7, 8, 9)');
    expect(trendOfItem(el, 'TMT')!.querySelector('polyline')!.getAttribute('points')).to.equal('0,8 24,8 48,8');
  });

  it('is hidden from assistive technology; the phrase carries the gist instead', async () => {
    const el = await ticker('trend');
    expect(trendOfItem(el, 'KGS')!.getAttribute('aria-hidden')).to.equal('true');
    // Each engine names currencies from its own data (WebKit says "Kyrgystani Som").
    const name = (code: string) => new Intl.DisplayNames('en', { type: 'currency' }).of(code)!;
    expect(phrase(el, 'KGS')).to.equal(`${name('KGS')} to ${name('USD')}, 0.01144, unchanged, 2-day low 0.01144, high 0.01145`);
    expect(phrase(el, 'UZS')).to.not.contain('low');
  });

  it('says the gist in the page language', async () => {
    const el = await ticker('trend locale="ru"');
    expect(phrase(el, 'KZT')).to.equal(
      'казахский тенге — доллар США, 0,001923, снижение 0,12\u00a0%, за 1 дн.: минимум 0,001923, максимум 0,001925',
    );
  });

  it('writes no style attribute anywhere, and only numbers into the points', async () => {
    const el = await ticker('trend');
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    for (const line of el.shadowRoot!.querySelectorAll('polyline')) {
      expect(line.getAttribute('points')).to.match(/^[\d.]+,[\d.]+( [\d.]+,[\d.]+)+$/);
    }
    expect(visibleText(el)).to.not.match(/NaN|Infinity|undefined/);
  });

  it('fits the strip: the line is no taller than the text, whatever --fx-ticker-height and font', async () => {
    for (const [height, font] of [
      ['2.5rem', ''],
      ['1.5rem', ''],
      ['4rem', '700 1.5rem/1.2 serif'],
    ]) {
      const el = await ticker('trend');
      el.style.setProperty('--fx-ticker-height', height);
      if (font) el.style.setProperty('--fx-ticker-font', font);
      await nextFrame();
      const line = trendOfItem(el, 'KGS')!.getBoundingClientRect();
      const rate = item(el, 'KGS').querySelector('[part="rate"]')!.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(line.height, height).to.be.greaterThan(0);
      expect(line.height, height).to.be.at.most(rate.height);
      expect(line.top, height).to.be.at.least(host.top);
      expect(line.bottom, height).to.be.at.most(host.bottom);
    }
  });

  it('follows new history in place when rates update', async () => {
    const el = await ticker('trend');
    el.rates = {
      ...HISTORY,
      history: {
        ...HISTORY.history,
        UZS: [
          ['2025-08-12', 12510],
          ['2025-08-13', 12500],
        ],
      },
    };
    await el.updateComplete;
    expect(trendOfItem(el, 'UZS')!.getAttribute('class')).to.equal('up');
  });
});

describe('trend history from the network', () => {
  before(() => startNetwork());
  beforeEach(() => forgetStored('frankfurter'));
  afterEach(() => forgetStored('frankfurter'));

  it("draws Frankfurter's range, asked 31 days back", async () => {
    const rows = (await payload('frankfurter-v2-usd-2025-08-13.json')) as Array<{ date: string; quote: string; rate: number }>;
    const asked: URL[] = [];
    useHandlers(
      http.get('https://api.frankfurter.dev/v2/rates', ({ request }) => {
        asked.push(new URL(request.url));
        return HttpResponse.json(rows);
      }),
    );
    const el = await tickerWithData(html`<fx-ticker trend></fx-ticker>`);
    const from = Date.parse(asked[0].searchParams.get('from')!);
    const today = Date.parse(new Date().toISOString().slice(0, 10));
    expect((today - from) / 86_400_000).to.equal(31);
    const kzt = rows.filter((row) => row.quote === 'KZT').map((row): [string, number] => [row.date, row.rate]);
    expect(trendOfItem(el, 'KZT')!.querySelector('polyline')!.getAttribute('points')).to.equal(trendOf(kzt, false)!.points);
    expect(trendOfItem(el, 'KZT')!.querySelectorAll('polyline')).to.have.length(1);
  });

  it("draws a feed's history", async () => {
    useHandlers(http.get('https://feed.test/rates.json', () => HttpResponse.json(HISTORY)));
    const el = await tickerWithData(html`<fx-ticker trend source="https://feed.test/rates.json"></fx-ticker>`);
    expect(trendOfItem(el, 'KZT')!.querySelector('polyline')!.getAttribute('points')).to.equal(
      trendOf(HISTORY.history!.KZT, false)!.points,
    );
    forgetStored('feed.test');
  });
});
