import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { testBrowserCommand, testLaunchers } from './scripts/launchers.mjs';

const require = createRequire(import.meta.url);
const workerScript = require.resolve('msw/mockServiceWorker.js');

/** msw's worker must be served from the root so its scope covers every test page. */
const serveMockServiceWorker = {
  name: 'serve-msw-worker',
  async serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return { body: await readFile(workerScript, 'utf8'), type: 'js' };
    }
  },
};

/**
 * A real HTTP server for what msw cannot show (its answers never pass through the browser's
 * HTTP cache): `/http-cache/<name>/v2/rates` answers like Frankfurter does all day once the
 * first bank has posted: cacheable for a day, and one ETag (a revalidation gets a 304) while
 * the KGS rate changes on every request to that path (87.45, then 88.45, …).
 */
const cacheableRates = new Map();
const cacheableRatesServer = async (context, next) => {
  // `/http-cache/<name>/requests`: how many requests that path has answered, for tests that count them.
  const counted = /^\/http-cache\/([\w-]+)\/requests$/.exec(context.path);
  if (counted) {
    context.body = String(cacheableRates.get(counted[1]) ?? 0);
    return;
  }
  const match = /^\/http-cache\/([\w-]+)\/v2\/rates$/.exec(context.path);
  if (!match) return next();
  const count = (cacheableRates.get(match[1]) ?? 0) + 1;
  cacheableRates.set(match[1], count);
  context.set('Cache-Control', 'public, max-age=86400');
  context.set('ETag', '"2025-08-13"');
  if (context.get('If-None-Match') === '"2025-08-13"') {
    context.status = 304;
    return;
  }
  context.type = 'application/json';
  context.body = JSON.stringify([
    { date: '2025-08-12', base: 'USD', quote: 'KGS', rate: 87.43 },
    { date: '2025-08-13', base: 'USD', quote: 'KGS', rate: 86.45 + count },
  ]);
};

/**
 * `/test/prerender/<page>.html`: the page as `fx-ticker-feed --prerender` writes it, every
 * ticker prerendered by the built dist/prerender.js with test/prerender/rates.json, and the
 * script tag where `?script=` puts it: `none` (a reader without JavaScript), `defer` (in the
 * head, as the README embeds it, after a script that records what each frame shows), `head` (parser-blocking, in the head) or `end` (parser-blocking
 * after the tickers, followed by a script that records what they show while the page loads)
 * or `async` (in the head). `?csp=hash` adds a strict Content-Security-Policy allowing the
 * prerendered styles by their hash; `?csp=strict`, the same policy without it. `?hold=<token>`
 * sends the page up to the end of the first ticker's first item, and the rest only once
 * `/test/prerender/release?hold=<token>` is asked (or after 10 s): a slow network, paused
 * inside the declarative root.
 */
const SCRIPT_PLACES = {
  none: {},
  defer: { head: '<script src="/test/prerender/record-frames.js"></script><script src="/dist/fx-ticker.js" defer></script>' },
  head: { head: '<script src="/dist/fx-ticker.js"></script>' },
  end: { body: '<script src="/dist/fx-ticker.js"></script><script src="/test/prerender/record-while-loading.js"></script>' },
  // A URL of its own each time (see below): WebKit runs an async script it has cached only once the page has parsed.
  async: { head: '<script src="/dist/fx-ticker.js?load=once" async></script>' },
};
const heldPages = new Map();
const prerenderedPages = async (context, next) => {
  if (context.path === '/test/prerender/release') {
    heldPages.get(context.query.hold)?.();
    context.body = 'released';
    return;
  }
  const match = /^\/test\/prerender\/([\w-]+)\.html$/.exec(context.path);
  if (!match) return next();
  const { prerenderPage } = await import('./dist/prerender.js');
  const page = await readFile(new URL(`./test/prerender/${match[1]}.html`, import.meta.url), 'utf8');
  const rates = JSON.parse(await readFile(new URL('./test/prerender/rates.json', import.meta.url), 'utf8'));
  const prerendered = prerenderPage(page, { rates });
  const place = SCRIPT_PLACES[context.query.script ?? 'none'];
  const csp = context.query.csp;
  const policy =
    `default-src 'none'; script-src 'self'; style-src 'self'${csp === 'hash' ? ` ${prerendered.styleHash}` : ''}; ` +
    "require-trusted-types-for 'script'";
  const head = [
    csp ? `<meta http-equiv="Content-Security-Policy" content="${policy}" />` : '',
    csp ? '<script src="/test/csp/record-violations.js"></script>' : '',
    place.head ?? '',
  ].join('');
  const html = prerendered.html
    .replace('<!-- head -->', head.replace('load=once', `load=${Date.now()}`))
    .replace('<!-- body -->', place.body ?? '');
  context.type = 'html';
  const token = context.query.hold;
  if (!token) {
    context.body = html;
    return;
  }
  const cut = html.indexOf('</li>') + '</li>'.length;
  const body = new PassThrough();
  body.write(html.slice(0, cut));
  const release = () => {
    if (heldPages.get(token) !== release) return;
    heldPages.delete(token);
    body.end(html.slice(cut));
  };
  heldPages.set(token, release);
  setTimeout(release, 10_000).unref();
  context.body = body;
};

/**
 * React publishes CommonJS only, which a browser cannot import. React, react-dom/client and
 * react/jsx-runtime are bundled once into one ES module (one React, so hooks work), and each
 * specifier gets a small module re-exporting its names (read from the CommonJS exports).
 */
const REACT_ENTRIES = { react: 'react', 'react-dom/client': 'react-dom-client', 'react/jsx-runtime': 'react-jsx-runtime' };
const REACT_PREFIX = '/__react/';
let reactBundle;

async function reactModule(name) {
  if (name === 'bundle') {
    reactBundle ??= build({
      stdin: {
        contents: Object.entries(REACT_ENTRIES)
          .map(([specifier, id], index) => `import * as m${index} from '${specifier}'; export { m${index} as ${camel(id)} };`)
          .join('\n'),
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text);
    return reactBundle;
  }
  const specifier = Object.keys(REACT_ENTRIES).find((key) => REACT_ENTRIES[key] === name);
  if (!specifier) return undefined;
  const names = exportNames(specifier).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return [
    `import { ${camel(name)} as m } from '${REACT_PREFIX}bundle.js';`,
    'export default m.default ?? m;',
    `export const { ${names.join(', ')} } = m;`,
  ].join('\n');
}

/** The names a CommonJS module exports, read in a separate Node (React logs as it loads). */
function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

function camel(id) {
  return id.replace(/-(\w)/g, (_, char) => char.toUpperCase());
}

/**
 * The framework examples in demo/react and demo/vue, as the browser can load them: React
 * through the modules above; Vue as its browser build with the template compiler, which
 * the examples' templates need (an app built with Vite compiles them ahead of time instead).
 * A relative `.js` import of a `.tsx` file is served the `.tsx`, as TypeScript resolves it.
 */
const frameworkExamples = {
  name: 'framework-examples',
  resolveImport({ source, context }) {
    if (source in REACT_ENTRIES) return `${REACT_PREFIX}${REACT_ENTRIES[source]}.js`;
    if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
    if (source.startsWith('.') && source.endsWith('.js')) {
      const importer = path.join(process.cwd(), context.path);
      const tsx = source.slice(0, -3) + '.tsx';
      if (existsSync(path.resolve(path.dirname(importer), tsx))) return tsx;
    }
  },
  async serve(context) {
    if (!context.path.startsWith(REACT_PREFIX)) return undefined;
    const body = await reactModule(context.path.slice(REACT_PREFIX.length, -'.js'.length));
    return body === undefined ? undefined : { body, type: 'js' };
  },
};

/**
 * `executeServerCommand('emulate-time-zone', { timeZone })`: the page's time zone, as a
 * visitor's system setting gives it, through the DevTools protocol (the date tests run in zones
 * west and east of UTC). No argument restores the browser's own zone.
 */
const emulateTimeZone = {
  name: 'emulate-time-zone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-time-zone') return undefined;
    if (session.browser.type !== 'puppeteer') throw new Error(`emulate-time-zone: not supported by ${session.browser.name}`);
    await session.browser.getPage(session.id).emulateTimezone(payload?.timeZone);
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [cacheableRatesServer, prerenderedPages],
  plugins: [
    testBrowserCommand,
    serveMockServiceWorker,
    frameworkExamples,
    emulateTimeZone,
    // JSX follows tsconfig.json ("jsx": "react-jsx"): React's automatic runtime.
    esbuildPlugin({ ts: true, tsx: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname, target: 'es2022' }),
  ],
  // Chromium, Firefox and WebKit (TEST_BROWSERS picks some), one engine after another: on two
  // cores, engines side by side finish little sooner and starve each other's real-time waits.
  browsers: testLaunchers(),
  concurrentBrowsers: 1,
  // One page at a time: a page in a background tab is "hidden", which pauses rAF, the
  // motion and the polling that the tests observe.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
};
