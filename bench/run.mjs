// `npm run bench`: what a strip costs a page, ours against a hand-written CSS-keyframes strip
// (the floor any marquee can reach) and react-fast-marquee, measured in one run on this
// machine in headless Chromium. Prints figures and ratios; asserts nothing.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { buildReactFastMarquee } from './react-fast-marquee.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const STEADY_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const UPDATES = 20;
const FIRST_PAINT_ROUNDS = 7;
const JUMP_TOLERANCE_PX = 2;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

function serve(extraFiles) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const body = extraFiles.get(path) ?? (await readFile(join(ROOT, path)).catch(() => undefined));
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Time to the first item on screen in a fresh page; one load, for `firstItemMs` rounds. */
async function firstItemOnce(browser, origin, strip) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 200 });
  await page.goto(`${origin}${strip.page}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.firstItemMs !== undefined, { timeout: 10_000 });
  const ms = await page.evaluate(() => window.firstItemMs);
  await page.close();
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));

async function measure(browser, origin, strip) {
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

  const jumps = await page.evaluate(countJumps, UPDATES, JUMP_TOLERANCE_PX);
  await page.close();
  return {
    name: strip.name,
    scriptGzip: strip.scriptGzip,
    layoutsPerSecond: perSecond('LayoutCount'),
    styleRecalcsPerSecond: perSecond('RecalcStyleCount'),
    scriptMsPerSecond: perSecond('ScriptDuration') * 1000,
    taskMsPerSecond: perSecond('TaskDuration') * 1000,
    ...jumps,
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
        const loop = Math.abs(items.at(-1).getBoundingClientRect().right - items[0].getBoundingClientRect().left) / (xs.length / 5);
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
      else resolve({ updates: applied, frames, jumps, worstJumpPx: worstPx, measuredSpeed: speeds.sort((a, b) => a - b)[speeds.length >> 1] });
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

  const server = await serve(extraFiles);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  const results = [];
  try {
    // A first, discarded load warms the browser up, so no strip pays for its start.
    const warmUp = await browser.newPage();
    await warmUp.goto(`${origin}${strips[0].page}`, { waitUntil: 'load' });
    await warmUp.close();
    for (const strip of strips) results.push(await measure(browser, origin, strip));
    // First paint is noisy: the median of several fresh loads, the strips taking turns.
    const firstItems = strips.map(() => []);
    for (let round = 0; round < FIRST_PAINT_ROUNDS; round++) {
      for (const [i, strip] of strips.entries()) firstItems[i].push(await firstItemOnce(browser, origin, strip));
    }
    results.forEach((result, i) => (result.firstItemMs = median(firstItems[i])));
  } finally {
    await browser.close();
    server.close();
  }
  report(results);
}

function report(results) {
  const ours = results.find((r) => r.name === 'fx-ticker');
  const others = results.filter((r) => r !== ours);
  const ratio = (value, base) => (base > 0 ? `${(value / base).toFixed(2)}×` : value > 0 ? '—' : '1.00×');
  const rows = [
    [`first item painted (ms, median of ${FIRST_PAINT_ROUNDS})`, 'firstItemMs', 1],
    ['script, gzip (bytes)', 'scriptGzip', 0],
    ['layouts / s (steady)', 'layoutsPerSecond', 2],
    ['style recalcs / s (steady)', 'styleRecalcsPerSecond', 2],
    ['script ms / s (steady)', 'scriptMsPerSecond', 2],
    ['task ms / s (steady)', 'taskMsPerSecond', 2],
    [`jumps in ${UPDATES} updates`, 'jumps', 0],
    ['worst jump (px)', 'worstJumpPx', 2],
    ['measured speed (px/s, 40 set)', 'measuredSpeed', 1],
  ];
  console.log(`Steady state measured over ${STEADY_SECONDS} s per strip, 1280 px wide, headless Chromium.\n`);
  const header = ['', ...results.map((r) => r.name), ...others.map((r) => `fx-ticker ÷ ${r.name}`)];
  const lines = rows.map(([label, key, digits]) => [
    label,
    ...results.map((r) => r[key].toFixed(digits)),
    ...others.map((r) => ratio(ours[key], r[key])),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => String(line[i]).length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd());
  if (process.env.BENCH_JSON) console.log(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
