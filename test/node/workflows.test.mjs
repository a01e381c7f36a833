// The GitHub Actions workflows and the copy-ready examples cannot run here; these tests keep
// them parseable, pointing at .ci/run (the one place that says what CI does), and the example
// feed workflow's command line working against a local copy of a provider.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
const workflow = async (path) => parse(await read(path));
const steps = (flow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const runs = (flow) => steps(flow).flatMap((step) => (step.run ? [step.run] : []));

/** Splits a shell command line into words: quotes group, nothing else is interpreted. */
function shellWords(line) {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]);
}

describe('CI workflow', () => {
  it('runs .ci/run, and only that, on Node 20, 22 and 24', async () => {
    const flow = await workflow('.github/workflows/ci.yml');
    assert.deepEqual(flow.jobs.ci.strategy.matrix.node, [20, 22, 24]);
    assert.deepEqual(runs(flow), ['sudo bash .ci/run']);
    assert.ok('pull_request' in flow.on && 'push' in flow.on);
  });
});

describe('release workflow', () => {
  it('checks like CI, then publishes the tagged version with provenance', async () => {
    const flow = await workflow('.github/workflows/release.yml');
    const commands = runs(flow);
    assert.equal(commands[0], 'sudo bash .ci/run');
    assert.match(commands.at(-1), /^npm publish --provenance\b/);
    assert.equal(flow.permissions['id-token'], 'write', 'provenance needs an OIDC token');
    assert.deepEqual(flow.on.push.tags, ['v*']);
  });
});

/** A local Frankfurter answering every request with a recorded day (its URLs noted in `requests`), and a scratch folder. */
async function serveFrankfurterFixture(requests = []) {
  const body = await readFile(new URL('test/fixtures/frankfurter-v2-usd-2025-08-13.json', root));
  const server = createServer((request, response) => {
    requests.push(request.url);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { server, origin, dir: await mkdtemp(join(tmpdir(), 'fx-ticker-example-')) };
}

describe('example: a feed on GitHub Pages', () => {
  let server;
  let origin;
  let dir;
  const requests = [];

  before(async () => {
    ({ server, origin, dir } = await serveFrankfurterFixture(requests));
  });

  after(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("runs on a schedule and publishes the command's output to Pages", async () => {
    const flow = await workflow('examples/github-pages-feed.yml');
    assert.ok(flow.on.schedule[0].cron);
    assert.equal(flow.permissions.pages, 'write');
    const uses = steps(flow).flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    assert.deepEqual(uses.slice(-2), ['actions/upload-pages-artifact', 'actions/deploy-pages']);
  });

  it('its fx-ticker-feed command line writes a feed, read from a local copy of the provider', async () => {
    const flow = await workflow('examples/github-pages-feed.yml');
    const line = runs(flow).find((command) => command.includes('fx-ticker-feed'));
    const words = shellWords(line);
    const args = words.slice(words.indexOf('fx-ticker-feed') + 1);
    const out = args.indexOf('--out');
    assert.ok(out >= 0, 'the example writes a file');
    args[out + 1] = join(dir, 'rates.json');
    const bin = fileURLToPath(new URL('bin/fx-ticker-feed.js', root));
    const code = await new Promise((resolve) => {
      execFile(process.execPath, [bin, ...args, '--source', `${origin}/v2/rates`], { timeout: 20_000 }, (error, _out, stderr) => {
        if (error) console.error(stderr);
        resolve(error ? error.code : 0);
      });
    });
    assert.equal(code, 0);
    assert.equal(requests.length, 1);
    const feed = JSON.parse(await readFile(args[out + 1], 'utf8'));
    assert.equal(feed.base, 'USD');
    assert.deepEqual(Object.keys(feed.rates), ['KGS', 'KZT', 'TJS', 'UZS', 'TMT']);
  });
});

describe('example: nginx', () => {
  it("sends the README's Cache-Control header for the feed", async () => {
    const [conf, readme] = await Promise.all([read('examples/nginx-rates.conf'), read('README.md')]);
    const header = conf.match(/add_header Cache-Control "([^"]+)"/)?.[1];
    assert.ok(header, 'the snippet sets Cache-Control');
    assert.ok(readme.includes(`Cache-Control: ${header}`), `README recommends ${header}`);
  });
});

describe('example: pages prerendered on GitHub Pages', () => {
  let server;
  let origin;
  let dir;

  before(async () => {
    ({ server, origin, dir } = await serveFrankfurterFixture());
  });

  after(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs on a schedule, checks the site out and publishes it to Pages', async () => {
    const flow = await workflow('examples/github-pages-prerender.yml');
    assert.ok(flow.on.schedule[0].cron);
    assert.equal(flow.permissions.pages, 'write');
    const uses = steps(flow).flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    assert.equal(uses[0], 'actions/checkout');
    assert.deepEqual(uses.slice(-2), ['actions/upload-pages-artifact', 'actions/deploy-pages']);
  });

  it('its fx-ticker-feed command line prerenders the pages it names, read from a local copy of the provider', async () => {
    const flow = await workflow('examples/github-pages-prerender.yml');
    const words = shellWords(runs(flow).find((command) => command.includes('fx-ticker-feed')));
    const args = words.slice(words.indexOf('fx-ticker-feed') + 1);
    const first = args.indexOf('--prerender') + 1;
    assert.ok(first > 0, 'the example prerenders pages');
    const pages = args.slice(first);
    assert.ok(pages.length > 0 && pages.every((page) => page.startsWith('site/')), 'pages of the published folder');
    const files = pages.map((_, i) => join(dir, `page-${i}.html`));
    await Promise.all(files.map((file) => writeFile(file, '<html lang="ru"><body><fx-ticker></fx-ticker></body></html>')));
    const bin = fileURLToPath(new URL('bin/fx-ticker-feed.js', root));
    const command = [...args.slice(0, first), ...files, '--source', `${origin}/v2/rates`];
    const code = await new Promise((resolve) => {
      execFile(process.execPath, [bin, ...command], { timeout: 30_000 }, (error, _out, stderr) => {
        if (error) console.error(stderr);
        resolve(error ? error.code : 0);
      });
    });
    assert.equal(code, 0);
    for (const file of files) assert.match(await readFile(file, 'utf8'), /<fx-ticker><template shadowrootmode="open">/);
  });
});

describe('example: nginx SSI and WordPress, each including a prerendered fragment', () => {
  it('nginx turns SSI on and keeps the fragment for inclusion only; its cron line prerenders the fragment it includes', async () => {
    const conf = await read('examples/nginx-ssi-prerender.conf');
    assert.match(conf, /^\s*ssi on;/m);
    assert.match(conf, /location \/fragments\/ \{\s*internal;/);
    const include = conf.match(/<!--#include virtual="\/([^"]+)" -->/)?.[1];
    assert.ok(include && conf.includes(`--prerender ${include}`), 'cron prerenders the file the pages include');
  });

  it('the WordPress example includes the fragment its cron line prerenders, and is valid PHP', async (t) => {
    const php = await read('examples/wordpress-prerendered-ticker.php');
    const fragment = php.match(/--prerender (\S+)/)?.[1];
    assert.equal(fragment, 'wp-content/uploads/fx-ticker/ticker.html');
    assert.match(php, /wp_upload_dir\(\)\['basedir'\] \. '\/fx-ticker\/ticker\.html'/);
    assert.match(php, /'strategy' => 'defer'/);
    const lint = await new Promise((resolve) => {
      execFile('php', ['-l', fileURLToPath(new URL('examples/wordpress-prerendered-ticker.php', root))], (error, stdout) =>
        resolve(error?.code === 'ENOENT' ? undefined : { code: error ? error.code : 0, stdout }),
      );
    });
    if (!lint) return t.skip('no php on this machine (node scripts/ensure-wordpress.mjs installs it)');
    assert.equal(lint.code, 0, lint.stdout);
  });
});
