// Rates at HTML time (`npm run bench -- prerender`, also the last part of `npm run bench`): a page
// whose ticker `fx-ticker-feed --prerender` drew into the HTML, against the hand-written CSS strip
// and the script-tag page. Two runs of fresh loads in headless Chromium: on this machine's
// loopback (the page's rates inline, as the script-tag benchmark page has them), and a cold
// first visit under Chrome's "Slow 4G" preset, where the script-tag page has to fetch its rates.
// Each load: the first rate painted (the pages' own probe, ms from navigation start) and the
// cumulative layout shift (layout-shift entries without recent input) up to 1.5 s after the
// element has taken over and started moving. Prints figures and ratios; asserts nothing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { FEED_PATH, serve } from './serve.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_PRERENDER_ROUNDS ?? 7);
/** Chrome DevTools' preset: 150 ms round trip and 1.6 Mbps, applied as 562.5 ms per request and 1.44 Mbps. */
const SLOW_4G = PredefinedNetworkConditions['Slow 4G'];
const RATES = {
  base: 'USD',
  asOf: '2026-04-01',
  rates: { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 },
  previous: { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 },
};

/** The benchmark pages this part adds, made from bench/pages/ours.html at run time. */
async function pages() {
  const { prerenderPage } = await import('../dist/prerender.js');
  const ours = await readFile(join(ROOT, 'bench/pages/ours.html'), 'utf8');
  // As the README embeds it: deferred, so the parser attaches the declarative root first.
  const deferred = ours.replace('<script src="/dist/fx-ticker.js"></script>', '<script src="/dist/fx-ticker.js" defer></script>');
  // A first visit with a network source: the bench server's feed, at once (the throttling is the delay).
  const networked = deferred.replace(
    /<fx-ticker source="none" speed="40">[\s\S]*?<\/fx-ticker>/,
    `<fx-ticker source="${FEED_PATH}?now" provider="feed" speed="40"></fx-ticker>`,
  );
  const prerender = (page) => prerenderPage(page, { rates: RATES }).html;
  return new Map([
    ['/bench/prerendered.html', prerender(deferred)],
    ['/bench/cold-script-tag.html', networked],
    ['/bench/cold-prerendered.html', prerender(networked)],
  ]);
}

const STRIPS = {
  local: [
    ['hand-written CSS strip', '/bench/pages/css-strip.html'],
    ['fx-ticker, script tag', '/bench/pages/ours.html'],
    ['fx-ticker, prerendered', '/bench/prerendered.html'],
  ],
  cold: [
    ['hand-written CSS strip', '/bench/pages/css-strip.html'],
    ['fx-ticker, script tag', '/bench/cold-script-tag.html'],
    ['fx-ticker, prerendered', '/bench/cold-prerendered.html'],
  ],
};

/** One fresh load in a new browser context (empty cache and storage): first rate painted and CLS. */
async function load(browser, url, network) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 200 });
  if (network) await tab.emulateNetworkConditions(network);
  await tab.evaluateOnNewDocument(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await tab.waitForFunction(() => window.firstItemMs !== undefined, { timeout: 30_000 });
  // Past the takeover: the element defined, rendered and moving (the CSS strip moves from the start).
  await tab.waitForFunction(
    () => {
      const el = document.querySelector('fx-ticker');
      return !el || (el.hasUpdated && el.shadowRoot.querySelector('.track')?.getAnimations().length > 0);
    },
    { timeout: 30_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const result = await tab.evaluate(() => ({
    firstRateMs: window.firstItemMs,
    cls: window.layoutShift,
    strips: document.querySelector('fx-ticker')?.shadowRoot.querySelectorAll('.ticker').length ?? 1,
  }));
  await context.close();
  if (result.strips !== 1) throw new Error(`${url}: ${result.strips} strips after the takeover`);
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

export async function benchPrerender(chromium) {
  const extra = await pages();
  const local = await serve(extra);
  const cdn = await serve(extra, { gzip: true });
  const origin = (server) => `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  const figures = { local: STRIPS.local.map(() => []), cold: STRIPS.cold.map(() => []) };
  try {
    await load(browser, `${origin(local)}/bench/pages/css-strip.html`); // warm-up, discarded
    for (let round = 0; round < ROUNDS; round++) {
      // The strips take turns, so a slow moment of the machine does not fall on one of them.
      for (const [i, [, page]] of STRIPS.local.entries()) figures.local[i].push(await load(browser, `${origin(local)}${page}`));
      for (const [i, [, page]] of STRIPS.cold.entries()) {
        figures.cold[i].push(await load(browser, `${origin(cdn)}${page}`, SLOW_4G));
      }
    }
  } finally {
    await browser.close();
    local.close();
    cdn.close();
  }
  const summary = (runs) => ({
    firstRateMs: median(runs.map((run) => run.firstRateMs)),
    cls: Math.max(...runs.map((run) => run.cls)),
  });
  const results = {
    local: figures.local.map(summary),
    cold: figures.cold.map(summary),
    htmlGzip: Object.fromEntries([...extra].map(([path, html]) => [path, gzipSync(html, { level: 9 }).length])),
  };
  report(results);
  return results;
}

function report({ local, cold, htmlGzip }) {
  const names = STRIPS.local.map(([name]) => name);
  const ratio = (value, base) => `${(value / base).toFixed(2)}×`;
  const rows = [
    [`first rate painted, loopback (ms, median of ${ROUNDS})`, ...local.map((r) => r.firstRateMs.toFixed(1))],
    ['', '', ratio(local[1].firstRateMs, local[0].firstRateMs), ratio(local[2].firstRateMs, local[0].firstRateMs)],
    [`CLS, loopback (worst of ${ROUNDS})`, ...local.map((r) => r.cls.toFixed(4))],
    [`Slow 4G, cold first visit: first rate on screen (ms, median of ${ROUNDS})`, ...cold.map((r) => r.firstRateMs.toFixed(0))],
    ['', '', ratio(cold[1].firstRateMs, cold[0].firstRateMs), ratio(cold[2].firstRateMs, cold[0].firstRateMs)],
    [`Slow 4G, cold first visit: CLS (worst of ${ROUNDS})`, ...cold.map((r) => r.cls.toFixed(4))],
  ];
  console.log(
    `\nRates at HTML time: headless Chromium, 1280 px, fresh browser contexts; the script-tag page reads its rates inline on\n` +
      `the loopback and from the network (the bench feed) on the cold visit; Slow 4G: Chrome's preset (${SLOW_4G.latency} ms per\n` +
      `request, ${((SLOW_4G.download * 8) / 1e6).toFixed(2)} Mbps down), pages and script served with gzip -9.\n`,
  );
  const header = ['', ...names];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((line) => String(line[i] ?? '').length)));
  for (const line of [header, ...rows]) {
    console.log(
      line
        .map((cell, i) => String(cell ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  }
  console.log(
    `\nHTML, gzip -9: prerendered page ${htmlGzip['/bench/prerendered.html']} bytes; cold pages: script tag ` +
      `${htmlGzip['/bench/cold-script-tag.html']}, prerendered ${htmlGzip['/bench/cold-prerendered.html']}.`,
  );
}
