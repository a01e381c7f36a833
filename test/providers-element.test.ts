import { expect, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { fixture as payload } from './providers/helpers.js';
import { startNetwork, useHandlers } from './helpers/network.js';
import { readItems, tickerWithData } from './helpers/ticker.js';

// Each provider at its public URL, answered by msw with a real (or realistically shaped)
// payload; the numbers on screen must be the documented values (1 / rate, and previous / rate − 1)
// of that payload. The expected text is written without Intl, which the element formats with:
// four significant digits by Number#toPrecision (every rate here is below 1 and above 1e-6, so
// it never turns to exponents), the change rounded to hundredths by hand.
const fmt = (value: number) => value.toPrecision(4);
const pct = (percent: number) => {
  const hundredths = Math.round(Math.abs(percent) * 100);
  if (hundredths === 0) return '0%';
  const digits = String(hundredths).padStart(3, '0');
  const text = `${digits.slice(0, -2)}.${digits.slice(-2)}`.replace(/\.?0+$/, '');
  return `${percent > 0 ? '+' : '\u2212'}${text}%`;
};
/** The shown value and change for units-per-USD `rate` and `previous`. */
const expected = (rate: number, previous?: number) => ({
  rate: fmt(1 / rate),
  change: previous ? pct((previous / rate - 1) * 100) : undefined,
});

const shown = (items: ReturnType<typeof readItems>) =>
  Object.fromEntries(items.map((item) => [item.symbol, { rate: item.rate, change: item.change }]));

describe('each provider on screen', () => {
  before(() => startNetwork());
  beforeEach(() => localStorage.clear());

  it("frankfurter (the default): each quote's latest two dates", async () => {
    const rows = (await payload('frankfurter-v2-usd-2025-08-13.json')) as Array<{ date: string; quote: string; rate: number }>;
    useHandlers(http.get('https://api.frankfurter.dev/v2/rates', () => HttpResponse.json(rows)));
    const el = await tickerWithData(html`<fx-ticker></fx-ticker>`);
    const latestTwo = (quote: string) => rows.filter((row) => row.quote === quote).sort((a, b) => b.date.localeCompare(a.date));
    const want = Object.fromEntries(
      ['KGS', 'KZT', 'TJS', 'UZS', 'TMT'].map((code) => {
        const [latest, prior] = latestTwo(code);
        return [code, expected(latest.rate, prior?.rate)];
      }),
    );
    expect(shown(readItems(el))).to.deep.equal(want);
  });

  it('currency-api: previous from the dated URL of the day before', async () => {
    const today = (await payload('currency-api-usd-2025-08-13.json')) as { usd: Record<string, number> };
    const before = (await payload('currency-api-usd-2025-08-12.json')) as { usd: Record<string, number> };
    useHandlers(
      http.get('https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.min.json', () =>
        HttpResponse.json(today),
      ),
      http.get('https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@2025-08-12/v1/currencies/usd.min.json', () =>
        HttpResponse.json(before),
      ),
    );
    const el = await tickerWithData(html`<fx-ticker provider="currency-api" symbols="KGS KZT UZS"></fx-ticker>`);
    expect(shown(readItems(el))).to.deep.equal({
      KGS: expected(today.usd.kgs, before.usd.kgs),
      KZT: expected(today.usd.kzt, before.usd.kzt),
      UZS: expected(today.usd.uzs, before.usd.uzs),
    });
  });

  it('er-api: crossed from its base, no change until a previous value was seen, and the attribution link', async () => {
    const body = (await payload('er-api-latest-EUR-2025-08-13.json')) as { rates: Record<string, number> };
    useHandlers(http.get('https://open.er-api.com/v6/latest/USD', () => HttpResponse.json(body)));
    const el = await tickerWithData(
      html`<fx-ticker provider="er-api" source="https://open.er-api.com/v6/latest/USD" symbols="KGS KZT"></fx-ticker>`,
    );
    const usd = body.rates.USD;
    expect(shown(readItems(el))).to.deep.equal({
      KGS: expected(body.rates.KGS / usd),
      KZT: expected(body.rates.KZT / usd),
    });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="status"] a')!;
    expect(link.textContent).to.equal('Rates By Exchange Rate API');
    expect(link.href).to.equal('https://www.exchangerate-api.com/');
    // A new tab that can neither script this page nor learn which page sent it.
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(/\s+/).sort()).to.deep.equal(['noopener', 'noreferrer']);
  });

  it("cbr: roubles per nominal, crossed through RUB with both legs' previous values", async () => {
    const body = (await payload('cbr-daily_json-2023-06-10.json')) as {
      Valute: Record<string, { Nominal: number; Value: number; Previous: number }>;
    };
    useHandlers(http.get('https://www.cbr-xml-daily.ru/daily_json.js', () => HttpResponse.json(body)));
    const el = await tickerWithData(html`<fx-ticker provider="cbr"></fx-ticker>`);
    const usd = body.Valute.USD;
    const perUsd = (code: string, leg: 'Value' | 'Previous') =>
      usd[leg] / usd.Nominal / (body.Valute[code][leg] / body.Valute[code].Nominal);
    expect(shown(readItems(el))).to.deep.equal(
      Object.fromEntries(
        ['KGS', 'KZT', 'TJS', 'UZS', 'TMT'].map((code) => [code, expected(perUsd(code, 'Value'), perUsd(code, 'Previous'))]),
      ),
    );
  });

  it('cbu: string sums per nominal, crossed through UZS, previous = Rate − Diff', async () => {
    const rows = (await payload('cbu-json-2026-04-01.json')) as Array<{
      Ccy: string;
      Nominal: string;
      Rate: string;
      Diff: string;
    }>;
    useHandlers(http.get('https://cbu.uz/en/arkhiv-kursov-valyut/json/', () => HttpResponse.json(rows)));
    const el = await tickerWithData(html`<fx-ticker provider="cbu"></fx-ticker>`);
    const row = (code: string) => rows.find((r) => r.Ccy === code)!;
    const sums = (code: string, previous: boolean) => {
      const r = row(code);
      return (Number(r.Rate) - (previous ? Number(r.Diff) : 0)) / Number(r.Nominal);
    };
    const want: Record<string, ReturnType<typeof expected>> = {
      UZS: expected(sums('USD', false), sums('USD', true)),
    };
    for (const code of ['KGS', 'KZT', 'TJS', 'TMT']) {
      want[code] = expected(sums('USD', false) / sums(code, false), sums('USD', true) / sums(code, true));
    }
    const order = ['KGS', 'KZT', 'TJS', 'UZS', 'TMT'];
    expect(shown(readItems(el))).to.deep.equal(Object.fromEntries(order.map((code) => [code, want[code]])));
  });

  it('auto: recognises a feed at a custom URL by its shape', async () => {
    useHandlers(
      http.get('https://example.test/my-rates', () =>
        HttpResponse.json({ base: 'USD', rates: { KGS: 87.45 }, previous: { KGS: 87.5 } }),
      ),
    );
    const el = await tickerWithData(html`<fx-ticker source="https://example.test/my-rates" symbols="KGS"></fx-ticker>`);
    expect(shown(readItems(el))).to.deep.equal({ KGS: expected(87.45, 87.5) });
  });

  it('auto: names the shapes it expected when it recognises none', async () => {
    useHandlers(http.get('https://example.test/odd', () => HttpResponse.json({ hello: 'world' })));
    const el = document.createElement('fx-ticker');
    el.setAttribute('source', 'https://example.test/odd');
    const failed = oneEvent(el, 'fx-ticker-error');
    document.body.append(el);
    try {
      const { error, stale } = (await failed).detail;
      expect(stale).to.equal(false);
      for (const shape of ['feed', 'frankfurter', 'currency-api', 'er-api', 'cbr', 'cbu'])
        expect(error.message).to.contain(shape);
    } finally {
      el.remove();
    }
  });
});
