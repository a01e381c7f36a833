// Shared by every benchmark page: the same five items, and the measurement of updates.
export const RATES = { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 };
export const PREVIOUS = { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 };

/**
 * Once the page's probe has seen the first item painted: `?updates` measures updates as far as
 * their layout, `?updates=task` as whole main-thread work, paint included.
 */
export function afterFirstItem() {
  const mode = new URLSearchParams(location.search).get('updates');
  const then = () => mode !== null && (mode === 'task' ? measureUpdateTasks() : measureUpdates());
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
 * Applies 20 rate updates, one per frame, and records the mean of `timeOne(i)` (the time of
 * update `i`) as the performance measure `name`, for tachometer.
 */
async function measure(name, timeOne) {
  const UPDATES = 20;
  let total = 0;
  for (let i = 1; i <= UPDATES; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    total += await timeOne(i);
  }
  performance.measure(name, { start: 0, duration: total / UPDATES });
}

/**
 * `?updates` (measure `update`): each update's main-thread time until its new numbers are
 * laid out: the page's update call, the element's render, style and layout forced by a read.
 */
const measureUpdates = () =>
  measure('update', async (i) => {
    const start = performance.now();
    await window.strip.update(ratesAfter(i), RATES);
    window.strip.items()[0].getBoundingClientRect();
    return performance.now() - start;
  });

/**
 * `?updates=task` (measure `update-task`): each update as the main-thread work a reader's page
 * pays for it: the update call and render, then the rendering work of the frame that shows it
 * (the frame's callbacks, style, layout, resize observers, paint and commit: from the first
 * animation-frame callback, registered before the update so it runs first, to a message posted
 * from it, which runs once the frame's task has ended). Nothing is forced, so layout happens
 * where the browser puts it; the idle wait for the frame is not counted.
 */
const measureUpdateTasks = () =>
  measure('update-task', async (i) => {
    const frame = new Promise((resolve) =>
      requestAnimationFrame(() => {
        const frameStart = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - frameStart);
        channel.port2.postMessage(undefined);
      }),
    );
    const start = performance.now();
    await window.strip.update(ratesAfter(i), RATES);
    return performance.now() - start + (await frame);
  });
