// Regenerates docs/strip.png, the picture of the strip at the top of the README (the built script,
// light and dark), and docs/official.png, each bank's own rate above the blend on one real day
// (1 April 2026: NBK's and CBU's publications against the blend Frankfurter's code computes from
// the bank figures recorded in its repository, as the README's table has them), captured headless.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0;padding:12px;background:#f6f4ef;display:grid;gap:10px}</style>
<script src="/dist/fx-ticker.js"></script></head><body>
<fx-ticker source="none" speed="0"><script type="application/json">{"base":"USD","asOf":"2025-08-13",
"rates":{"KGS":87.45,"KZT":520.1,"TJS":10.02,"UZS":12500,"TMT":3.5},
"previous":{"KGS":87.45,"KZT":519.5,"TJS":10.02,"UZS":12490,"TMT":3.5}}</script></fx-ticker>
<fx-ticker source="none" speed="0" theme="dark" locale="ru"><script type="application/json">{"base":"USD","asOf":"2025-08-13",
"rates":{"KGS":87.45,"KZT":520.1,"TJS":10.02,"UZS":12500,"TMT":3.5},
"previous":{"KGS":87.45,"KZT":519.5,"TJS":10.02,"UZS":12490,"TMT":3.5}}</script></fx-ticker>
</body></html>`;

const OFFICIAL = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0;padding:12px;background:#f6f4ef;display:grid;gap:10px}</style>
<script src="/dist/fx-ticker.js"></script></head><body>
<fx-ticker source="none" speed="0" digits="5" label="Official rates"><script type="application/json">{"base":"USD","asOf":"2026-04-01",
"rates":{"KZT":478.77,"UZS":12194.21},"official":{"KZT":"NBK","UZS":"CBU"}}</script></fx-ticker>
<fx-ticker source="none" speed="0" digits="5" label="Blended rates"><script type="application/json">{"base":"USD","asOf":"2026-04-01",
"rates":{"KZT":478.23,"UZS":12188},"source":"Frankfurter"}</script></fx-ticker>
</body></html>`;

const server = createServer(async (request, response) => {
  if (request.url === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
  if (request.url === '/official') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(OFFICIAL);
  const body = await readFile(join(ROOT, request.url)).catch(() => undefined);
  response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/javascript' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const [path, file, width] of [
    ['/', 'docs/strip.png', 1100],
    ['/official', 'docs/official.png', 760],
  ]) {
    await page.setViewport({ width, height: 116, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${server.address().port}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('fx-ticker')].every((el) => el.shadowRoot?.querySelector('li')),
    );
    await page.screenshot({ path: join(ROOT, file) });
  }
} finally {
  await browser.close();
  server.close();
}
