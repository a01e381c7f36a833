import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createRoot, type Root } from 'react-dom/client';
import sinon from 'sinon';
import { RatesBar } from '../demo/react/RatesBar.js';
import type { FxTicker, FxTickerUpdateDetail } from '../src/fx-ticker.js';
import { startNetwork } from './helpers/network.js';
import { FEED, items, readItems } from './helpers/ticker.js';

const SOURCE = 'https://rates.example.test/react-feed.json';

describe('<fx-ticker> in a React 19 page (demo/react)', () => {
  let container: HTMLDivElement;
  let root: Root;

  before(() => startNetwork(http.get(SOURCE, () => HttpResponse.json(FEED))));
  beforeEach(async () => {
    localStorage.clear();
    container = await fixture<HTMLDivElement>(html`<div></div>`);
    root = createRoot(container);
  });
  afterEach(() => root.unmount());

  const ticker = () => container.querySelector<FxTicker>('fx-ticker')!;

  it('passes props to the element and calls the onfx-ticker-update handler', async () => {
    const onUpdate = sinon.spy((_detail: FxTickerUpdateDetail) => {});
    root.render(<RatesBar source={SOURCE} symbols="KZT UZS" onUpdate={onUpdate} />);
    await waitUntil(() => onUpdate.called, 'the fx-ticker-update handler');
    await ticker().updateComplete;

    expect(ticker().symbols).to.equal('KZT UZS');
    expect(ticker().theme).to.equal('dark'); // React 19 sets a defined element's properties
    expect(readItems(ticker()).map((item) => item.pair)).to.deep.equal(['KZT/USD', 'UZS/USD']);
    expect(onUpdate.firstCall.args[0].snapshot.rates.KZT).to.equal(FEED.rates.KZT);
    await waitUntil(() => container.textContent.includes(`Rates as of ${FEED.asOf}`), 'the date under the strip');
  });

  it('sets an object as a property, not an attribute', async () => {
    const onUpdate = sinon.spy();
    root.render(<RatesBar source="none" rates={FEED} onUpdate={onUpdate} />);
    await waitUntil(() => onUpdate.called, 'the fx-ticker-update handler');
    await ticker().updateComplete;
    expect(ticker().hasAttribute('rates')).to.equal(false);
    expect(items(ticker())).to.have.length(3);
  });
});

/** Compiled by `npm run typecheck`, never run: the JSX types accept what the element takes and reject the rest. */
export function typedJsx() {
  return (
    <>
      <fx-ticker symbols={['KZT', 'UZS']} speed={0} inverse paused={false} onfx-ticker-error={(event) => event.detail.stale} />
      {/* @ts-expect-error: speed is a number of px per second */}
      <fx-ticker speed="fast" />
      {/* @ts-expect-error: the update event's detail has no `error` */}
      <fx-ticker onfx-ticker-update={(event) => event.detail.error} />
    </>
  );
}
