import type { Plugin } from 'vite';

/** Realistic units per US dollar; TMT is held at its official peg. */
const START: Record<string, number> = { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5, RUB: 82.6, EUR: 0.86 };
const PEGGED = new Set(['TMT']);

const DAY_MS = 86_400_000;
const drift = (rate: number, range: number) => Number((rate * (1 + (Math.random() - 0.5) * range)).toPrecision(6));

/**
 * 30 days of made-up daily publications before today, each a small random step from the next
 * (TMT at its peg), ending where the feed starts, for the trend line.
 */
function pastMonth(today: number): Record<string, Array<[string, number]>> {
  const history: Record<string, Array<[string, number]>> = {};
  for (const [code, start] of Object.entries(START)) {
    const points: Array<[string, number]> = [];
    let rate = start;
    for (let day = 1; day <= 30; day++) {
      rate = PEGGED.has(code) ? rate : drift(rate, 0.012);
      points.unshift([new Date(today - day * DAY_MS).toISOString().slice(0, 10), rate]);
    }
    history[code] = points;
  }
  return history;
}

/**
 * A local rates source in the feed format for the demo, so `npm start` works offline.
 * Every request moves each floating rate by up to ±0.3 %, and reports the rates it
 * replaced as `previous`, so the demo shows real polling and real changes; `history` is
 * a made-up month before today with today's rate as its last point.
 */
export function feedEndpoint(path = '/rates.json'): Plugin {
  let rates = { ...START };
  let previous = { ...START };
  const past = pastMonth(Date.now());
  return {
    name: 'fx-ticker-demo-feed',
    configureServer(server) {
      server.middlewares.use(path, (_request, response) => {
        previous = rates;
        rates = Object.fromEntries(
          Object.entries(rates).map(([code, rate]) => [code, PEGGED.has(code) ? rate : drift(rate, 0.006)]),
        );
        const today = new Date().toISOString().slice(0, 10);
        const history = Object.fromEntries(Object.entries(rates).map(([code, rate]) => [code, [...past[code], [today, rate]]]));
        const feed = { base: 'USD', asOf: new Date().toISOString(), rates, previous, source: 'Demo feed (simulated)', history };
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-store');
        response.end(JSON.stringify(feed));
      });
    },
  };
}
