// `node bench/sources.mjs` (after `npm run build`): what the public sources cost a visitor,
// measured with the built script tag in headless Chromium. The page is served locally; the
// providers' URLs are answered by request interception (Chrome's network layer), so a
// scenario such as "Frankfurter is down" is exact. Prints figures; asserts nothing.
// - requests each source sees with three tickers (different symbols, base, inverse) on one page;
// - time from navigation to rates on screen with empty storage, when Frankfurter answers,
//   answers 503 or 422, or hangs (then the ticker gives it up for currency-api after 5 s);
// - requests Frankfurter sees from two tabs of one site polling every 10 s, over a minute
//   (BENCH_TABS_SECONDS), against what two tabs polling on their own would send.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const fixture = (name) => readFile(`${ROOT}test/fixtures/${name}`, 'utf8');
const FRANKFURTER = await fixture('frankfurter-v2-usd-from-2025-07-16.json');
const CURRENCY_API = {
  latest: await fixture('currency-api-usd-2025-08-13.json'),
  '2025-08-12': await fixture('currency-api-usd-2025-08-12.json'),
};
const SCRIPT = await readFile(`${ROOT}dist/fx-ticker.js`, 'utf8');

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.shownAt = [];
  addEventListener('fx-ticker-update', () => shownAt.push(performance.now()));
</script>
<script src="/fx-ticker.js" defer></script></head><body>${body}</body></html>`;
const PAGES = {
  '/one.html': page('<fx-ticker></fx-ticker>'),
  '/ten.html': page('<fx-ticker interval="10"></fx-ticker>'),
  '/three.html': page(
    '<fx-ticker symbols="KGS KZT"></fx-ticker><fx-ticker symbols="UZS" base="KZT"></fx-ticker><fx-ticker symbols="TJS TMT" inverse></fx-ticker>',
  ),
};

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/fx-ticker.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(SCRIPT);
  if (PAGES[path]) return response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGES[path]);
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const json = (body, status = 200) => ({
  status,
  contentType: 'application/json',
  headers: { 'Access-Control-Allow-Origin': '*' },
  body,
});
const FRANKFURTER_ANSWERS = {
  answers: () => json(FRANKFURTER),
  503: () => json('{"status":503}', 503),
  422: () => json('{"status":422,"message":"invalid currency: XYZ"}', 422),
  hangs: () => undefined,
};

/** Answers the providers' URLs for `tab` as `frankfurter` says, counting requests per host in `requests`. */
async function intercept(tab, frankfurter, requests) {
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) return request.continue();
    requests[url.host] = (requests[url.host] ?? 0) + 1;
    if (url.host === 'api.frankfurter.dev') {
      const answer = FRANKFURTER_ANSWERS[frankfurter]();
      if (answer) request.respond(answer);
      return;
    }
    const tag = /@(latest|\d{4}-\d\d-\d\d)\//.exec(url.pathname)?.[1];
    if (url.host === 'cdn.jsdelivr.net' && CURRENCY_API[tag]) return request.respond(json(CURRENCY_API[tag]));
    request.respond(json('{}', 404));
  });
}

/** Two tabs of one site (one browser context) with a ticker polling every 10 s, for `seconds`: the requests they send together. */
async function twoTabs(browser, seconds) {
  const context = await browser.createBrowserContext();
  const requests = {};
  const tabs = [await context.newPage(), await context.newPage()];
  for (const tab of tabs) await intercept(tab, 'answers', requests);
  await Promise.all(tabs.map((tab) => tab.goto(`${origin}/ten.html`)));
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  await context.close();
  return requests;
}

/** Loads `path` in a fresh context (empty storage and HTTP cache); returns the requests per host and when rates were first shown. */
async function visit(browser, path, frankfurter) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const requests = {};
  await intercept(tab, frankfurter, requests);
  await tab.goto(`${origin}${path}`);
  await tab.waitForFunction(() => window.shownAt.length > 0, { timeout: 20_000 });
  const shownMs = await tab.evaluate(() => window.shownAt[0]);
  // Let any request a later ticker or a second poll would add arrive.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await context.close();
  return { requests, shownMs };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const three = await visit(browser, '/three.html', 'answers');
  console.log(`three tickers on one page: ${JSON.stringify(three.requests)}`);
  for (const frankfurter of Object.keys(FRANKFURTER_ANSWERS)) {
    const runs = [];
    for (let round = 0; round < ROUNDS; round++) runs.push(await visit(browser, '/one.html', frankfurter));
    console.log(
      `Frankfurter ${frankfurter}: rates on screen after ${Math.round(median(runs.map((run) => run.shownMs)))} ms (median of ${ROUNDS}); requests ${JSON.stringify(runs[0].requests)}`,
    );
  }
  const seconds = Number(process.env.BENCH_TABS_SECONDS ?? 60);
  const shared = await twoTabs(browser, seconds);
  const alone = 2 * (1 + Math.floor(seconds / 10));
  console.log(
    `two tabs, interval="10", over ${seconds} s: Frankfurter saw ${shared['api.frankfurter.dev'] ?? 0} requests (two tabs polling on their own: ${alone})`,
  );
} finally {
  await browser.close();
  server.close();
}
