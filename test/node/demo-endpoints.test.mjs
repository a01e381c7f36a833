// `npm start`'s local sources, served by Vite's own dev server as the demo uses them: the local
// copy of Frankfurter's /v2/rates must read, through the element's own official-rates reader,
// as each bank's unrounded figure beside a rounded blend that differs from it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'vite';
import { loadOfficialRates, parseFrankfurter } from '../../dist/providers.js';

describe("the demo's local Frankfurter (npm start)", () => {
  let server;
  let origin;
  before(async () => {
    server = await createServer({
      configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
      logLevel: 'silent',
      server: { port: 0 },
    });
    await server.listen();
    origin = `http://localhost:${server.httpServer.address().port}`;
  });
  after(() => server?.close());

  const getJson = async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };
  const query = { base: 'USD', symbols: ['KGS', 'KZT', 'TJS', 'UZS', 'TMT'], now: new Date() };

  it('answers like Frankfurter: rows sorted by date then quote, the blend rounded, TMT at its peg', async () => {
    const rows = await getJson(
      `${origin}/v2/rates?base=USD&quotes=KGS,KZT,TJS,UZS,TMT&from=${new Date(Date.now() - 31 * 86_400_000).toISOString().slice(0, 10)}`,
    );
    const keys = rows.map(({ date, quote }) => `${date} ${quote}`);
    assert.deepEqual(keys, [...keys].sort());
    assert.ok(rows.every(({ base }) => base === 'USD'));
    assert.ok(rows.filter(({ quote }) => quote === 'TMT').every(({ rate }) => rate === 3.5));
    assert.ok(
      rows.every(({ rate }) => Number(rate.toPrecision(5)) === rate),
      'the blend is rounded to five digits',
    );
    const { snapshot } = parseFrankfurter(rows, query);
    assert.deepEqual(Object.keys(snapshot.rates), query.symbols);
    assert.ok(Object.keys(snapshot.previous).length === 5 && (snapshot.history.KZT?.length ?? 0) >= 30);
  });

  it("gives each bank's own figures, unrounded and for its own currency only, which replace the blend", async () => {
    const own = await getJson(`${origin}/v2/rates?base=USD&quotes=KZT&from=2026-01-01&providers=NBK`);
    assert.ok(own.length > 0 && own.every(({ quote }) => quote === 'KZT'));
    assert.ok(
      own.some(({ rate }) => Number(rate.toPrecision(5)) !== rate),
      'a bank figure is unrounded',
    );
    assert.deepEqual(await getJson(`${origin}/v2/rates?base=USD&quotes=KZT&from=2026-01-01&providers=CBU`), []);

    const official = await loadOfficialRates(getJson, { source: `${origin}/v2/rates`, query });
    const blend = parseFrankfurter(await getJson(`${origin}/v2/rates?base=USD&quotes=KGS,KZT,TJS,UZS,TMT`), query);
    assert.deepEqual(official.snapshot.official, { KGS: 'NBKR', KZT: 'NBK', TJS: 'NBT', UZS: 'CBU' });
    assert.equal(official.unofficial, undefined);
    for (const code of ['KGS', 'KZT', 'TJS', 'UZS'])
      assert.notEqual(official.snapshot.rates[code], blend.snapshot.rates[code], code);
    assert.equal(official.snapshot.rates.TMT, 3.5);
  });

  it('refuses a base it cannot answer, as the server does (422)', async () => {
    assert.equal((await fetch(`${origin}/v2/rates?base=EUR`)).status, 422);
  });
});
