// The GitHub Actions workflows and the copy-ready examples cannot run here; these tests keep
// them parseable, pointing at .ci/run (the one place that says what CI does), and the example
// feed workflow's command line working against a local copy of a provider.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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

describe('example: a feed on GitHub Pages', () => {
  let server;
  let origin;
  let dir;
  const requests = [];

  before(async () => {
    const body = await readFile(new URL('test/fixtures/frankfurter-v2-usd-2025-08-13.json', root));
    server = createServer((request, response) => {
      requests.push(request.url);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    dir = await mkdtemp(join(tmpdir(), 'fx-ticker-example-'));
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
