// The benchmark pages' HTTP server: the repository's files, pages bundled at benchmark time,
// and a feed-format rates endpoint that answers after a set delay, like a slow network
// (`?now`: at once, for runs whose network is throttled instead).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

/** The path of the rates endpoint, and how long it takes to answer. */
export const FEED_PATH = '/bench/rates.json';
export const FEED_DELAY_MS = 1500;

const FEED = JSON.stringify({
  base: 'USD',
  asOf: '2026-04-01',
  rates: { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 },
  previous: { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 },
});

/**
 * `gzip`: compress what is served, as a CDN does (`gzip -9`), for runs over a throttled
 * network, where the bytes on the wire are what counts.
 */
export function serve(extraFiles = new Map(), { gzip = false } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = normalize(decodeURIComponent(url.pathname));
    if (path === FEED_PATH) {
      setTimeout(
        () => response.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' }).end(FEED),
        url.searchParams.has('now') ? 0 : FEED_DELAY_MS,
      );
      return;
    }
    const body = extraFiles.get(path) ?? (await readFile(join(ROOT, path)).catch(() => undefined));
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' };
    if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' }).end(gzipSync(body, { level: 9 }));
      return;
    }
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
