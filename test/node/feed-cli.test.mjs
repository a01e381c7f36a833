// The fx-ticker-feed command, end to end: a real process, a local HTTP server, real files.
// Needs the build (dist/providers.js), which `npm test` makes first: alone, run
// `node scripts/build.mjs --scripts`, then `node --test test/node/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/fx-ticker-feed.js', import.meta.url));
const PROVIDERS = fileURLToPath(new URL('../../dist/providers.js', import.meta.url));
const FIXTURES = new URL('../fixtures/', import.meta.url);

/** Runs the command; resolves with its exit code and output whatever the code. */
function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

const fixture = async (name) => readFile(new URL(name, FIXTURES), 'utf8');

describe('fx-ticker-feed', () => {
  /** path → [status, content type, body]; a function answers dynamically. */
  const routes = new Map();
  const requests = [];
  let server;
  let origin;
  let dir;

  before(async () => {
    assert.ok(existsSync(PROVIDERS), `${PROVIDERS} is missing: run \`npm run build\` first`);
    server = createServer((request, response) => {
      requests.push(request.url);
      const path = request.url.split('?')[0];
      const route = routes.get(path);
      if (route === 'hang') return; // never answers: the command's timeout must end it
      if (typeof route === 'function') return route(new URL(request.url, origin), response);
      const [status, type, body] = route ?? [404, 'text/plain', 'not found'];
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;

    routes.set('/v2/rates', [200, 'application/json', await fixture('frankfurter-v2-usd-2025-08-13.json')]);
    routes.set('/cbr/daily_json.js', [200, 'application/javascript', await fixture('cbr-daily_json-2023-06-10.json')]);
    routes.set('/down', [503, 'text/html', '<!DOCTYPE html><title>503 Service Unavailable</title>']);
    routes.set('/html', [200, 'text/html', '<!DOCTYPE html><html><body>Maintenance</body></html>']);
    routes.set('/not-rates', [200, 'application/json', '{"status":"ok","items":[]}']);
    routes.set('/hang', 'hang');
    // Valid JSON (an empty array padded with spaces), but far larger than any rates answer.
    routes.set('/huge', [200, 'application/json', `[${' '.repeat(5_000_000)}]`]);
    // A copy of Frankfurter whose banks answer with their own publications, except NBT, which is down.
    const blend = await fixture('frankfurter-v2-usd-2025-08-13.json');
    const bankRows = (quote, points) => JSON.stringify(points.map(([date, rate]) => ({ date, base: 'USD', quote, rate })));
    const banks = {
      NBKR: bankRows('KGS', [['2025-08-12', 87.4388]]),
      NBK: bankRows('KZT', [
        ['2025-08-12', 540.3],
        ['2025-08-13', 541.69],
      ]),
      CBU: bankRows('UZS', [
        ['2025-08-12', 12549.14],
        ['2025-08-13', 12520.37],
      ]),
    };
    routes.set('/official/v2/rates', (url, response) => {
      const bank = url.searchParams.get('providers');
      const body = bank ? banks[bank] : blend;
      response.writeHead(body ? 200 : 503, { 'content-type': 'application/json' });
      response.end(body ?? '{"status":503,"message":"unavailable"}');
    });
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(async () => {
    requests.length = 0;
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = await mkdtemp(join(tmpdir(), 'fx-ticker-feed-'));
  });

  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the feed format from a self-hosted Frankfurter', async () => {
    const out = join(dir, 'rates.json');
    const result = await run([
      '--provider',
      'frankfurter',
      '--symbols',
      'KGS KZT TJS UZS TMT',
      '--base',
      'USD',
      '--source',
      `${origin}/v2/rates`,
      '--out',
      out,
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(requests.length, 1);
    const query = new URL(requests[0], origin).searchParams;
    assert.deepEqual([...query.keys()], ['base', 'quotes', 'from']);
    assert.equal(query.get('base'), 'USD');
    assert.equal(query.get('quotes'), 'KGS,KZT,TJS,UZS,TMT');
    assert.match(query.get('from'), /^\d{4}-\d{2}-\d{2}$/);

    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(Object.keys(feed), ['base', 'asOf', 'rates', 'previous', 'source', 'history']);
    assert.equal(feed.base, 'USD');
    assert.equal(feed.asOf, '2025-08-13');
    assert.deepEqual(feed.rates, { KGS: 87.4313, KZT: 541.3, TJS: 9.3461, UZS: 12521.25, TMT: 3.5 });
    assert.deepEqual(feed.previous, { KGS: 87.4465, KZT: 540.87, TJS: 9.3461, UZS: 12548.71, TMT: 3.5 });
    assert.match(result.stdout, /wrote 5 rates per USD/);
    assert.deepEqual(await readdir(dir), ['rates.json'], 'no temporary file is left behind');
  });

  it('writes each currency as its home bank published it with --official, and warns of a bank that failed', async () => {
    const out = join(dir, 'rates.json');
    // A file of the blend is there first: it must lend no previous rate to a bank's figure.
    const blended = await run(['--source', `${origin}/official/v2/rates`, '--out', out]);
    assert.equal(blended.code, 0, blended.stderr);
    assert.equal(JSON.parse(await readFile(out, 'utf8')).previous.KGS, 87.4465);
    requests.length = 0;

    const result = await run(['--official', '--source', `${origin}/official/v2/rates`, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    const asked = requests.map((url) => new URL(url, origin).searchParams.get('providers')).sort();
    assert.deepEqual(asked, ['CBU', 'NBK', 'NBKR', 'NBT', null].sort());
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(Object.keys(feed), ['base', 'asOf', 'rates', 'previous', 'source', 'official', 'history']);
    // KGS, KZT and UZS from their banks; TJS at the blend (NBT failed); TMT at its peg.
    assert.deepEqual(feed.rates, { KGS: 87.4388, KZT: 541.69, TJS: 9.3461, UZS: 12520.37, TMT: 3.5 });
    // NBKR published once in the window: no change for KGS, rather than one against the blend.
    assert.deepEqual(feed.previous, { KZT: 540.3, TJS: 9.3461, UZS: 12549.14, TMT: 3.5 });
    assert.deepEqual(feed.official, { KGS: 'NBKR', KZT: 'NBK', UZS: 'CBU' });
    assert.deepEqual(feed.history.KZT, [
      ['2025-08-12', 540.3],
      ['2025-08-13', 541.69],
    ]);
    assert.match(
      result.stderr,
      /warning: no official rate from NBT \(TJS\): \S+providers=NBT: HTTP 503[^;]*; the blend written instead/,
    );

    // And back: the blend again, with no bank named.
    await run(['--source', `${origin}/official/v2/rates`, '--out', out]);
    const plain = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(plain.official, undefined);
    assert.equal(plain.rates.KZT, 541.3);
    assert.equal(plain.previous.KZT, 540.87);
  });

  it('refuses --official for a source that is not Frankfurter', async () => {
    const result = await run(['--official', '--provider', 'cbr']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--official reads Frankfurter v2 only/);
  });

  it('crosses a central bank through its pivot and reports a missing symbol', async () => {
    const out = join(dir, 'rates.json');
    const result = await run([
      '--provider',
      'cbr',
      '--symbols',
      'KZT,AMD',
      '--source',
      `${origin}/cbr/daily_json.js`,
      '--out',
      out,
    ]);
    assert.equal(result.code, 0, result.stderr);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.ok(Math.abs(feed.rates.KZT - 82.6417 / (18.5774 / 100)) < 1e-9);
    assert.deepEqual(Object.keys(feed.rates), ['KZT']);
    assert.match(result.stderr, /warning: .*AMD/);
  });

  it('prints the feed on standard output without --out', async () => {
    const result = await run(['--source', `${origin}/v2/rates`, '--symbols', 'KZT']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).rates, { KZT: 541.3 });
  });

  const failures = [
    ['an HTTP error', '/down', /HTTP 503/],
    ['an HTML page instead of JSON', '/html', /not JSON \(it begins "<!DOCTYPE html>/],
    ['a body of no known shape', '/not-rates', /expected one of: feed/],
    ['a request that never answers', '/hang', /no answer within 1 s/],
    ['an answer larger than any rates answer', '/huge', /larger than 5000000 bytes/],
  ];
  for (const [what, path, message] of failures) {
    it(`leaves the previous file byte-identical and exits non-zero on ${what}`, async () => {
      const out = join(dir, 'rates.json');
      const previous = Buffer.from('{ "base": "USD", "rates": { "KZT": 520.1 } }\n  \u00a0odd bytes kept as they are\n');
      await writeFile(out, previous);
      const result = await run(['--source', `${origin}${path}`, '--out', out, '--timeout', '1']);
      assert.equal(result.code, 1);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /nothing was written/);
      assert.equal(result.stdout, '');
      assert.deepEqual(await readFile(out), previous);
      assert.deepEqual(await readdir(dir), ['rates.json'], 'no temporary file is left behind');
    });
  }

  it('fails clearly when the server cannot be reached', async () => {
    const unused = createServer();
    await new Promise((resolve) => unused.listen(0, '127.0.0.1', resolve));
    const port = unused.address().port;
    await new Promise((resolve) => unused.close(resolve));
    const result = await run(['--source', `http://127.0.0.1:${port}/v2/rates`, '--out', join(dir, 'rates.json')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /request failed \(ECONNREFUSED\)/);
    assert.deepEqual(await readdir(dir), []);
  });

  it('carries the previous publication forward for a provider that has none', async () => {
    const out = join(dir, 'rates.json');
    const erApi = JSON.parse(await fixture('er-api-latest-EUR-2025-08-13.json'));
    const nextDay = {
      ...erApi,
      time_last_update_unix: erApi.time_last_update_unix + 86_400,
      rates: { ...erApi.rates, KZT: 632.5 },
    };
    routes.set('/er-api', [200, 'application/json', JSON.stringify(erApi)]);
    const first = await run(['--provider', 'er-api', '--symbols', 'KZT', '--source', `${origin}/er-api`, '--out', out]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /Rates By Exchange Rate API.*https:\/\/www\.exchangerate-api\.com/);
    assert.equal(JSON.parse(await readFile(out, 'utf8')).previous, undefined);

    routes.set('/er-api', [200, 'application/json', JSON.stringify(nextDay)]);
    const second = await run(['--provider', 'er-api', '--symbols', 'KZT', '--source', `${origin}/er-api`, '--out', out]);
    assert.equal(second.code, 0, second.stderr);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.ok(Math.abs(feed.rates.KZT - 632.5 / 1.16591) < 1e-9);
    assert.ok(Math.abs(feed.previous.KZT - 630.989034 / 1.16591) < 1e-9);
  });

  it("writes Frankfurter's range as the history, one line per point", async () => {
    const out = join(dir, 'rates.json');
    const result = await run(['--source', `${origin}/v2/rates`, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    const from = new URL(requests[0], origin).searchParams.get('from');
    assert.equal((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(from)) / 86_400_000, 31);
    const rows = JSON.parse(await fixture('frankfurter-v2-usd-2025-08-13.json'));
    const text = await readFile(out, 'utf8');
    const { history } = JSON.parse(text);
    for (const code of ['KGS', 'KZT', 'TJS', 'UZS', 'TMT']) {
      assert.deepEqual(
        history[code],
        rows.filter((row) => row.quote === code).map((row) => [row.date, row.rate]),
        code,
      );
    }
    assert.match(text, /^ {6}\["2025-08-11", 87\.4465\],?$/m);
  });

  /** Runs the command on cbr with `daily` as the answer; resolves with the file it wrote. */
  async function runCbr(daily, out, args = []) {
    routes.set('/cbr/daily_json.js', [200, 'application/json', JSON.stringify(daily)]);
    const result = await run([
      '--provider',
      'cbr',
      '--symbols',
      'KZT UZS',
      '--source',
      `${origin}/cbr/daily_json.js`,
      '--out',
      out,
      ...args,
    ]);
    assert.equal(result.code, 0, result.stderr);
    return JSON.parse(await readFile(out, 'utf8'));
  }
  const cbrOn = (daily, date, kzt) => ({
    ...daily,
    Date: `${date}T11:30:00+03:00`,
    Valute: { ...daily.Valute, KZT: { ...daily.Valute.KZT, Value: kzt } },
  });

  it('adds each publication to the history the file held, once per publication, for a provider without one', async () => {
    const out = join(dir, 'rates.json');
    const daily = JSON.parse(await fixture('cbr-daily_json-2023-06-10.json'));
    const first = await runCbr(cbrOn(daily, '2023-06-08', 18.5), out);
    assert.deepEqual(
      first.history.KZT.map(([date]) => date),
      [first.asOf],
    );
    await runCbr(cbrOn(daily, '2023-06-09', 18.6), out);
    const again = await runCbr(cbrOn(daily, '2023-06-09', 18.6), out);
    const third = await runCbr(cbrOn(daily, '2023-06-10', 18.7), out);
    assert.equal(again.history.KZT.length, 2, 'the same publication polled again adds no point');
    assert.deepEqual(
      third.history.KZT.map(([, rate]) => rate),
      [first.rates.KZT, again.rates.KZT, third.rates.KZT],
    );
    assert.deepEqual(Object.keys(third.history), ['KZT', 'UZS']);
  });

  it('keeps 30 days of accumulated history and ignores a prior file in another base or with bad points', async () => {
    const out = join(dir, 'rates.json');
    const daily = JSON.parse(await fixture('cbr-daily_json-2023-06-10.json'));
    await writeFile(
      out,
      JSON.stringify({
        base: 'USD',
        rates: { KZT: 450 },
        history: {
          KZT: [
            ['2023-05-01', 440],
            ['2023-05-12', 445],
            ['bad', 1],
            ['2023-06-01', -3],
            ['2023-06-02', 449],
          ],
          UZS: 'nonsense',
        },
      }),
    );
    const feed = await runCbr(cbrOn(daily, '2023-06-10', 18.7), out);
    assert.deepEqual(
      feed.history.KZT.map(([date]) => date),
      ['2023-05-12', '2023-06-02', feed.asOf],
    );
    assert.equal(feed.history.UZS.length, 1);

    await writeFile(out, JSON.stringify({ base: 'EUR', rates: { KZT: 480 }, history: { KZT: [['2023-06-02', 480]] } }));
    const rebased = await runCbr(cbrOn(daily, '2023-06-10', 18.7), out);
    assert.equal(rebased.history.KZT.length, 1);
  });

  it('documents every option in --help', async () => {
    const result = await run(['--help']);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
    for (const option of ['--provider', '--symbols', '--base', '--source', '--out', '--timeout', '--help', '--version']) {
      assert.ok(result.stdout.includes(option), `--help mentions ${option}`);
    }
    for (const provider of ['auto', 'feed', 'frankfurter', 'currency-api', 'er-api', 'cbr', 'cbu']) {
      assert.ok(result.stdout.includes(provider), `--help mentions ${provider}`);
    }
    assert.equal(requests.length, 0);
  });

  const misuses = [
    ['an unknown option', ['--output', 'x.json'], /--output/],
    ['an unknown provider', ['--provider', 'ecb'], /--provider must be/],
    ['a bad base', ['--base', 'dollar'], /--base must be/],
    ['a bad symbol', ['--symbols', 'KZT, tenge'], /not ISO 4217: TENGE/],
    ['a relative source', ['--source', 'rates.json'], /--source must be an absolute/],
    ['feed without a source', ['--provider', 'feed'], /needs a --source/],
    ['a bad timeout', ['--timeout', '0'], /--timeout must be/],
  ];
  for (const [what, args, message] of misuses) {
    it(`exits with 2 on ${what}, before any request`, async () => {
      const result = await run([...args, '--out', join(dir, 'rates.json')]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, message);
      assert.equal(requests.length, 0);
      assert.deepEqual(await readdir(dir), []);
    });
  }
});
