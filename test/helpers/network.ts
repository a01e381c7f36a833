import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

/**
 * One msw worker per test file. Requests nobody handles fail the test loudly, so a test
 * can never pass by reaching the real network.
 */
export const worker = setupWorker();

let started: Promise<unknown> | undefined;

export function startNetwork(...handlers: RequestHandler[]): Promise<unknown> {
  worker.resetHandlers(...handlers);
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'error' });
  return started;
}

export function useHandlers(...handlers: RequestHandler[]): void {
  worker.resetHandlers(...handlers);
}

/**
 * One real event-loop turn. A message, not a timer: the clock may be faked, and a test page
 * running in a background tab has its timers throttled to once a second.
 */
const realTurn = (): Promise<unknown> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(undefined);
  });

/** Waits in real time (not the faked clock) until `condition` holds, e.g. until a mocked response was handled. */
export async function waitFor(condition: () => boolean, what = 'condition', timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await realTurn();
  }
}

/** Lets a few real event-loop turns pass, so an answer that should not come has had its chance. */
export const realTurns = async (turns = 20): Promise<void> => {
  for (let i = 0; i < turns; i++) await realTurn();
};

/**
 * Test pages run side by side, and all but one are hidden tabs: code that pauses while hidden
 * needs the page to say it is visible (tests flip it to 'hidden' and back on purpose).
 */
export function setVisibility(state: DocumentVisibilityState, announce = true): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  if (announce) document.dispatchEvent(new Event('visibilitychange'));
}

export function restoreVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
}

/** Test pages share one origin, so each file removes only the stored keys it wrote. */
export function forgetStored(fragment: string): void {
  for (const key of Object.keys(localStorage)) if (key.includes(fragment)) localStorage.removeItem(key);
}

/**
 * Wraps `fetch` so a test knows when the page has received every answer it is going to get
 * (a mocked response crosses the service worker in real time, while the clock is faked).
 * Handlers that deliberately never answer call `hang()`. The body is buffered on the way, so
 * use this for code that polls, not for tests of streaming itself.
 */
export function trackFetches() {
  const realFetch = globalThis.fetch;
  let outstanding = 0;
  let hanging = 0;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    outstanding++;
    try {
      const response = await realFetch(input, init);
      const body = await response.arrayBuffer();
      const { status, statusText, headers } = response;
      return new Response(body.byteLength ? body : null, { status, statusText, headers });
    } catch (error) {
      if (init?.signal?.aborted && hanging > 0) hanging--;
      throw error;
    } finally {
      outstanding--;
    }
  };
  return {
    /** Called by a handler that will never answer: only a timeout or an abort ends that request. */
    hang() {
      hanging++;
    },
    /** Resolves once every request that will be answered was answered and handled. */
    async settled() {
      // A poll starts a microtask after its subscription (so tickers set up together share it): let it start.
      await realTurn();
      await waitFor(() => outstanding <= hanging, 'mocked responses');
      await realTurns(3);
    },
    restore() {
      globalThis.fetch = realFetch;
    },
  };
}

interface FakeClock {
  now: number;
  tickAsync(ms: number): Promise<unknown>;
}

/** When the earliest pending fake timer is due (sinon keeps them in `clock.timers`). */
function nextTimerAt(clock: FakeClock): number | undefined {
  const timers = (clock as unknown as { timers?: Map<number, { callAt: number }> }).timers;
  let at: number | undefined;
  for (const { callAt } of timers?.values() ?? []) if (at === undefined || callAt < at) at = callAt;
  return at;
}

/**
 * Advances the fake clock by `ms` one timer at a time, letting the network settle after each,
 * so a request started by a timer is answered before later timers (such as its own timeout) run.
 */
export async function advance(clock: FakeClock, ms: number, settled: () => Promise<void>): Promise<void> {
  const target = clock.now + ms;
  for (;;) {
    await settled();
    const at = nextTimerAt(clock);
    if (at === undefined || at > target) break;
    await clock.tickAsync(at - clock.now);
  }
  await clock.tickAsync(target - clock.now);
}

/** Runs `body` while reading `window.localStorage` throws, as it does in sandboxed iframes. */
export async function withThrowingStorage(body: () => unknown): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    },
  });
  try {
    await body();
  } finally {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  }
}

/**
 * For tests of one tab's polling schedule: pollers poll by themselves, as where the browser has
 * no Web Locks, instead of waiting to lead the tabs of the site (tabs sharing polls have tests
 * of their own). Call in a `describe`.
 */
export function pollInThisTabOnly(): void {
  before(() => Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined }));
  after(() => delete (navigator as { locks?: unknown }).locks);
}
