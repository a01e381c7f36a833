import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import type { App } from 'vue';
import { isCustomElement, mountRatesBar } from '../demo/vue/RatesBar.js';
import type { FxTicker, FxTickerUpdateDetail } from '../src/fx-ticker.js';
import { startNetwork } from './helpers/network.js';
import { FEED, items, readItems } from './helpers/ticker.js';

const SOURCE = 'https://rates.example.test/vue-feed.json';

describe('<fx-ticker> in a Vue 3 page (demo/vue)', () => {
  let container: HTMLDivElement;
  let app: App | undefined;

  before(() => startNetwork(http.get(SOURCE, () => HttpResponse.json(FEED))));
  beforeEach(async () => {
    localStorage.clear();
    container = await fixture<HTMLDivElement>(html`<div></div>`);
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
    sinon.restore();
  });

  const ticker = () => container.querySelector<FxTicker>('fx-ticker')!;

  it('binds props to the element and hears fx-ticker-update through @fx-ticker-update', async () => {
    const onUpdate = sinon.spy((_detail: FxTickerUpdateDetail) => {});
    app = mountRatesBar(container, { source: SOURCE, symbols: 'KZT UZS', onUpdate });
    await waitUntil(() => onUpdate.called, 'the update emitted from @fx-ticker-update');
    await ticker().updateComplete;

    expect(ticker().source).to.equal(SOURCE);
    expect(readItems(ticker()).map((item) => item.pair)).to.deep.equal(['KZT/USD', 'UZS/USD']);
    expect(onUpdate.firstCall.args[0].snapshot.rates.UZS).to.equal(FEED.rates.UZS);
    await waitUntil(() => container.textContent.includes(`Rates as of ${FEED.asOf}`), 'the date under the strip');
  });

  it('tells the template compiler that fx-ticker is an element, and only fx-ticker', () => {
    expect(isCustomElement('fx-ticker')).to.equal(true);
    expect(isCustomElement('rates-bar')).to.equal(false);
  });

  it('passes an object with .prop, not as an attribute', async () => {
    const onUpdate = sinon.spy();
    app = mountRatesBar(container, { source: 'none', rates: FEED, onUpdate });
    await waitUntil(() => onUpdate.called, 'the update emitted from @fx-ticker-update');
    await ticker().updateComplete;
    expect(ticker().hasAttribute('rates')).to.equal(false);
    expect(items(ticker())).to.have.length(3);
  });
});
