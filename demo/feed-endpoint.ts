import type { Plugin } from 'vite';

/** Realistic units per US dollar; TMT is held at its official peg. */
const START: Record<string, number> = { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5, RUB: 82.6, EUR: 0.86 };
const PEGGED = new Set(['TMT']);

/**
 * A local rates source in the feed format for the demo, so `npm start` works offline.
 * Every request moves each floating rate by up to ±0.3 %, and reports the rates it
 * replaced as `previous`, so the demo shows real polling and real changes.
 */
export function feedEndpoint(path = '/rates.json'): Plugin {
  let rates = { ...START };
  let previous = { ...START };
  return {
    name: 'fx-ticker-demo-feed',
    configureServer(server) {
      server.middlewares.use(path, (_request, response) => {
        previous = rates;
        rates = Object.fromEntries(
          Object.entries(rates).map(([code, rate]) => [
            code,
            PEGGED.has(code) ? rate : Number((rate * (1 + (Math.random() - 0.5) * 0.006)).toPrecision(6)),
          ]),
        );
        const feed = { base: 'USD', asOf: new Date().toISOString(), rates, previous, source: 'Demo feed (simulated)' };
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-store');
        response.end(JSON.stringify(feed));
      });
    },
  };
}
