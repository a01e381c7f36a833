import type { Plugin } from 'vite';

/**
 * Each home bank's made-up publications, units per US dollar, and how far Frankfurter's blend
 * of every bank quoting the currency sits from it (on 1 April 2026 the recorded blend was 0.11 %
 * under NBK's KZT and 0.05 % under CBU's UZS).
 */
const BANKS: Record<string, { bank: string; start: number; blendOffset: number }> = {
  KGS: { bank: 'NBKR', start: 87.4512, blendOffset: 0.0004 },
  KZT: { bank: 'NBK', start: 478.77, blendOffset: -0.0011 },
  TJS: { bank: 'NBT', start: 9.3371, blendOffset: 0.003 },
  UZS: { bank: 'CBU', start: 12194.21, blendOffset: -0.0005 },
};
/** Currencies only the blend has: TMT at its official peg, and two for other bases. */
const BLEND_ONLY: Record<string, number> = { TMT: 3.5, RUB: 82.6, EUR: 0.86 };

const DAY_MS = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const step = (rate: number) => Number((rate * (1 + (Math.random() - 0.5) * 0.008)).toPrecision(7));

interface Row {
  date: string;
  base: string;
  quote: string;
  rate: number;
}

/**
 * A local copy of Frankfurter v2's `/v2/rates` for the demo, so official rates work offline:
 * 40 days of daily publications ending today. Without `providers`, each rate is the blend,
 * rounded as the server rounds it (five significant digits here: KGS 87.45, UZS 12,188); with
 * `providers=NBK`, the bank's own figures, unrounded, for its own currency only. Rows are
 * sorted by date, then quote, and `from` cuts the range (the first row of a quote may be older,
 * as on the real server). Only base USD; another base answers 422, as the server does for what
 * it cannot answer.
 */
export function frankfurterEndpoint(path = '/v2/rates'): Plugin {
  const today = Date.now();
  const days = Array.from({ length: 40 }, (_, index) => isoDay(today - (39 - index) * DAY_MS));
  const published: Record<string, Array<[string, number]>> = {};
  for (const [code, { start }] of Object.entries(BANKS)) {
    let rate = start;
    published[code] = days.map((day) => [day, (rate = step(rate))]);
  }
  return {
    name: 'fx-ticker-demo-frankfurter',
    configureServer(server) {
      server.middlewares.use(path, (request, response) => {
        const query = new URL(request.url ?? '', 'http://localhost').searchParams;
        const send = (status: number, body: unknown) => {
          response.statusCode = status;
          response.setHeader('Content-Type', 'application/json');
          response.setHeader('Cache-Control', 'no-store');
          response.end(JSON.stringify(body));
        };
        if ((query.get('base') ?? 'USD') !== 'USD') return send(422, { message: 'this demo copy answers base USD only' });
        const quotes = (query.get('quotes') ?? Object.keys({ ...BANKS, ...BLEND_ONLY }).join(',')).split(',');
        const from = query.get('from') ?? days[0];
        const bank = query.get('providers');
        const rows: Row[] = [];
        for (const [index, day] of days.entries()) {
          if (day < from && days[index + 1] <= from) continue;
          for (const quote of [...quotes].sort()) {
            const own = BANKS[quote];
            const figure = own && published[quote][index][1];
            if (bank) {
              if (own?.bank === bank) rows.push({ date: day, base: 'USD', quote, rate: figure });
            } else if (own) {
              rows.push({ date: day, base: 'USD', quote, rate: Number((figure * (1 + own.blendOffset)).toPrecision(5)) });
            } else if (quote in BLEND_ONLY) {
              rows.push({ date: day, base: 'USD', quote, rate: BLEND_ONLY[quote] });
            }
          }
        }
        send(200, rows);
      });
    },
  };
}
