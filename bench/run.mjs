// `npm run bench`: what a strip costs a page, ours against a hand-written CSS-keyframes strip
// (the floor any marquee can reach) and react-fast-marquee, measured in one run on this
// machine in headless Chromium: first paint (data inline; a returning visitor; a slow
// network), steady motion and rate updates with one strip and with twenty. Then, unless
// BENCH_TACHOMETER=0, tachometer compares first paint and update time with the CSS strip
// until the difference is resolved; last, rates at HTML time (bench/prerender.mjs). Prints figures
// and ratios; asserts nothing. `npm run bench -- prerender` runs only the last part.
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { linkChromedriver } from './link-chromedriver.mjs';
import { benchPrerender } from './prerender.mjs';
import { buildReactFastMarquee } from './react-fast-marquee.mjs';
import { FEED_DELAY_MS, FEED_PATH, serve } from './serve.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const STEADY_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const UPDATES = 20;
const FIRST_PAINT_ROUNDS = 7;
const JUMP_TOLERANCE_PX = 2;
const MANY_STRIPS = 20;
const UPDATE_ROUNDS = 5;
/** fx-ticker's own markup, updated by assigning texts recorded from it: no script of the element runs. */
const REPLAY_PAGE = '/bench/pages/ours-replay.html';

/**
 * Time to the first item on screen in a fresh page (the pages' own probe), one load, in
 * `context` (a fresh one has empty storage). With `afterFeed`, counted from the moment the
 * feed's answer arrived instead of from navigation start.
 */
async function firstItemOnce(context, origin, page, { afterFeed = false } = {}) {
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 200 });
  await tab.goto(`${origin}${page}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.firstItemMs !== undefined, { timeout: 10_000 });
  const ms = await tab.evaluate(
    (feed, afterFeed) =>
      window.firstItemMs -
      (afterFeed ? performance.getEntriesByType('resource').find((r) => r.name.endsWith(feed)).responseEnd : 0),
    FEED_PATH,
    afterFeed,
  );
  await tab.close();
  return ms;
}

/**
 * Main-thread work per rate update, measured in the page without a trace (`?updates=task` in
 * common.js: each update's script, then its frame's style, layout, paint and commit), as the
 * mean of 20 updates in one load. A trace's own overhead grows with the trace events a page
 * makes, and the CSS strip's `innerHTML` makes many: traced, its updates took 3.6 ms against
 * 1.8 ms untraced, which made it look as slow as ours.
 */
async function updateTaskMs(browser, origin, page) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 200 });
  await tab.goto(`${origin}${page}?updates=task`, { waitUntil: 'load' });
  await tab.waitForFunction(() => performance.getEntriesByName('update-task').length > 0, { timeout: 30_000 });
  const ms = await tab.evaluate(() => performance.getEntriesByName('update-task')[0].duration);
  await tab.close();
  return ms;
}

/** A benchmark page with its strip (the markup between `<!-- strip -->` comments) `count` times. */
async function withStrips(page, count) {
  const html = await readFile(join(ROOT, page), 'utf8');
  return html.replace(/<!-- strip -->([\s\S]*?)<!-- \/strip -->/, (_, strip) => strip.repeat(count));
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));

async function measure(browser, origin, strip, { jumps = true } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 200 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  page.on('pageerror', (error) => console.error(`${strip.name}: ${error.message}`));
  await page.goto(`${origin}${strip.page}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.firstItemMs !== undefined, { timeout: 10_000 });

  await new Promise((resolve) => setTimeout(resolve, 1000)); // past start-up work
  const before = await metricsOf(cdp);
  await new Promise((resolve) => setTimeout(resolve, STEADY_SECONDS * 1000));
  const after = await metricsOf(cdp);
  const perSecond = (name) => (after[name] - before[name]) / STEADY_SECONDS;

  const jumpCounts = jumps ? await page.evaluate(countJumps, UPDATES, JUMP_TOLERANCE_PX) : {};
  await page.close();
  return {
    name: strip.name,
    scriptGzip: strip.scriptGzip,
    layoutsPerSecond: perSecond('LayoutCount'),
    styleRecalcsPerSecond: perSecond('RecalcStyleCount'),
    scriptMsPerSecond: perSecond('ScriptDuration') * 1000,
    taskMsPerSecond: perSecond('TaskDuration') * 1000,
    ...jumpCounts,
  };
}

/**
 * Runs in the page: applies `updates` rate changes while
 * sampling every item's position on every frame. Between two frames every item must move by
 * the strip's own motion; a displacement off by more than `tolerance` px is a jump. Moves of
 * exactly one loop length are the seamless wrap, not a jump, so positions are compared
 * modulo the loop.
 */
function countJumps(updates, tolerance) {
  return new Promise((resolve) => {
    const rates = { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 };
    let previousFrame;
    let frames = 0;
    let jumps = 0;
    let worstPx = 0;
    let applied = 0;
    const speeds = [];
    const sample = (time) => {
      const items = window.strip.items();
      const xs = items.map((item) => item.getBoundingClientRect().left);
      if (previousFrame && previousFrame.xs.length === xs.length) {
        const dt = (time - previousFrame.time) / 1000;
        const moves = xs.map((x, i) => x - previousFrame.xs[i]);
        const sorted = [...moves].sort((a, b) => a - b);
        const typical = sorted[Math.floor(sorted.length / 2)];
        if (dt > 0) speeds.push(Math.abs(typical) / dt);
        const loop =
          Math.abs(items.at(-1).getBoundingClientRect().right - items[0].getBoundingClientRect().left) / (xs.length / 5);
        for (const move of moves) {
          let off = Math.abs(move - typical) % loop;
          off = Math.min(off, loop - off);
          worstPx = Math.max(worstPx, off);
          if (off > tolerance) jumps += 1;
        }
        // The strip as a whole moving unlike its speed is a jump too (e.g. a restart).
        const expected = 40 * dt;
        const whole = Math.abs(Math.abs(typical) - expected) % loop;
        if (Math.min(whole, loop - whole) > tolerance + expected) jumps += 1;
        frames += 1;
      }
      previousFrame = { time, xs };
      if (applied < updates || frames < 30) requestAnimationFrame(sample);
      else
        resolve({
          updates: applied,
          frames,
          jumps,
          worstJumpPx: worstPx,
          measuredSpeed: speeds.sort((a, b) => a - b)[speeds.length >> 1],
        });
    };
    requestAnimationFrame(sample);
    const timer = setInterval(() => {
      applied += 1;
      // Daily moves as they come: up, down and flat by turns, up to 1.2 %, so signs, arrows
      // and digits change on every update.
      const moves = [0.004, -0.004, 0, 0.012, -0.012];
      const next = Object.fromEntries(
        Object.entries(rates).map(([code, rate], i) => [code, rate * (1 + moves[(applied + i) % moves.length])]),
      );
      window.strip.update(next, rates);
      if (applied >= updates) clearInterval(timer);
    }, 150);
  });
}

const gzipSize = async (path) => gzipSync(await readFile(join(ROOT, path)), { level: 9 }).length;

async function main() {
  const chromium = findChromium();
  if (!chromium) throw new Error('No Chromium found: run `npm test` once, or set CHROME_PATH.');
  await stat(join(ROOT, 'dist/fx-ticker.js')).catch(() => {
    throw new Error('dist/fx-ticker.js is missing: run `npm run build` first.');
  });
  if (process.argv.includes('prerender')) {
    await benchPrerender(chromium);
    return;
  }

  const extraFiles = new Map();
  const strips = [
    { name: 'hand-written CSS strip', page: '/bench/pages/css-strip.html', scriptGzip: 0 },
    { name: 'fx-ticker', page: '/bench/pages/ours.html', scriptGzip: await gzipSize('dist/fx-ticker.js') },
  ];
  const react = await buildReactFastMarquee();
  if (react) {
    extraFiles.set('/bench/react-fast-marquee.js', react.code);
    strips.push({ name: 'react-fast-marquee', page: '/bench/pages/react-fast-marquee.html', scriptGzip: react.gzip });
  }
  // Twenty strips on one page: the CSS strip and ours (react-fast-marquee's page mounts one).
  for (const strip of strips.slice(0, 2)) {
    strip.manyPage = strip.page.replace('.html', `-${MANY_STRIPS}.html`);
    extraFiles.set(strip.manyPage, await withStrips(strip.page, MANY_STRIPS));
  }

  const server = await serve(extraFiles);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  const results = [];
  try {
    // A first, discarded load warms the browser up, so no strip pays for its start.
    const warmUp = await browser.newPage();
    await warmUp.goto(`${origin}${strips[0].page}`, { waitUntil: 'load' });
    await warmUp.close();
    for (const strip of strips) {
      const result = await measure(browser, origin, strip);
      if (strip.manyPage) {
        const many = await measure(browser, origin, { ...strip, page: strip.manyPage }, { jumps: false });
        result.manyTaskMsPerSecond = many.taskMsPerSecond;
        result.manyLayoutsPerSecond = many.layoutsPerSecond;
        result.manyScriptMsPerSecond = many.scriptMsPerSecond;
      }
      results.push(result);
    }

    // Update time is noisy too: the median of several loads, the strips taking turns.
    const updateMs = strips.map(() => ({ one: [], many: [] }));
    const replayMs = [];
    for (let round = 0; round < UPDATE_ROUNDS; round++) {
      for (const [i, strip] of strips.entries()) {
        updateMs[i].one.push(await updateTaskMs(browser, origin, strip.page));
        if (strip.manyPage) updateMs[i].many.push(await updateTaskMs(browser, origin, strip.manyPage));
      }
      replayMs.push(await updateTaskMs(browser, origin, REPLAY_PAGE));
    }
    results.forEach((result, i) => {
      result.updateTaskMs = median(updateMs[i].one);
      if (updateMs[i].many.length) result.manyUpdateTaskMs = median(updateMs[i].many);
    });
    results[1].replayUpdateTaskMs = median(replayMs);
    results[1].replayRatios = replayMs.map((ms, round) => ms / updateMs[0].one[round]);

    // A returning visitor: a first visit stores the slow feed's answer (FEED_DELAY_MS); later
    // loads in the same profile paint from storage. A first-time visitor (a fresh profile
    // each load) waits for the feed: what counts is how long after its answer the items show.
    const returning = await browser.createBrowserContext();
    await firstItemOnce(returning, origin, '/bench/pages/ours-cached.html');
    const cachedPage = { page: '/bench/pages/ours-cached.html', context: returning };

    // First paint is noisy: the median of several fresh loads, the strips taking turns.
    const firstItems = strips.map(() => []);
    const returningMs = [];
    const afterFeedMs = [];
    for (let round = 0; round < FIRST_PAINT_ROUNDS; round++) {
      for (const [i, strip] of strips.entries()) firstItems[i].push(await firstItemOnce(browser, origin, strip.page));
      returningMs.push(await firstItemOnce(cachedPage.context, origin, cachedPage.page));
      const fresh = await browser.createBrowserContext();
      afterFeedMs.push(await firstItemOnce(fresh, origin, cachedPage.page, { afterFeed: true }));
      await fresh.close();
    }
    await returning.close();
    results.forEach((result, i) => (result.firstItemMs = median(firstItems[i])));
    results[1].returningFirstItemMs = median(returningMs);
    results[1].afterFeedMs = median(afterFeedMs);
  } finally {
    await browser.close();
    server.close();
  }
  report(results);
  if (process.env.BENCH_TACHOMETER !== '0') tachometer();
  await benchPrerender(chromium);
}

/** Tachometer's verdicts on the two time comparisons, or why they were skipped. */
function tachometer() {
  if (!linkChromedriver()) {
    console.log('\ntachometer skipped: no chromedriver (`apt-get install chromium-driver`, or CHROMEDRIVER_PATH).');
    return;
  }
  for (const config of ['tachometer-first-item.json', 'tachometer-update.json', 'tachometer-update-task.json']) {
    console.log(`\ntachometer, ${config}:`);
    try {
      execFileSync('npx', ['tach', '--config', join(ROOT, 'bench', config)], { stdio: 'inherit', cwd: ROOT });
    } catch (error) {
      console.log(`tachometer failed: ${error.message}`);
    }
  }
}

function report(results) {
  const ours = results.find((r) => r.name === 'fx-ticker');
  const others = results.filter((r) => r !== ours);
  const ratio = (value, base) =>
    value === undefined || base === undefined ? '' : base > 0 ? `${(value / base).toFixed(2)}×` : value > 0 ? '—' : '1.00×';
  const rows = [
    [`first item painted, data inline (ms, median of ${FIRST_PAINT_ROUNDS})`, 'firstItemMs', 1],
    [`first item painted, returning visitor (ms; feed takes ${FEED_DELAY_MS} ms)`, 'returningFirstItemMs', 1],
    ['first item painted after the feed answered, first visit (ms)', 'afterFeedMs', 1],
    ['script, gzip (bytes)', 'scriptGzip', 0],
    ['layouts / s (steady)', 'layoutsPerSecond', 2],
    ['style recalcs / s (steady)', 'styleRecalcsPerSecond', 2],
    ['script ms / s (steady)', 'scriptMsPerSecond', 2],
    ['task ms / s (steady)', 'taskMsPerSecond', 2],
    [`main-thread ms per rates update (median of ${UPDATE_ROUNDS})`, 'updateTaskMs', 2],
    [`${MANY_STRIPS} strips: layouts / s (steady)`, 'manyLayoutsPerSecond', 2],
    [`${MANY_STRIPS} strips: script ms / s (steady)`, 'manyScriptMsPerSecond', 2],
    [`${MANY_STRIPS} strips: task ms / s (steady)`, 'manyTaskMsPerSecond', 2],
    [`${MANY_STRIPS} strips: main-thread ms per rates update`, 'manyUpdateTaskMs', 2],
    [`jumps in ${UPDATES} updates`, 'jumps', 0],
    ['worst jump (px)', 'worstJumpPx', 2],
    ['measured speed (px/s, 40 set)', 'measuredSpeed', 1],
  ];
  console.log(`Steady state measured over ${STEADY_SECONDS} s per strip, 1280 px wide, headless Chromium.\n`);
  const header = ['', ...results.map((r) => r.name), ...others.map((r) => `fx-ticker ÷ ${r.name}`)];
  const lines = rows.map(([label, key, digits]) => [
    label,
    ...results.map((r) => r[key]?.toFixed(digits) ?? ''),
    ...others.map((r) => ratio(ours[key], r[key])),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => String(line[i]).length)));
  for (const line of [header, ...lines])
    console.log(
      line
        .map((cell, i) => String(cell).padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  const replayRatios = ours.replayRatios.map((r) => r.toFixed(2));
  console.log(
    `\nfx-ticker's markup with no script of its own (${REPLAY_PAGE}): ${ours.replayUpdateTaskMs.toFixed(2)} ms per rates update, ` +
      `${ratio(ours.replayUpdateTaskMs, others[0].updateTaskMs)} the ${others[0].name} (by round: ${replayRatios.join(', ')}); ` +
      `the element's own work per update is the rest: ${(ours.updateTaskMs - ours.replayUpdateTaskMs).toFixed(2)} ms.`,
  );
  if (process.env.BENCH_JSON) console.log(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
