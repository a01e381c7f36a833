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
