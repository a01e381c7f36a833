// The benchmark pages' HTTP server: the repository's files, pages bundled at benchmark time,
// and a feed-format rates endpoint that answers after a set delay, like a slow network.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

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

export function serve(extraFiles = new Map()) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path === FEED_PATH) {
      setTimeout(
        () => response.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' }).end(FEED),
        FEED_DELAY_MS,
      );
      return;
    }
    const body = extraFiles.get(path) ?? (await readFile(join(ROOT, path)).catch(() => undefined));
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
