// Regenerates docs/strip.png, the picture of the strip at the top of the README: the built
// script on the benchmark page, light and dark, captured headless.
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

const server = createServer(async (request, response) => {
  if (request.url === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
  const body = await readFile(join(ROOT, request.url)).catch(() => undefined);
  response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/javascript' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 116, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => [...document.querySelectorAll('fx-ticker')].every((el) => el.shadowRoot?.querySelector('li')));
  await page.screenshot({ path: join(ROOT, 'docs/strip.png') });
} finally {
  await browser.close();
  server.close();
}
