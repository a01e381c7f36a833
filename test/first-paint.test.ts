import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import sinon from 'sinon';
import '../src/define.js';
import type { FxTicker } from '../src/fx-ticker.js';
import { realTurns, startNetwork, useHandlers, waitFor } from './helpers/network.js';
import { FEED, readItems, settledTicker } from './helpers/ticker.js';

const SOURCE = 'https://first-paint.example.test/feed.json';
const never = http.get(SOURCE, async () => {
  await delay('infinite');
  return HttpResponse.json(FEED);
});

const rateTexts = (list: Element) => [...list.querySelectorAll('[part="rate"]')].map((rate) => rate.textContent.trim());
const copies = (el: FxTicker) => [...el.shadowRoot!.querySelectorAll('.track > ul[aria-hidden="true"]')];

describe('first paint and updates', () => {
  before(() => startNetwork());
  beforeEach(() => localStorage.clear());
  afterEach(() => sinon.restore());

  it("shows a returning visitor's stored rates in the first frame it paints", async () => {
    // The first visit stores what the source answered.
    useHandlers(http.get(SOURCE, () => HttpResponse.json(FEED)));
    const first = document.createElement('fx-ticker');
    first.setAttribute('source', SOURCE);
    const answered = oneEvent(first, 'fx-ticker-update');
    document.body.append(first);
    await answered;
    first.remove();

    // The next visit's source never answers: what shows comes from storage.
    useHandlers(never);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('fx-ticker');
    el.setAttribute('source', SOURCE);
    box.append(el);
    // A frame can be painted between any two tasks: the rates must be on screen before the
    // task that connected the element ends (microtasks only, however many).
    for (let i = 0; i < 100; i++) await Promise.resolve();
    expect(readItems(el).map((item) => item.symbol)).to.deep.equal(['KGS', 'KZT', 'TJS', 'UZS', 'TMT']);
  });

  it('renders once for its first rates, the copies that fill a wide host included, and once per update', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 2400px"></div>`);
    const el = document.createElement('fx-ticker');
    el.setAttribute('source', 'none');
    box.append(el);
    await el.updateComplete;
    const update = sinon.spy(el as unknown as { update(changed: unknown): void }, 'update');
    const warn = sinon.spy(console, 'warn');

    el.rates = FEED;
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await nextFrame();
    }
    expect(copies(el).length, 'copies of the set in a 2400 px host').to.be.greaterThan(1);
    expect(update.callCount, 'renders for the first rates').to.equal(1);

    el.rates = { ...FEED, rates: { ...FEED.rates, KGS: 80 } };
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await nextFrame();
    }
    expect(update.callCount, 'renders after one update').to.equal(2);
    expect(warn.getCalls().map((call) => String(call.args[0]))).to.deep.equal([]);
  });

  it('keeps every copy showing the numbers of the list after an update', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 2400px"></div>`);
    box.innerHTML = '<fx-ticker source="none"></fx-ticker>';
    const el = box.querySelector('fx-ticker')!;
    el.rates = FEED;
    await el.updateComplete;
    el.rates = { ...FEED, rates: { ...FEED.rates, KGS: 80, UZS: 12000 } };
    await el.updateComplete;
    await nextFrame();
    const list = el.shadowRoot!.querySelector('[role="list"]')!;
    expect(rateTexts(list)).to.include('0.01250');
    expect(copies(el).length).to.be.greaterThan(1);
    for (const copy of copies(el)) {
      expect(rateTexts(copy)).to.deep.equal(rateTexts(list));
      expect(copy.querySelectorAll('[role], .visually-hidden').length, 'roles or spoken phrases in a copy').to.equal(0);
    }
  });

  /** A ticker wider than two sets (so it has copies), with the feed shown and its copies counted. */
  const wideTickerSettled = () => settledTicker('<fx-ticker source="none"></fx-ticker>', '2400px');

  it("changes the copies' numbers in place on an update, keeping their elements", async () => {
    const el = await wideTickerSettled();
    const copyItems = () => copies(el).flatMap((copy) => [...copy.querySelectorAll('li')]);
    const before = copyItems();
    expect(before.length).to.be.greaterThan(5);
    el.rates = { ...FEED, rates: { ...FEED.rates, KGS: 80, UZS: 12000 } };
    await el.updateComplete;
    const after = copyItems();
    expect(after).to.have.length(before.length);
    expect(
      after.map((item, i) => item === before[i]),
      'each copy item is the element it was',
    ).to.deep.equal(before.map(() => true));
    for (const copy of copies(el)) expect(rateTexts(copy)).to.include('0.01250');
  });

  it('reads no layout and no computed style while it renders an update, so an update forces neither pass', async () => {
    const el = await wideTickerSettled();
    const reads = [
      sinon.spy(Element.prototype, 'getBoundingClientRect'),
      sinon.spy(Element.prototype, 'getClientRects'),
      sinon.spy(Element.prototype, 'clientWidth', ['get']).get,
      sinon.spy(HTMLElement.prototype, 'offsetWidth', ['get']).get,
      sinon.spy(HTMLElement.prototype, 'offsetLeft', ['get']).get,
      sinon.spy(window, 'getComputedStyle'),
    ];
    el.rates = { ...FEED, rates: { ...FEED.rates, KGS: 1e-7 } };
    await el.updateComplete;
    expect(reads.map((read) => read.callCount)).to.deep.equal([0, 0, 0, 0, 0, 0]);
    sinon.restore();
    // The item's new width is handled in the frame's own layout: the copies still match.
    await nextFrame();
    await nextFrame();
    const list = el.shadowRoot!.querySelector('[role="list"]')!;
    for (const copy of copies(el)) expect(rateTexts(copy)).to.deep.equal(rateTexts(list));
  });

  it('measures nothing after an update that changes no width, in any engine', async () => {
    const el = await wideTickerSettled();
    // Two frames for anything the settling left pending.
    await nextFrame();
    await nextFrame();
    const reads = sinon.spy(Element.prototype, 'getBoundingClientRect');
    // New numbers of the same length (digits are tabular, a change has its width reserved).
    el.rates = { ...FEED, rates: { ...FEED.rates, KGS: FEED.rates.KGS * 1.002 } };
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(reads.callCount, 'geometry read after the update').to.equal(0);
  });

  it('builds no date formatter for an update whose note is not shown', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML = '<fx-ticker source="none"></fx-ticker>';
    const el = box.querySelector('fx-ticker')!;
    el.rates = FEED;
    await el.updateComplete;
    const DateTimeFormat = sinon.spy(Intl, 'DateTimeFormat');
    el.rates = { ...FEED, rates: { ...FEED.rates, KGS: 80 } };
    await el.updateComplete;
    expect(DateTimeFormat.callCount).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.include('2025');
  });

  it('reads inline JSON once the parser is past the element, before the document has loaded', async () => {
    // A document still being parsed: document.open() and write() drive its parser by hand.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="a page still being parsed"></iframe>`);
    const doc = frame.contentDocument!;
    doc.open();
    await (frame.contentWindow as unknown as { eval(code: string): Promise<unknown> }).eval(
      `import(${JSON.stringify(new URL('../src/define.ts', import.meta.url).href)})`,
    );
    const errors: Event[] = [];
    doc.addEventListener('fx-ticker-error', (event) => errors.push(event));
    const json = JSON.stringify(FEED);
    // Half the JSON so far: nothing to read yet, and no error for it.
    doc.write(`<fx-ticker source="none"><script type="application/json">${json.slice(0, 40)}`);
    const el = doc.querySelector('fx-ticker') as FxTicker;
    await realTurns();
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(0);
    doc.write(`${json.slice(40)}</script></fx-ticker><p>The rest of the page</p>`);
    await waitFor(() => !!el.shadowRoot!.querySelector('[part~="item"]'), 'the items');
    expect(doc.readyState).to.equal('loading');
    expect(errors).to.deep.equal([]);
    doc.close();
  });

  it('builds its number formatters while the first answer is awaited', async () => {
    useHandlers(never);
    const NumberFormat = sinon.spy(Intl, 'NumberFormat');
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    // A locale and digits no other test uses, so no formatter for them exists yet.
    box.innerHTML = `<fx-ticker source="${SOURCE}" locale="fr-CH" digits="7"></fx-ticker>`;
    await realTurns();
    const built = NumberFormat.getCalls().map((call) => [call.args[0], call.args[1]?.maximumSignificantDigits]);
    expect(built).to.deep.include(['fr-CH', 7]);
    expect(
      box.querySelector('fx-ticker')!.shadowRoot!.querySelectorAll('[part~="item"]').length,
      'items before any data',
    ).to.equal(0);
  });
});
