// Rates at HTML time: fx-ticker/prerender.js (HTML in, HTML out) and `fx-ticker-feed --prerender`
// on real files, against a local copy of Frankfurter. Needs the build (dist/prerender.js), which
// `npm test` makes first: alone, run `node scripts/build.mjs --scripts`, then `node --test test/node/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const BIN = fileURLToPath(new URL('../../bin/fx-ticker-feed.js', import.meta.url));
const PRERENDER = fileURLToPath(new URL('../../dist/prerender.js', import.meta.url));
const FIXTURES = new URL('../fixtures/', import.meta.url);

assert.ok(existsSync(PRERENDER), `${PRERENDER} is missing: run \`node scripts/build.mjs --scripts\` first`);
const { loadRatesFor, prerender, prerenderPage } = await import(PRERENDER);

const RATES = {
  base: 'USD',
  asOf: '2025-08-13',
  rates: { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 },
  previous: { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 },
  history: {
    KZT: [
      ['2025-08-12', 519.5],
      ['2025-08-13', 520.1],
    ],
  },
};
const LATER = { ...RATES, asOf: '2025-08-14', rates: { ...RATES.rates, KZT: 530 }, previous: RATES.rates };

/** What a run inserts into each ticker: its declarative root, then (unless the page gave its own) its inline JSON. */
const INSERTED =
  /<template shadowrootmode="open">[\s\S]*?<\/template>(<script type="application\/json" data-prerendered>[^<]*<\/script>)?/g;
const withoutPrerender = (html) => html.replace(INSERTED, '');
const shadowsOf = (html) => [...html.matchAll(/<template shadowrootmode="open">([\s\S]*?)<\/template>/g)].map((m) => m[1]);
const jsonsOf = (html) =>
  [...html.matchAll(/<script type="application\/json" data-prerendered>([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));
/** The visible text of a shadow root's parts, in order. */
const partTexts = (shadow, part) => [...shadow.matchAll(new RegExp(`part="${part}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]);

const RUSSIAN_PAGE = `<!DOCTYPE html>\r
<html lang="ru">\r
<head><meta charset="utf-8"><title>Курсы</title></head>\r
<body>\r
<!-- <fx-ticker> in a comment is not an element -->\r
<p title="<fx-ticker></fx-ticker>">Курсы валют — Центральная Азия</p>\r
<fx-ticker symbols="KGS KZT" trend href="/markets/{symbol}-{base}"><a href="/rates">Все курсы</a></fx-ticker>\r
<script>document.title += '<fx-ticker>';</script>\r
<fx-ticker symbols="UZS TJS" inverse digits="3" theme="dark" speed="0" label="Курсы ЦБ"></fx-ticker>\r
</body>\r
</html>\r
`;

describe('prerenderPage (fx-ticker/prerender.js)', () => {
  it('draws each ticker of a Russian page with its own attributes and keeps every other byte', () => {
    const { html, tickers, warnings, styleHash } = prerenderPage(RUSSIAN_PAGE, { rates: RATES });
    assert.equal(tickers, 2);
    assert.deepEqual(warnings, []);
    assert.equal(withoutPrerender(html), RUSSIAN_PAGE);

    const [moving, fixed] = shadowsOf(html);
    assert.deepEqual(partTexts(moving, 'pair'), ['KGS/USD', 'KZT/USD']);
    assert.deepEqual(partTexts(moving, 'rate'), ['0,01144', '0,001923']);
    assert.deepEqual(partTexts(moving, 'change down'), ['−0,12\u00a0%']);
    assert.match(moving, /<ul role="list" aria-label="Курсы валют">/);
    assert.match(moving, /<a part="link" href="\/markets\/KZT-USD">/);
    assert.match(moving, /<svg part="trend" class="down"/);
    assert.match(moving, /<button part="control" aria-label="Остановить курсы валют"/);
    assert.match(moving, /<span class="as-of">на 13 авг\. 2025 г\.<\/span>/);

    assert.deepEqual(partTexts(fixed, 'pair'), ['USD/UZS', 'USD/TJS']);
    assert.deepEqual(partTexts(fixed, 'rate'), ['12\u00a0500', '10,0']);
    assert.match(fixed, /<div class="ticker dark static">/);
    assert.match(fixed, /<div class="viewport" role="region" tabindex="0" aria-label="Курсы ЦБ">/);
    assert.doesNotMatch(fixed, /part="control"/, 'a static strip has no pause button');

    // The inline JSON: what each ticker was drawn with, its symbols only, history only with `trend`.
    const [movingJson, fixedJson] = jsonsOf(html);
    assert.deepEqual(movingJson.rates, { KGS: 87.45, KZT: 520.1 });
    assert.deepEqual(Object.keys(movingJson.history), ['KZT']);
    assert.deepEqual(fixedJson, {
      base: 'USD',
      rates: { UZS: 12500, TJS: 10.02 },
      asOf: '2025-08-13',
      previous: { UZS: 12510, TJS: 10.02 },
    });

    // One stylesheet for every ticker, allowed under CSP by its hash.
    const css = moving.slice(moving.indexOf('<style>') + 7, moving.indexOf('</style>'));
    assert.equal(styleHash, `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    assert.match(css, /:host\(:not\(:defined\)\) \[part=control\]\{visibility:hidden\}/);
    assert.doesNotMatch(html, /lit-part|lit-node|<\?>/, 'no hydration markers');
  });

  it('replaces what an earlier run wrote, and a second run with the same rates changes nothing', () => {
    const first = prerenderPage(RUSSIAN_PAGE, { rates: RATES }).html;
    assert.equal(prerenderPage(first, { rates: RATES }).html, first);
    const later = prerenderPage(first, { rates: LATER }).html;
    assert.equal(withoutPrerender(later), RUSSIAN_PAGE);
    assert.equal(shadowsOf(later).length, 2);
    assert.deepEqual(jsonsOf(later)[0].rates, { KGS: 87.45, KZT: 530 });
    assert.deepEqual(partTexts(shadowsOf(later)[0], 'rate'), ['0,01144', '0,001887']);
  });

  it('writes the history into the inline JSON of a ticker with trend only', () => {
    const page = '<html lang="en"><fx-ticker symbols="KZT" trend></fx-ticker><fx-ticker symbols="KZT"></fx-ticker></html>';
    const [withTrend, without] = jsonsOf(prerenderPage(page, { rates: RATES }).html);
    assert.deepEqual(withTrend.history, RATES.history);
    assert.equal('history' in without, false);
  });

  it('takes the nearest lang, the element’s own first, and warns when there is none', () => {
    const page = '<div lang="kk"><fx-ticker symbols="KZT"></fx-ticker><fx-ticker symbols="KZT" lang="en"></fx-ticker></div>';
    const [kazakh, english] = shadowsOf(prerenderPage(page, { rates: RATES }).html);
    assert.match(kazakh, /aria-label="Валюта бағамдары"/);
    assert.deepEqual(partTexts(kazakh, 'rate'), ['0,001923']);
    assert.match(english, /aria-label="Exchange rates"/);
    const bare = prerenderPage('<fx-ticker symbols="KZT"></fx-ticker>', { rates: RATES });
    assert.match(bare.warnings[0], /no lang on the page and no locale: drawn in English/);
    assert.deepEqual(prerenderPage('<fx-ticker locale="ru" symbols="KZT"></fx-ticker>', { rates: RATES }).warnings, []);
  });

  it('passes on the element’s own warnings about attributes it cannot use, and draws with the defaults', () => {
    const { html, warnings } = prerenderPage('<html lang="en"><fx-ticker symbols="KZT" digits="many"></fx-ticker></html>', {
      rates: RATES,
    });
    assert.deepEqual(warnings, ['<fx-ticker> 1 (line 1): invalid digits="many"; using 4.']);
    assert.deepEqual(partTexts(shadowsOf(html)[0], 'rate'), ['0.001923']);
  });

  it('draws a source="none" ticker from the inline JSON its page gave it, and keeps that JSON as it is', () => {
    const own = '<script type="application/json">{"base":"USD","rates":{"KZT":500}}</script>';
    const page = `<html lang="en"><fx-ticker source="none" symbols="KZT">${own}</fx-ticker></html>`;
    const { html } = prerenderPage(page, { rates: RATES });
    assert.equal(withoutPrerender(html), page);
    assert.deepEqual(jsonsOf(html), [], 'no JSON of the run beside the page’s own');
    assert.deepEqual(partTexts(shadowsOf(html)[0], 'rate'), ['0.002000']);
    assert.equal(prerenderPage(html, { rates: LATER }).html, html);
  });

  it('puts its JSON before inline JSON of the page’s own for a ticker with a source, keeping both', () => {
    const own = '<script type="application/json">{"base":"USD","rates":{"KZT":500}}</script>';
    const page = `<html lang="en"><fx-ticker symbols="KZT">${own}</fx-ticker></html>`;
    const { html } = prerenderPage(page, { rates: RATES });
    assert.equal(withoutPrerender(html), page);
    // The element reads its first JSON child: the run's.
    assert.ok(html.indexOf('data-prerendered') < html.indexOf(own));
    assert.deepEqual(partTexts(shadowsOf(html)[0], 'rate'), ['0.001923']);
  });

  it('writes every text from the page or the rates as text, never as markup', () => {
    const hostile = { ...RATES, source: '</script><script>alert(1)</script>' };
    const page = '<html lang="en"><fx-ticker symbols="KZT" label="&lt;img src=x onerror=alert(1)&gt;"></fx-ticker></html>';
    const { html } = prerenderPage(page, { rates: hostile });
    assert.equal(withoutPrerender(html), page);
    assert.doesNotMatch(html, /<img|<\/script><script>alert/);
    assert.match(html, /aria-label="&lt;img src=x onerror=alert\(1\)&gt;"/);
    assert.equal(jsonsOf(html)[0].source, '</script><script>alert(1)</script>');
  });

  it('leaves a ticker without its end tag as it was, with a warning, and every byte of a truncated page', () => {
    const unclosed = '<html lang="en"><body><fx-ticker symbols="KZT"><p>The rest of the page</p></body></html>';
    const result = prerenderPage(unclosed, { rates: RATES });
    assert.equal(result.html, unclosed);
    assert.equal(result.tickers, 0);
    assert.match(result.warnings[0], /has no <\/fx-ticker>: left as it was/);
    for (const truncated of [
      '<fx-ticker symbols="KZT"',
      '<fx-ticker symbols="KZT"></fx-tick',
      '<fx-ticker><template shadowrootmode="open"><p>',
    ]) {
      assert.equal(prerenderPage(truncated, { rates: RATES }).html, truncated);
    }
  });

  it('finds only <fx-ticker> elements of the page: not in comments, attributes, scripts, textareas, templates, SVG or another ticker', () => {
    const page =
      '<html lang="en"><!-- <fx-ticker></fx-ticker> --><p data-x="<fx-ticker></fx-ticker>"></p>' +
      "<script>'<fx-ticker></fx-ticker>'</script><textarea><fx-ticker></fx-ticker></textarea>" +
      '<template><fx-ticker></fx-ticker></template><svg><fx-ticker></fx-ticker></svg>' +
      '<select><fx-ticker></fx-ticker></select>' +
      '<fx-ticker symbols="KZT"><fx-ticker symbols="KGS"></fx-ticker></fx-ticker></html>';
    const { html, tickers } = prerenderPage(page, { rates: RATES });
    assert.equal(tickers, 1);
    assert.equal(withoutPrerender(html), page);
    assert.deepEqual(partTexts(shadowsOf(html)[0], 'pair'), ['KZT/USD']);
  });

  it('names the ticker that has nothing to show, and warns of a symbol without a rate', () => {
    assert.throws(() => prerenderPage('<p>x</p>\n<fx-ticker symbols="EUR"></fx-ticker>', { rates: RATES }), {
      name: 'RatesFormatError',
      message: /^<fx-ticker> 1 \(line 2\): feed: no usable rate for EUR against USD$/,
    });
    assert.throws(() => prerenderPage('<fx-ticker></fx-ticker>', {}), /no rates given to draw it with/);
    assert.throws(
      () => prerenderPage('<fx-ticker></fx-ticker>', { rates: { base: 'USD', rates: 'none' } }),
      /"rates" must be an object/,
    );
    const partial = prerenderPage('<fx-ticker lang="en" symbols="KZT EUR"></fx-ticker>', { rates: RATES });
    assert.deepEqual(partial.warnings, ['<fx-ticker> 1 (line 1): no rate for EUR; not shown']);
  });

  it('crosses the rates into a ticker’s own base, and draws official tickers from the official rates', () => {
    const page =
      '<html lang="en"><fx-ticker symbols="KZT" base="KGS"></fx-ticker><fx-ticker symbols="KZT" official></fx-ticker></html>';
    const official = { ...RATES, rates: { ...RATES.rates, KZT: 478.77 }, official: { KZT: 'NBK' } };
    const { html } = prerenderPage(page, { rates: RATES, official });
    const [crossed, banks] = shadowsOf(html);
    assert.deepEqual(partTexts(crossed, 'pair'), ['KZT/KGS']);
    assert.deepEqual(partTexts(crossed, 'rate'), ['0.1681']); // 87.45 / 520.1
    assert.deepEqual(partTexts(banks, 'rate'), ['0.002089']); // 1 / 478.77
    assert.match(banks, /title="National Bank of Kazakhstan"/);
    assert.deepEqual(jsonsOf(html)[1].official, { KZT: 'NBK' });
  });

  it('never loses a byte outside the tickers, and a second run never changes the first’s output, whatever the markup', () => {
    const pieces = [
      '<fx-ticker>',
      '<fx-ticker symbols="KZT">',
      '<FX-TICKER speed=0>',
      '</fx-ticker>',
      '<p>',
      '</p>',
      '<table>',
      '<td>',
      '</table>',
      '<!--',
      '-->',
      '<script type="application/json">{"base":"USD","rates":{"KZT":500}}',
      '</script>',
      '<template>',
      '</template>',
      '<textarea>',
      '"',
      "'",
      '<',
      '>',
      '&amp;',
      'Курс ',
      '\r\n',
      '\uFEFF',
    ];
    const markup = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(markup, (page) => {
        let first;
        try {
          first = prerenderPage(page, { rates: RATES }).html;
        } catch (error) {
          // A ticker with nothing to show fails the whole page, which is then not written.
          assert.equal(error.name, 'RatesFormatError');
          return;
        }
        assert.equal(withoutPrerender(first), page);
        assert.equal(prerenderPage(first, { rates: RATES }).html, first);
      }),
      { numRuns: 400 },
    );
  });
});

describe('fx-ticker-feed --prerender', () => {
  const requests = [];
  let server;
  let origin;
  let dir;
  let answer;

  /** Runs the command; resolves with its exit code and output whatever the code. */
  const NOBODY = { uid: 65534, gid: 65534 };

  function run(args, options = {}) {
    return new Promise((resolve) => {
      execFile(process.execPath, [BIN, ...args], { timeout: 30_000, ...options }, (error, stdout, stderr) => {
        resolve({ code: error ? error.code : 0, stdout, stderr });
      });
    });
  }

  before(async () => {
    const blend = await readFile(new URL('frankfurter-v2-usd-2025-08-13.json', FIXTURES), 'utf8');
    server = createServer((request, response) => {
      requests.push(request.url);
      const [status, body] = answer ?? [200, blend];
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    requests.length = 0;
    answer = undefined;
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = await mkdtemp(join(tmpdir(), 'fx-ticker-prerender-'));
  });

  const source = () => ['--source', `${origin}/v2/rates`];
  const write = async (name, text) => {
    const file = join(dir, name);
    await writeFile(file, text);
    return file;
  };

  it('prerenders the tickers of every page with one request, and prints the CSP hash', async () => {
    const ru = await write('ru.html', RUSSIAN_PAGE);
    const en = await write('en.html', '<!doctype html><html lang="en"><body><fx-ticker symbols="TMT"></fx-ticker></body></html>');
    const plain = await write('plain.html', '<p>No ticker here.</p>\n');
    const result = await run([...source(), '--prerender', ru, en, plain]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(requests.length, 1);
    const query = new URL(requests[0], origin).searchParams;
    assert.equal(query.get('base'), 'USD');
    assert.deepEqual(query.get('quotes').split(',').sort(), ['KGS', 'KZT', 'TJS', 'TMT', 'UZS']);
    assert.match(result.stdout, new RegExp(`prerendered 2 tickers in ${ru}`));
    assert.match(result.stdout, new RegExp(`prerendered 1 ticker in ${en}`));
    assert.match(result.stdout, /the prerendered styles need style-src 'sha256-[\w+/]+=*'/);
    assert.match(result.stderr, new RegExp(`note: ${plain} has no <fx-ticker> to prerender; left alone`));

    const written = await readFile(ru, 'utf8');
    assert.equal(withoutPrerender(written), RUSSIAN_PAGE);
    const [moving] = shadowsOf(written);
    // Frankfurter's answer of 13 August 2025: KGS 87.43, KZT 539.85.
    assert.deepEqual(partTexts(moving, 'pair'), ['KGS/USD', 'KZT/USD']);
    assert.match(moving, /aria-label="Курсы валют"/);
    assert.equal(await readFile(plain, 'utf8'), '<p>No ticker here.</p>\n');
    assert.deepEqual((await readdir(dir)).sort(), ['en.html', 'plain.html', 'ru.html'], 'no temporary file left');
  });

  it('leaves a page it already prerendered with the same rates untouched, and keeps a page’s permissions', async () => {
    const page = await write('index.html', RUSSIAN_PAGE);
    await chmod(page, 0o640);
    assert.equal((await run([...source(), '--prerender', page])).code, 0);
    const first = await readFile(page, 'utf8');
    const { mtimeMs, mode } = await stat(page);
    assert.equal(mode & 0o777, 0o640);
    const again = await run([...source(), '--prerender', page]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /2 tickers already as prerendered; left alone/);
    assert.equal(await readFile(page, 'utf8'), first);
    assert.equal((await stat(page)).mtimeMs, mtimeMs);
  });

  it('changes no page when the source fails', async () => {
    const page = await write('index.html', RUSSIAN_PAGE);
    answer = [503, '{"message":"unavailable"}'];
    const result = await run([...source(), '--prerender', page]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /HTTP 503.*nothing was written/);
    assert.equal(await readFile(page, 'utf8'), RUSSIAN_PAGE);
  });

  it('changes no page when one of them cannot be written', async (t) => {
    const writable = await write('a.html', RUSSIAN_PAGE);
    const locked = join(dir, 'locked');
    await run(['--version']); // warm
    const { mkdir } = await import('node:fs/promises');
    await mkdir(locked);
    const unwritable = join(locked, 'b.html');
    await writeFile(unwritable, RUSSIAN_PAGE);
    await chmod(unwritable, 0o444);
    await chmod(locked, 0o555);
    // Root may write anywhere: then the command runs as nobody, to whom the pages are read-only,
    // which needs a checkout nobody can read (not one inside a private folder such as mktemp's).
    const asRoot = process.getuid?.() === 0;
    if (asRoot && (await run(['--version'], NOBODY)).code !== 0) {
      t.skip(`nobody cannot run ${BIN} here (a private folder above it), and root writes any file`);
      return;
    }
    if (asRoot) {
      await chmod(dir, 0o777);
      await chmod(writable, 0o666);
    }
    t.after(() => chmod(locked, 0o755));
    const result = await run([...source(), '--prerender', writable, unwritable], asRoot ? NOBODY : {});
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stderr, /b\.html cannot be written \(EACCES\); nothing was written/);
    assert.equal(await readFile(writable, 'utf8'), RUSSIAN_PAGE);
    assert.equal(await readFile(unwritable, 'utf8'), RUSSIAN_PAGE);
    assert.deepEqual((await readdir(dir)).sort(), ['a.html', 'locked'], 'no temporary file left');
  });

  it('changes no page when one is not UTF-8, declares another charset, or is missing', async () => {
    const good = await write('good.html', RUSSIAN_PAGE);
    const cp1251 = join(dir, 'cp1251.html');
    await writeFile(cp1251, Buffer.from([0x3c, 0x70, 0x3e, 0xca, 0xf3, 0xf0, 0xf1, 0x3c, 0x2f, 0x70, 0x3e])); // <p>Курс</p> in windows-1251
    const declared = await write('declared.html', '<meta charset="windows-1251"><fx-ticker></fx-ticker>');
    for (const [page, message] of [
      [cp1251, /cp1251\.html is not UTF-8 text/],
      [declared, /declared\.html declares the charset windows-1251/],
      [join(dir, 'missing.html'), /missing\.html cannot be read \(ENOENT\)/],
    ]) {
      const result = await run([...source(), '--prerender', good, page]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, message);
      assert.equal(requests.length, 0, 'nothing fetched for pages that cannot be prerendered');
    }
    assert.equal(await readFile(good, 'utf8'), RUSSIAN_PAGE);
  });

  it('changes no page when a ticker has nothing to show, and says which', async () => {
    const good = await write('good.html', RUSSIAN_PAGE);
    const bad = await write(
      'bad.html',
      '<html lang="en"><fx-ticker source="none"><script type="application/json">{</script></fx-ticker></html>',
    );
    const result = await run([...source(), '--prerender', good, bad]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /bad\.html: <fx-ticker> 1 \(line 1\): its inline JSON cannot be shown/);
    assert.equal(await readFile(good, 'utf8'), RUSSIAN_PAGE);
  });

  it('writes the feed and the pages from one run with --out', async () => {
    const page = await write('index.html', RUSSIAN_PAGE);
    const out = join(dir, 'rates.json');
    const result = await run([...source(), '--out', out, '--prerender', page]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(await readFile(out, 'utf8')).base, 'USD');
    assert.equal(shadowsOf(await readFile(page, 'utf8')).length, 2);
  });

  it('refuses file names without --prerender, and documents it in --help', async () => {
    const result = await run(['index.html']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unexpected argument "index\.html"/);
    assert.match((await run(['--help'])).stdout, /--prerender FILE…/);
  });
});

describe('loadRatesFor and prerender (fx-ticker/prerender.js)', () => {
  it('asks a source once per kind of ticker for every symbol and base the pages need', async () => {
    const asked = [];
    const getJson = async (url) => {
      asked.push(new URL(url));
      return JSON.parse(await readFile(new URL('frankfurter-v2-usd-2025-08-13.json', FIXTURES), 'utf8'));
    };
    const pages = [
      '<fx-ticker symbols="KGS KZT" base="KZT"></fx-ticker><fx-ticker symbols="TJS" base="KZT"></fx-ticker>',
      '<fx-ticker symbols="UZS"></fx-ticker><fx-ticker source="none"><script type="application/json">{}</script></fx-ticker>',
    ];
    const loaded = await loadRatesFor(pages, { source: 'https://rates.example/v2/rates', getJson });
    assert.equal(asked.length, 1);
    assert.equal(asked[0].searchParams.get('base'), 'KZT', 'the base most tickers use');
    assert.deepEqual(asked[0].searchParams.get('quotes').split(',').sort(), ['KGS', 'TJS', 'USD', 'UZS']);
    assert.equal(loaded.rates.base, 'KZT');
    assert.equal(loaded.official, undefined);
    const html = await prerender('<html lang="en"><fx-ticker symbols="KGS"></fx-ticker></html>', {
      source: 'https://rates.example/v2/rates',
      getJson,
    });
    assert.equal(shadowsOf(html).length, 1);
  });
});
