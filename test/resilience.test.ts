import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { FxTicker } from '../src/fx-ticker.js';
import { requestKey } from '../src/poller.js';
import { writeCachedRates } from '../src/snapshot-cache.js';
import { startNetwork, useHandlers } from './helpers/network.js';
import { FEED, items, readItems, tickerWithData, visibleText } from './helpers/ticker.js';
import '../src/define.js';

const SOURCE = 'https://rates.example.test/resilience.json';
const status = (el: FxTicker) => el.shadowRoot!.querySelector('[part="status"]')!.textContent.replace(/\s+/g, ' ').trim();

describe('resilience on screen', () => {
  before(() => startNetwork());
  beforeEach(() => localStorage.clear());

  it('keeps the last good data on a failed poll, says it is stale, and recovers', async () => {
    let answer: () => Response = () => HttpResponse.json(FEED);
    useHandlers(http.get(SOURCE, () => answer()));
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE}></fx-ticker>`);
    expect(status(el)).to.equal('as of Aug 13, 2025');

    answer = () => new HttpResponse('down for maintenance', { status: 503 });
    const failed = oneEvent(el, 'fx-ticker-error');
    await el.refresh();
    const { error, stale } = (await failed).detail;
    expect(error.message).to.contain('503');
    expect(stale).to.equal(true);
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
    expect(status(el)).to.match(/^Rates may be out of date: last updated \w{3} \d+, \d{4}, \d+:\d{2}/);

    answer = () => HttpResponse.json(FEED);
    const recovered = oneEvent(el, 'fx-ticker-update');
    await el.refresh();
    expect((await recovered).detail.snapshot.rates.KGS).to.equal(87.45);
    await el.updateComplete;
    expect(status(el)).to.equal('as of Aug 13, 2025');
  });

  it('paints the stored snapshot at once, marked stale, until the source confirms it', async () => {
    const request = { source: SOURCE, provider: 'auto' as const, base: 'USD', symbols: ['KGS', 'KZT', 'TJS', 'UZS', 'TMT'] };
    writeCachedRates(requestKey(request), { snapshot: FEED, provider: 'feed', missing: [] });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    useHandlers(
      http.get(SOURCE, async () => {
        await held;
        return HttpResponse.json({ ...FEED, rates: { ...FEED.rates, KGS: 88 } });
      }),
    );
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const painted = oneEvent(box, 'fx-ticker-update');
    box.innerHTML = `<fx-ticker source="${SOURCE}"></fx-ticker>`;
    const el = box.querySelector('fx-ticker')!;
    await painted;
    await el.updateComplete;
    expect(readItems(el)[0].rate).to.equal('0.01144');
    expect(status(el)).to.match(/^Rates may be out of date/);

    const confirmed = oneEvent(el, 'fx-ticker-update');
    release();
    expect((await confirmed).detail.snapshot.rates.KGS).to.equal(88);
    await el.updateComplete;
    expect(readItems(el)[0].rate).to.equal('0.01136');
    expect(status(el)).to.equal('as of Aug 13, 2025');
  });

  it('says plainly when there is no data at all, and shows the fallback content', async () => {
    useHandlers(http.get(SOURCE, () => HttpResponse.error()));
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = oneEvent(box, 'fx-ticker-error');
    box.innerHTML = `<fx-ticker source="${SOURCE}">KGS/USD 0.0114</fx-ticker>`;
    const el = box.querySelector('fx-ticker')!;
    expect((await failed).detail.stale).to.equal(false);
    await el.updateComplete;
    expect(status(el)).to.equal('Exchange rates are unavailable right now');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['KGS/USD 0.0114']);
  });

  it('shares one request among tickers of the same source', async () => {
    let requests = 0;
    useHandlers(
      http.get(SOURCE, () => {
        requests += 1;
        return HttpResponse.json(FEED);
      }),
    );
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const updates: Event[] = [];
    box.addEventListener('fx-ticker-update', (event) => updates.push(event));
    box.innerHTML = `<fx-ticker source="${SOURCE}"></fx-ticker>`.repeat(3);
    await oneEvent(box, 'fx-ticker-update');
    await Promise.all([...box.querySelectorAll('fx-ticker')].map((el) => el.refresh()));
    expect(requests).to.be.at.most(2);
    for (const el of box.querySelectorAll('fx-ticker')) expect(items(el)).to.have.length(5);
    const before = requests;
    await box.querySelector('fx-ticker')!.refresh();
    expect(requests).to.equal(before + 1);
  });

  it('shows the light-DOM fallback before the element is defined', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><fx-ticker-later source="none">KZT/USD 0.0019</fx-ticker-later></div>`);
    const el = box.firstElementChild as HTMLElement;
    expect(el.shadowRoot).to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.innerText).to.equal('KZT/USD 0.0019');
    FxTicker.define('fx-ticker-later');
    expect(el.shadowRoot).not.to.equal(null);
  });

  it('is not broken by hostile page CSS', async () => {
    const plain = await tickerWithData(html`<fx-ticker source="none" .rates=${FEED}></fx-ticker>`);
    const plainHeight = plain.getBoundingClientRect().height;
    const plainItem = items(plain)[0].getBoundingClientRect();
    const style = document.createElement('style');
    style.textContent = `body * { line-height: 5; letter-spacing: 4px; text-transform: lowercase; font-size: 31px; color: red; box-sizing: content-box; }
      div:not(:has(fx-ticker)), ul, li, span, button, p { display: none !important; }
      fx-ticker { margin: 0; padding: 0; }`;
    document.head.append(style);
    try {
      const el = await tickerWithData(html`<fx-ticker source="none" .rates=${FEED}></fx-ticker>`);
      expect(el.getBoundingClientRect().height).to.equal(plainHeight);
      const item = items(el)[0].getBoundingClientRect();
      expect(item.height).to.equal(plainItem.height);
      expect(item.width).to.equal(plainItem.width);
      expect(readItems(el)[0].pair).to.equal('KGS/USD');
      expect(getComputedStyle(items(el)[0]).textTransform).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('keeps junk in the data out of the page', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await tickerWithData(
        // The markup in the attribute is the point: it must come out as text.
        /* eslint-disable lit/attribute-value-entities */
        html`<fx-ticker
          source="none"
          symbols="KGS <img> KZT"
          .rates=${{ ...FEED, source: '<img src=x onerror=alert(1)>', asOf: '<b>2025</b>' }}
        ></fx-ticker>`,
        /* eslint-enable lit/attribute-value-entities */
      );
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(visibleText(el)).not.to.match(/NaN|Infinity|undefined/);
      expect(readItems(el).map((item) => item.symbol)).to.deep.equal(['KGS', 'KZT']);
    } finally {
      warn.restore();
    }
  });
});
