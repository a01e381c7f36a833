// Shared by every benchmark page: the same five items, and the measurement of updates.
export const RATES = { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 };
export const PREVIOUS = { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 };

/** Once the page's probe has seen the first item painted: `?updates` measures updates. */
export function afterFirstItem() {
  const then = () => new URLSearchParams(location.search).has('updates') && measureUpdates();
  if (window.firstItemMs === undefined) addEventListener('first-item', then, { once: true });
  else then();
}

/** Daily moves as they come: up, down and flat by turns, up to 1.2 %, so signs, arrows and digits change. */
export function ratesAfter(updates) {
  const moves = [0.004, -0.004, 0, 0.012, -0.012];
  return Object.fromEntries(
    Object.entries(RATES).map(([code, rate], i) => [code, rate * (1 + moves[(updates + i) % moves.length])]),
  );
}

/**
 * `?updates`: applies 20 rate updates, one per frame, and records the mean main-thread time
 * each takes until its new numbers are laid out (the page's update call, the element's
 * render, style and layout forced by a read) as the `update` measure, for tachometer.
 */
async function measureUpdates() {
  const UPDATES = 20;
  let total = 0;
  for (let i = 1; i <= UPDATES; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const start = performance.now();
    await window.strip.update(ratesAfter(i), RATES);
    window.strip.items()[0].getBoundingClientRect();
    total += performance.now() - start;
  }
  performance.measure('update', { start: 0, duration: total / UPDATES });
}
