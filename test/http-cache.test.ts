import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { FxTicker } from '../src/fx-ticker.js';
import { itWhere } from './helpers/engine.js';
import { forgetStored } from './helpers/network.js';
import { readItems, tickerWithData } from './helpers/ticker.js';

const unique = () => `run-${Date.now()}-${Math.round(Math.random() * 1e9)}`;

/**
 * Whether this browser's test session keeps an HTTP cache at all: a day-cacheable answer
 * fetched twice reaches the server once. WebKit's WebDriver session keeps none, so there a
 * cached answer cannot be told from a fresh one and the test below could not fail.
 */
const keepsHttpCache = await (async () => {
  const path = `/http-cache/probe-${unique()}`;
  for (let i = 0; i < 2; i++) await (await fetch(`${path}/v2/rates`)).text();
  return (await (await fetch(`${path}/requests`)).text()) === '1';
})();

/**
 * Against the test server's own HTTP answers (web-test-runner.config.mjs), not msw: only a
 * real answer passes through the browser's HTTP cache. The server marks each answer
 * cacheable for a day, as Frankfurter does for a `from` query, and changes KGS on every
 * request (87.45, then 88.45).
 */
describe('fresh answers through the HTTP cache', () => {
  afterEach(() => forgetStored('/http-cache/'));

  const kgs = (el: FxTicker) => readItems(el).find((item) => item.symbol === 'KGS')!.rate;

  itWhere(
    keepsHttpCache,
    "the browser's test session keeps no HTTP cache",
    'shows the second answer on the second poll of a source cacheable for a day',
    async () => {
      const source = `/http-cache/${unique()}/v2/rates`;
      const el = await tickerWithData(html`<fx-ticker source=${source} symbols="KGS" inverse speed="0"></fx-ticker>`);
      expect(kgs(el)).to.equal('87.45');
      await el.refresh();
      await el.updateComplete;
      expect(kgs(el), 'the second poll reached the server, not the HTTP cache').to.equal('88.45');
    },
  );
});
