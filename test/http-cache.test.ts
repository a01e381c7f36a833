import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { FxTicker } from '../src/fx-ticker.js';
import { forgetStored } from './helpers/network.js';
import { readItems, tickerWithData } from './helpers/ticker.js';

/**
 * Against the test server's own HTTP answers (web-test-runner.config.mjs), not msw: only a
 * real answer passes through the browser's HTTP cache. The server marks each answer
 * cacheable for a day, as Frankfurter does for a `from` query, and changes KGS on every
 * request (87.45, then 88.45).
 */
describe('fresh answers through the HTTP cache', () => {
  const unique = () => `run-${Date.now()}-${Math.round(Math.random() * 1e9)}`;
  afterEach(() => forgetStored('/http-cache/'));

  const kgs = (el: FxTicker) => readItems(el).find((item) => item.symbol === 'KGS')!.rate;

  it('shows the second answer on the second poll of a source cacheable for a day', async () => {
    const source = `/http-cache/${unique()}/v2/rates`;
    const el = await tickerWithData(html`<fx-ticker source=${source} symbols="KGS" inverse speed="0"></fx-ticker>`);
    expect(kgs(el)).to.equal('87.45');
    await el.refresh();
    await el.updateComplete;
    expect(kgs(el), 'the second poll reached the server, not the HTTP cache').to.equal('88.45');
  });
});
