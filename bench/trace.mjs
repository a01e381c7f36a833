// `node bench/trace.mjs`: where the time between navigation start and the first item on
// screen goes, from a Chromium performance trace of each benchmark page (data inline, no
// network). Main-thread self time is grouped into phases; user-timing measures, added by a
// probe that wraps the Intl constructors and the element's Lit update, split the script time
// into Intl start-up and Lit renders. Medians of TRACE_ROUNDS fresh browsers; asserts nothing.
// `node bench/trace.mjs /bench/pages/ours.html` traces one page.
// `node bench/trace.mjs --updates` breaks down the main-thread time of rate updates instead
// (one strip, and twenty on a page: `name-20.html`), with the style and layout passes forced;
// TRACE_PROFILE=1 adds the functions with the most self time (build unminified to read them).
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { serve } from './serve.mjs';

const ROUNDS = Number(process.env.TRACE_ROUNDS ?? 5);
const UPDATE_MODE = process.argv.includes('--updates');
const ARGS = process.argv.slice(2).filter((arg) => arg !== '--updates');
const PAGES = ARGS.length
  ? ARGS
  : UPDATE_MODE
    ? ['/bench/pages/css-strip.html', '/bench/pages/ours.html', '/bench/pages/css-strip-20.html', '/bench/pages/ours-20.html']
    : ['/bench/pages/css-strip.html', '/bench/pages/ours.html', '/bench/pages/ours-cached.html'];

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
];

/** Main-thread trace events by name, grouped into the phases the report shows. */
const PHASES = [
  ['HTML parse', /^(ParseHTML)$/],
  ['script compile', /compile|Compile|ParseScript|v8\.parseOnBackground/],
  [
    'script run',
    /^(RunTask|EvaluateScript|v8\.run|v8\.evaluateModule|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.callFunction)$/,
  ],
  ['garbage collection', /GC|Scavenge|MarkCompact/],
  ['style', /^(UpdateLayoutTree|ParseAuthorStyleSheet|RecalculateStyles|ScheduleStyleRecalculation)$/],
  ['layout', /^(Layout|UpdateLayout)$/],
  ['paint and composite', /^(PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|CompositeLayers|RasterTask)$/],
];

/**
 * Installed before any page script: user-timing measures around each Intl constructor and
 * around each Lit update of <fx-ticker>, so the trace can say which script time is which.
 */
function probe() {
  for (const name of ['NumberFormat', 'DisplayNames', 'DateTimeFormat', 'PluralRules']) {
    const Original = Intl[name];
    if (!Original) continue;
    const Wrapped = function (...args) {
      const start = performance.now();
      const made = new Original(...args);
      performance.measure(`Intl.${name}`, { start });
      return made;
    };
    Object.defineProperty(Wrapped, 'name', { value: name }); // the element caches formatters by it
    Wrapped.prototype = Original.prototype;
    Wrapped.supportedLocalesOf = Original.supportedLocalesOf;
    Intl[name] = Wrapped;
  }
  const define = customElements.define;
  customElements.define = function (tag, constructor, options) {
    if (tag === 'fx-ticker') {
      const { performUpdate } = constructor.prototype;
      let updates = 0;
      constructor.prototype.performUpdate = function () {
        const start = performance.now();
        const result = performUpdate.call(this);
        performance.measure(`Lit update ${++updates}`, { start });
        return result;
      };
      const { connectedCallback } = constructor.prototype;
      constructor.prototype.connectedCallback = function () {
        performance.mark('fx-ticker connected');
        return connectedCallback.call(this);
      };
    }
    return define.call(this, tag, constructor, options);
  };
  addEventListener('DOMContentLoaded', () => performance.mark('DOMContentLoaded'));
}

async function traceOnce(chromium, origin, path) {
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 200 });
    // A returning visitor's page stores its snapshot on a first visit; trace the second one.
    if (path.includes('cached')) {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.firstItemMs !== undefined, { timeout: 10_000 });
      await page.goto('about:blank');
    }
    await page.evaluateOnNewDocument(probe);
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.firstItemMs !== undefined, { timeout: 10_000 });
    const firstItemMs = await page.evaluate(() => window.firstItemMs);
    const measures = await page.evaluate(() =>
      performance.getEntriesByType('measure').map(({ name, startTime, duration }) => ({ name, startTime, duration })),
    );
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map(({ name, startTime }) => ({ name, startTime })),
    );
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    return { firstItemMs, measures, marks, phases: phasesOf(trace.traceEvents, firstItemMs, path) };
  } finally {
    await browser.close();
  }
}

/** Self time of the page's main-thread events from navigation start to the first item, by phase. */
function phasesOf(events, firstItemMs, path) {
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(path) && e.args.data.isLoadingMainFrame,
  );
  if (!navigation) throw new Error(`no navigationStart for ${path} in the trace`);
  const { pid, tid } = navigation;
  return selfTimeByPhase(events, pid, tid, navigation.ts, navigation.ts + firstItemMs * 1000).phases;
}

/**
 * Main-thread self time between `start` and `end` (trace µs) by phase, in ms, and how many
 * style and layout passes ran inside script (forced by a read) rather than in a frame.
 */
function selfTimeByPhase(events, pid, tid, start, end) {
  // Complete events, and begin/end pairs turned into complete ones.
  const open = [];
  const spans = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0 });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, ts: begin.ts, dur: e.ts - begin.ts });
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: a span's time, clipped to the window, minus its children's.
  const self = new Map();
  const stack = [];
  const forced = { style: 0, layout: 0 };
  const clip = (span) => Math.max(0, Math.min(end, span.ts + span.dur) - Math.max(start, span.ts));
  for (const span of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= span.ts) stack.pop();
    const time = clip(span);
    const phase = PHASES.find(([, pattern]) => pattern.test(span.name))?.[0];
    if (stack.length) {
      const parent = stack.at(-1);
      if (parent.phase) self.set(parent.phase, (self.get(parent.phase) ?? 0) - time);
    }
    if (time > 0 && (phase === 'style' || phase === 'layout') && /^(UpdateLayoutTree|Layout)$/.test(span.name)) {
      if (
        stack.some((s) =>
          /^(FunctionCall|v8\.callFunction|RunMicrotasks|EvaluateScript|v8\.run|TimerFire|EventDispatch)$/.test(s.name),
        )
      )
        forced[phase] += 1;
    }
    if (process.env.TRACE_DEBUG && stack.length < 4 && time > 1000)
      console.error(
        `${'  '.repeat(stack.length)}${((span.ts - start) / 1000).toFixed(1)} ms: ${span.name} ${(time / 1000).toFixed(1)} ms`,
      );
    span.phase = phase ?? stack.at(-1)?.phase;
    if (span.phase) self.set(span.phase, (self.get(span.phase) ?? 0) + time);
    else self.set('other main-thread work', (self.get('other main-thread work') ?? 0) + time);
    stack.push(span);
  }
  const busy = [...self.values()].reduce((a, b) => a + b, 0);
  self.set('idle (waiting: network, frames)', end - start - busy);
  return { phases: Object.fromEntries([...self].map(([name, us]) => [name, us / 1000])), forced };
}

const UPDATES = 40;

/**
 * `--updates`: one trace of UPDATES rate updates, one per frame (the page's own `?updates`
 * pacing), and the main-thread self time per update by phase, with the style and layout
 * passes that script forced.
 */
async function traceUpdates(chromium, origin, path) {
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 200 });
    await page.evaluateOnNewDocument(probe);
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.firstItemMs !== undefined, { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // past start-up work
    await page.tracing.start({ categories: CATEGORIES });
    // TRACE_PROFILE=1: a sampling CPU profile of the same updates, for self time by function.
    const cdp = process.env.TRACE_PROFILE && (await page.createCDPSession());
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    const window_ = await page.evaluate(async (updates) => {
      const { ratesAfter, RATES } = await import('./common.js');
      performance.clearMeasures();
      const start = performance.timeOrigin + performance.now();
      for (let i = 1; i <= updates; i++) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        await window.strip.update(ratesAfter(i), RATES);
      }
      // The last update's frame.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const renders = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('Lit update'));
      return {
        start,
        end: performance.timeOrigin + performance.now(),
        renders: renders.length,
        renderMs: renders.reduce((a, m) => a + m.duration, 0),
      };
    }, UPDATES);
    const functions = cdp ? selfTimeByFunction((await cdp.send('Profiler.stop')).profile) : new Map();
    const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    // The page's main thread: the renderer main thread that ran the most.
    const mains = new Set(
      traceEvents.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    const busy = new Map();
    let first = Infinity;
    let last = 0;
    for (const e of traceEvents) {
      const thread = `${e.pid}:${e.tid}`;
      if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(thread)) continue;
      busy.set(thread, (busy.get(thread) ?? 0) + e.dur);
    }
    const [main] = [...busy].sort((a, b) => b[1] - a[1])[0];
    const [pid, tid] = main.split(':').map(Number);
    for (const e of traceEvents) {
      if (e.pid !== pid || e.tid !== tid || !e.ts) continue;
      first = Math.min(first, e.ts);
      last = Math.max(last, e.ts + (e.dur ?? 0));
    }
    const { phases, forced } = selfTimeByPhase(traceEvents, pid, tid, first, last);
    delete phases['idle (waiting: network, frames)'];
    return { phases, forced, renders: window_.renders, renderMs: window_.renderMs, functions };
  } finally {
    await browser.close();
  }
}

/** Self time in ms by function (name, file and line; native DOM calls by name) in a CPU profile. */
function selfTimeByFunction(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const name = `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  for (const name of ['(idle)', '(program)', '(root)']) self.delete(name);
  return self;
}

async function mainUpdates(chromium, origin, pages) {
  for (const path of pages) {
    const runs = [];
    for (let i = 0; i < ROUNDS; i++) runs.push(await traceUpdates(chromium, origin, path));
    const rows = new Map();
    const add = (label, value) => rows.set(label, [...(rows.get(label) ?? []), value]);
    for (const run of runs) {
      let total = 0;
      for (const [phase, ms] of Object.entries(run.phases)) {
        add(`  ${phase}`, ms / UPDATES);
        total += ms / UPDATES;
      }
      add('main-thread ms per update', total);
      add('  style passes forced by script, per update', run.forced.style / UPDATES);
      add('  layouts forced by script, per update', run.forced.layout / UPDATES);
      for (const [name, ms] of [...run.functions].sort((a, b) => b[1] - a[1]).slice(0, 12))
        add(`  self ms per update: ${name}`.slice(0, 58), ms / UPDATES);
      if (run.renders) {
        add('  Lit renders per update', run.renders / UPDATES);
        add('  Lit update ms per update (script of the render)', run.renderMs / UPDATES);
      }
    }
    console.log(`\n${path}: ${UPDATES} updates, one per frame (median of ${ROUNDS} traces; main-thread self time)`);
    for (const [label, values] of [...rows].sort(([a], [b]) => (a.startsWith(' ') ? 1 : 0) - (b.startsWith(' ') ? 1 : 0))) {
      console.log(`${label.padEnd(58)} ${median(values).toFixed(2)}`);
    }
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function main() {
  const chromium = findChromium();
  if (!chromium) throw new Error('No Chromium found: set CHROME_PATH.');
  // TRACE_SCRIPT=path traces another build of the script tag (e.g. the one before a change).
  const script = process.env.TRACE_SCRIPT;
  const files = new Map(script ? [['/dist/fx-ticker.js', await readFile(script)]] : []);
  // `name-20.html`: the page `name.html` with its strip twenty times, as `npm run bench` makes it.
  for (const path of PAGES.filter((page) => page.endsWith('-20.html'))) {
    const html = await readFile(new URL(`..${path.replace('-20.html', '.html')}`, import.meta.url), 'utf8');
    files.set(
      path,
      html.replace(/<!-- strip -->([\s\S]*?)<!-- \/strip -->/, (_, strip) => strip.repeat(20)),
    );
  }
  const server = await serve(files);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    if (UPDATE_MODE) return await mainUpdates(chromium, origin, PAGES);
    for (const path of PAGES) {
      const runs = [];
      for (let i = 0; i < ROUNDS; i++) runs.push(await traceOnce(chromium, origin, path));
      const rows = new Map();
      const add = (label, value) => rows.set(label, [...(rows.get(label) ?? []), value]);
      for (const run of runs) {
        add('first item painted (ms from navigation start)', run.firstItemMs);
        for (const [phase, ms] of Object.entries(run.phases)) add(`  ${phase}`, ms);
        const sums = new Map();
        for (const m of run.measures) {
          const name = m.name.startsWith('Intl.') ? `${m.name} (all)` : m.name;
          sums.set(name, (sums.get(name) ?? 0) + m.duration);
        }
        const firstIntl = run.measures.find((m) => m.name.startsWith('Intl.'));
        if (firstIntl) add(`  first Intl constructor (${firstIntl.name}), ms`, firstIntl.duration);
        for (const [name, ms] of sums) add(`  ${name}, ms`, ms);
        for (const m of run.marks) add(`  at ${m.name}, ms`, m.startTime);
        for (const m of run.measures.filter((m) => m.name.startsWith('Lit update')))
          add(`  ${m.name} starts at, ms`, m.startTime);
      }
      console.log(`\n${path} (median of ${ROUNDS} traces; phases are main-thread self time up to the first item)`);
      for (const [label, values] of rows) {
        const shown =
          values.length === ROUNDS
            ? median(values).toFixed(1)
            : `${median(values).toFixed(1)} (in ${values.length} of ${ROUNDS})`;
        console.log(`${label.padEnd(58)} ${shown}`);
      }
    }
  } finally {
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
