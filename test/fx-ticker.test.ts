import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { FxTicker } from '../src/fx-ticker.js';
import { canEmulateMedia, describeWhere, NO_MEDIA_EMULATION } from './helpers/engine.js';
import { startNetwork, useHandlers } from './helpers/network.js';
import { FEED, items, readItems, tickerWithData, visibleText } from './helpers/ticker.js';

const SOURCE = 'https://rates.example.test/feed.json';
let requests = 0; // answered by msw
const feedHandler = (body: object = FEED) =>
  http.get(SOURCE, () => {
    requests += 1;
    return HttpResponse.json(body);
  });

describe('<fx-ticker>', () => {
  before(() => startNetwork());
  beforeEach(() => {
    requests = 0;
    localStorage.clear();
    useHandlers(feedHandler());
  });

  it('is registered and upgrades', () => {
    expect(customElements.get('fx-ticker')).to.equal(FxTicker);
    expect(document.createElement('fx-ticker')).to.be.instanceOf(FxTicker);
  });

  it('has the documented default on every property', () => {
    const el = document.createElement('fx-ticker');
    expect({
      source: el.source,
      provider: el.provider,
      base: el.base,
      symbols: el.symbols,
      interval: el.interval,
      speed: el.speed,
      direction: el.direction,
      inverse: el.inverse,
      digits: el.digits,
      decimals: el.decimals,
      theme: el.theme,
      label: el.label,
      paused: el.paused,
    }).to.deep.equal({
      source: 'https://api.frankfurter.dev/v2/rates',
      provider: 'auto',
      base: 'USD',
      symbols: 'KGS KZT TJS UZS TMT',
      interval: 300,
      speed: 40,
      direction: 'left',
      inverse: false,
      digits: 4,
      decimals: undefined,
      theme: 'auto',
      label: 'Exchange rates',
      paused: false,
    });
  });

  it('reads source and direction from attributes, and back to their defaults when removed', async () => {
    const el = await fixture<FxTicker>(html`<fx-ticker source="none" direction="right"></fx-ticker>`);
    expect([el.source, el.direction]).to.deep.equal(['none', 'right']);
    el.removeAttribute('direction');
    el.provider = 'cbr';
    el.removeAttribute('source');
    await el.updateComplete;
    // A provider named without a source uses its own public URL, not Frankfurter's.
    expect([el.source, el.direction]).to.deep.equal([undefined, 'left']);
    el.remove();
  });

  it('reads a removed or invalid provider as auto, whose source is Frankfurter, and keeps following its attributes', async () => {
    const el = await fixture<FxTicker>(html`<fx-ticker provider="cbr" speed="0"></fx-ticker>`);
    expect(el.source).to.equal(undefined);
    el.removeAttribute('provider');
    expect(el.source).to.equal('https://api.frankfurter.dev/v2/rates');
    el.setAttribute('source', 'none');
    await el.updateComplete;
    expect(el.source).to.equal('none');
    el.removeAttribute('source');
    el.setAttribute('provider', 'no-such-provider');
    await el.updateComplete;
    expect(el.source).to.equal('https://api.frankfurter.dev/v2/rates');
    el.remove();
  });

  it('defaults to moving right on a right-to-left page', async () => {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl"><fx-ticker source="none"></fx-ticker></div>`);
    expect(box.querySelector('fx-ticker')!.direction).to.equal('right');
  });

  it('renders the five default symbols from a feed, in order, as base per unit with the daily change', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE}></fx-ticker>`);
    expect(readItems(el)).to.deep.equal([
      { symbol: 'KGS', pair: 'KGS/USD', rate: '0.01144', change: '0%', direction: 'flat' },
      { symbol: 'KZT', pair: 'KZT/USD', rate: '0.001923', change: '\u22120.12%', direction: 'down' },
      { symbol: 'TJS', pair: 'TJS/USD', rate: '0.09980', change: '0%', direction: 'flat' },
      { symbol: 'UZS', pair: 'UZS/USD', rate: '0.00008000', change: '+0.08%', direction: 'up' },
      { symbol: 'TMT', pair: 'TMT/USD', rate: '0.2857', change: '0%', direction: 'flat' },
    ]);
    expect(requests).to.equal(1);
  });

  it('gives every item its parts and data-symbol', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE}></fx-ticker>`);
    const [kgs] = items(el);
    expect(kgs.getAttribute('part')).to.equal('item item-KGS');
    expect(kgs.getAttribute('role')).to.equal('listitem');
    expect(kgs.dataset.symbol).to.equal('KGS');
    expect(el.shadowRoot!.querySelectorAll('[role="list"]')).to.have.length(1);
  });

  it('marks every copy aria-hidden and inert, with nothing focusable inside', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE}></fx-ticker>`);
    const copies = el.shadowRoot!.querySelectorAll('ul:not([role="list"])');
    expect(copies.length).to.be.greaterThan(0);
    for (const copy of copies) {
      expect(copy.getAttribute('aria-hidden')).to.equal('true');
      expect(copy.hasAttribute('inert')).to.equal(true);
      expect(copy.querySelector('[role], a, button, [tabindex]')).to.equal(null);
    }
  });

  it('shows only the chosen symbols, in the given order, skipping unknown ones', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} symbols="uzs, KZT EUR"></fx-ticker>`);
    expect(readItems(el).map((item) => item.symbol)).to.deep.equal(['UZS', 'KZT']);
    expect(visibleText(el)).not.to.match(/NaN|undefined|Infinity/);
  });

  it('shows units per base with inverse', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} inverse symbols="KGS KZT"></fx-ticker>`);
    expect(readItems(el)).to.deep.equal([
      { symbol: 'KGS', pair: 'USD/KGS', rate: '87.45', change: '0%', direction: 'flat' },
      { symbol: 'KZT', pair: 'USD/KZT', rate: '520.1', change: '+0.12%', direction: 'up' },
    ]);
  });

  it('formats with fixed decimals', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} decimals="5" symbols="UZS"></fx-ticker>`);
    expect(readItems(el)[0].rate).to.equal('0.00008');
  });

  it('formats with more significant digits', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} digits="6" symbols="KGS"></fx-ticker>`);
    expect(readItems(el)[0].rate).to.equal('0.0114351');
  });

  it('uses the decimal comma of a ru locale, from the attribute or the nearest lang', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} locale="ru" symbols="KZT"></fx-ticker>`);
    expect(readItems(el)[0]).to.include({ rate: '0,001923', change: '\u22120,12\u00a0%' });
    const nested = await tickerWithData(html`<div lang="ru"><fx-ticker source=${SOURCE} symbols="KGS"></fx-ticker></div>`);
    expect(readItems(nested.querySelector('fx-ticker') ?? nested)[0].rate).to.equal('0,01144');
  });

  it('quotes against another base by crossing a feed', async () => {
    const el = await tickerWithData(
      html`<fx-ticker source="none" base="KZT" symbols="KGS USD"
        ><script type="application/json">
          {"base":"USD","rates":{"KGS":87.45,"KZT":520.1}}
        </script></fx-ticker
      >`,
    );
    expect(readItems(el).map((item) => [item.pair, item.rate])).to.deep.equal([
      ['KGS/KZT', '5.947'],
      ['USD/KZT', '520.1'],
    ]);
  });

  it('renders inline JSON with source="none" and makes no request', async () => {
    const el = await tickerWithData(
      html`<fx-ticker source="none"><script type="application/json">${JSON.stringify(FEED)}</script></fx-ticker>`,
    );
    expect(items(el)).to.have.length(5);
    expect(requests).to.equal(0);
  });

  it('paints inline JSON at once and lets the source refresh it', async () => {
    const fresher = { ...FEED, rates: { ...FEED.rates, KGS: 80 } };
    useHandlers(feedHandler(fresher));
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const { render } = await import('lit');
    const first = oneEvent(container, 'fx-ticker-update');
    render(
      html`<fx-ticker source=${SOURCE} symbols="KGS"><script type="application/json">${JSON.stringify(FEED)}</script></fx-ticker>`,
      container,
    );
    expect((await first).detail.snapshot.rates.KGS).to.equal(87.45);
    const second = await oneEvent(container, 'fx-ticker-update');
    expect(second.detail.snapshot.rates.KGS).to.equal(80);
    const el = container.querySelector('fx-ticker')!;
    await el.updateComplete;
    expect(readItems(el)[0].rate).to.equal('0.01250');
  });

  it('shows data set through the rates property', async () => {
    const el = await fixture<FxTicker>(html`<fx-ticker source="none"></fx-ticker>`);
    const updated = oneEvent(el, 'fx-ticker-update');
    el.rates = FEED;
    const event = await updated;
    expect(event.detail.snapshot.rates.KZT).to.equal(520.1);
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
  });

  it('fires fx-ticker-error for bad rates and keeps the last good data', async () => {
    const el = await fixture<FxTicker>(html`<fx-ticker source="none"></fx-ticker>`);
    el.rates = FEED;
    await el.updateComplete;
    const failed = oneEvent(el, 'fx-ticker-error');
    el.rates = { base: 'USD', rates: { KGS: Number.NaN } };
    const event = await failed;
    expect(event.detail.error).to.be.instanceOf(Error);
    expect(event.detail.stale).to.equal(true);
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
    expect(visibleText(el)).not.to.match(/NaN|undefined|Infinity/);
  });

  it('never renders markup from the data', async () => {
    const el = await tickerWithData(
      html`<fx-ticker source="none"
        ><script type="application/json">
          {"base":"USD","rates":{"KGS":87.45},"source":"<img src=x onerror=alert(1)>"}
        </script></fx-ticker
      >`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('reports a failing source with fx-ticker-error and a visible note', async () => {
    useHandlers(http.get(SOURCE, () => new HttpResponse('oops', { status: 500 })));
    const el = document.createElement('fx-ticker');
    el.setAttribute('source', SOURCE);
    const failed = oneEvent(el, 'fx-ticker-error');
    document.body.append(el);
    try {
      const event = await failed;
      expect(event.detail.stale).to.equal(false);
      expect(event.detail.error.message).to.match(/500/);
      await el.updateComplete;
      const status = el.shadowRoot!.querySelector('[part="status"]')!;
      expect(status.textContent).to.match(/unavailable/i);
      expect(items(el)).to.have.length(0);
    } finally {
      el.remove();
    }
  });

  it('reports malformed JSON from the source', async () => {
    useHandlers(
      http.get(SOURCE, () => new HttpResponse('{"base": "USD", "rates": {', { headers: { 'Content-Type': 'application/json' } })),
    );
    const el = document.createElement('fx-ticker');
    el.setAttribute('source', SOURCE);
    const failed = oneEvent(el, 'fx-ticker-error');
    document.body.append(el);
    try {
      const { error, stale } = (await failed).detail;
      // Not a network failure (TypeError) nor an HTTP one (with a status): the body itself, quoted.
      expect(error.name).to.equal('Error');
      expect(error).not.to.have.property('status');
      expect(error.message).to.equal(`${SOURCE}: not JSON: ${JSON.stringify('{"base": "USD", "rates": {')}`);
      expect(stale).to.equal(false);
    } finally {
      el.remove();
    }
  });

  it("shows the rates' date in the status part", async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE}></fx-ticker>`);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('as of Aug 13, 2025');
  });

  it("gives each item a spoken phrase with the browser's currency names", async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} symbols="KGS KZT"></fx-ticker>`);
    const phrases = items(el).map((item) => item.querySelector('.visually-hidden')!.textContent);
    // Each engine names currencies from its own data (WebKit says "Kyrgystani Som").
    const name = (code: string) => new Intl.DisplayNames('en', { type: 'currency' }).of(code)!;
    expect(name('KGS')).to.match(/^Kyrgy\w* Som$/);
    expect(phrases[0]).to.equal(`${name('KGS')} to ${name('USD')}, 0.01144, unchanged`);
    expect(phrases[1]).to.equal(`${name('KZT')} to ${name('USD')}, 0.001923, down 0.12%`);
  });

  it('names the list from the label attribute', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} label="Курсы"></fx-ticker>`);
    expect(el.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal('Курсы');
  });

  it('pauses and plays with a real button that says so', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE}></fx-ticker>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="control"]')!;
    expect(button.getAttribute('aria-label')).to.match(/pause/i);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(el.hasAttribute('paused')).to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(el.paused).to.equal(false);
    expect(el.hasAttribute('paused')).to.equal(false);
  });

  it('applies the dark theme', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} theme="dark"></fx-ticker>`);
    const background = getComputedStyle(el.shadowRoot!.querySelector('.ticker')!).backgroundColor;
    expect(background).to.equal('rgb(17, 22, 28)');
  });

  describeWhere(canEmulateMedia, NO_MEDIA_EMULATION, 'under a dark colour-scheme preference', () => {
    before(() => emulateMedia({ colorScheme: 'dark' }));
    after(() => emulateMedia({ colorScheme: 'light' }));
    const background = (el: FxTicker) => getComputedStyle(el.shadowRoot!.querySelector('.ticker')!).backgroundColor;

    it('is dark with theme="auto" (the default)', async () => {
      expect(background(await tickerWithData(html`<fx-ticker source=${SOURCE}></fx-ticker>`))).to.equal('rgb(17, 22, 28)');
      expect(background(await tickerWithData(html`<fx-ticker source=${SOURCE} theme="auto"></fx-ticker>`))).to.equal(
        'rgb(17, 22, 28)',
      );
    });

    it('stays light with theme="light"', async () => {
      expect(background(await tickerWithData(html`<fx-ticker source=${SOURCE} theme="light"></fx-ticker>`))).to.equal(
        'rgb(255, 255, 255)',
      );
    });
  });

  it('lets the page theme it through custom properties and parts', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} style="--fx-ticker-background: rgb(1, 2, 3)"></fx-ticker>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.ticker')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('warns once for an invalid attribute and keeps working with the default', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await tickerWithData(html`<fx-ticker source=${SOURCE} digits="lots" symbols="KGS"></fx-ticker>`);
      el.speed = 41;
      await el.updateComplete;
      expect(readItems(el)[0].rate).to.equal('0.01144');
      expect(warn.withArgs(sinon.match(/digits/)).callCount).to.equal(1);
    } finally {
      warn.restore();
    }
  });

  it('warns once about symbols the source lacks, and shows the others', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await tickerWithData(html`<fx-ticker source=${SOURCE} symbols="KGS EUR CNY"></fx-ticker>`);
      await el.refresh();
      expect(readItems(el).map((item) => item.symbol)).to.deep.equal(['KGS']);
      expect(warn.args.map(([message]) => message)).to.deep.equal(['<fx-ticker>: the source has no rate for EUR CNY; skipped.']);
    } finally {
      warn.restore();
    }
  });

  // Each attribute with a value it cannot use: the ticker warns once, naming the attribute and
  // the value, and still shows the rates.
  for (const [attribute, value] of [
    ['provider', 'bloomberg'],
    ['base', 'dollars'],
    ['symbols', '$$$'],
    ['interval', 'hourly'],
    ['speed', 'fast'],
    ['direction', 'up'],
    ['digits', '0'],
    ['decimals', '-1'],
    ['locale', 'not a locale!'],
    ['theme', 'neon'],
  ]) {
    it(`warns once about ${attribute}="${value}" and falls back to the default`, async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const updated = oneEvent(container, 'fx-ticker-update');
        container.innerHTML = `<fx-ticker source="${SOURCE}" ${attribute}="${value}"></fx-ticker>`;
        await updated;
        const el = container.querySelector('fx-ticker')!;
        el.label = 'Rates again'; // another render reads every option again
        await el.updateComplete;
        await el.refresh();
        expect(items(el).length).to.be.greaterThan(0);
        const about = warn.args
          .map(([message]) => String(message))
          .filter((message) => message.includes(`${attribute}="${value}"`));
        expect(about, `warnings naming ${attribute}="${value}"`).to.have.length(1);
      } finally {
        warn.restore();
      }
    });
  }

  it('refresh() polls now and settles when the poll does', async () => {
    const el = await tickerWithData(html`<fx-ticker source=${SOURCE} symbols="KGS"></fx-ticker>`);
    useHandlers(feedHandler({ ...FEED, rates: { ...FEED.rates, KGS: 100 } }));
    await el.refresh();
    await el.updateComplete;
    expect(readItems(el)[0].rate).to.equal('0.01000');
  });

  it('define() tolerates an existing tag and registers another', () => {
    expect(() => FxTicker.define()).not.to.throw();
    FxTicker.define('fx-ticker-alias');
    expect(document.createElement('fx-ticker-alias')).to.be.instanceOf(FxTicker);
  });
});

describe('<fx-ticker> polling', () => {
  // Requests are counted when fetch is called, not when msw answers. With fake timers the
  // service worker's round trip still takes real time, so each poll is awaited through the
  // update it causes (every answer differs) before the clock moves on.
  let clock: sinon.SinonFakeTimers;
  let fetchSpy: sinon.SinonSpy;
  const polls = (): number => fetchSpy.getCalls().filter((call) => String(call.args[0]).startsWith(SOURCE)).length;

  before(() => startNetwork());
  beforeEach(() => {
    localStorage.clear();
    let answer = 0;
    useHandlers(http.get(SOURCE, () => HttpResponse.json({ ...FEED, rates: { ...FEED.rates, KGS: 80 + (answer += 1) } })));
    fetchSpy = sinon.spy(window, 'fetch');
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    clock.restore();
    fetchSpy.restore();
  });

  async function connect(attributes: Record<string, string>, parent: Element = document.body): Promise<FxTicker> {
    const el = document.createElement('fx-ticker');
    el.setAttribute('source', SOURCE);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    const firstData = oneEvent(el, 'fx-ticker-update');
    parent.append(el);
    await firstData;
    return el;
  }

  /** Moves the clock by ms, which must start a poll, and waits until that poll's data is shown. */
  async function tickIntoPoll(el: FxTicker, ms: number): Promise<void> {
    const updated = oneEvent(el, 'fx-ticker-update');
    await clock.tickAsync(ms);
    await updated;
  }

  it('polls once at start, then every interval', async () => {
    const el = await connect({ interval: '60' });
    try {
      expect(polls()).to.equal(1);
      await clock.tickAsync(59_000);
      expect(polls()).to.equal(1);
      await tickIntoPoll(el, 1_000);
      expect(polls()).to.equal(2);
      await tickIntoPoll(el, 60_000);
      await tickIntoPoll(el, 60_000);
      expect(polls()).to.equal(4);
    } finally {
      el.remove();
    }
  });

  it('treats an interval below 10 s as 10 s', async () => {
    const el = await connect({ interval: '1' });
    try {
      await clock.tickAsync(9_900);
      expect(polls()).to.equal(1);
      await tickIntoPoll(el, 100);
      expect(polls()).to.equal(2);
    } finally {
      el.remove();
    }
  });

  it('stops polling when removed', async () => {
    const el = await connect({ interval: '10' });
    el.remove();
    await clock.tickAsync(3_600_000);
    expect(polls()).to.equal(1);
  });

  it('keeps polling when moved elsewhere in the page', async () => {
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    const el = await connect({ interval: '10' });
    try {
      elsewhere.append(el);
      // Settle whatever the reconnection started before counting.
      await el.refresh();
      const afterMove = polls();
      await tickIntoPoll(el, 10_000);
      expect(polls()).to.equal(afterMove + 1);
    } finally {
      elsewhere.remove();
    }
  });
});
