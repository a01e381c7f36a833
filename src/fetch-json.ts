export interface FetchJsonOptions {
  /** Aborts the request from outside (the poller stopping, or starting a newer poll). */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The body is never read past this many bytes. */
  maxBytes?: number;
}

/** A non-2xx answer, with what the poller needs to honour the server's wishes. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    /** Parsed `Retry-After`, in ms from now; only readable cross-origin when the server exposes it. */
    readonly retryAfterMs: number | undefined,
    url: string,
  ) {
    super(`HTTP ${status} from ${url}`);
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

const tooLarge = (url: string, maxBytes: number) => new Error(`response from ${url} is larger than ${maxBytes} bytes`);

/**
 * GETs JSON from a public, keyless API. Credentials are omitted (nothing of the host page's
 * session leaks to a third party) and the default cache mode lets the browser revalidate
 * with ETag / Last-Modified, so an unchanged source costs a 304.
 */
export async function fetchJson(
  url: string,
  { signal, timeoutMs = 15_000, maxBytes = 1_000_000 }: FetchJsonOptions = {},
): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  // Clears the timer at once, so a caller that stops is left with no timer running.
  const forwardAbort = () => {
    clearTimeout(timer);
    controller.abort(signal?.reason);
  };
  if (signal?.aborted) forwardAbort();
  signal?.addEventListener('abort', forwardAbort);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new HttpError(response.status, parseRetryAfter(response.headers.get('Retry-After')), url);
    if (Number(response.headers.get('Content-Length')) > maxBytes) throw tooLarge(url, maxBytes);
    const text = await readText(response, url, maxBytes);
    try {
      return JSON.parse(text);
    } catch {
      const start = text.slice(0, 40).replace(/\s+/g, ' ').trim();
      throw new Error(`response from ${url} is not JSON: "${start}${text.length > 40 ? '…' : ''}"`);
    }
  } catch (error) {
    if (!timedOut) throw error;
    const timeout = new Error(`request to ${url} timed out after ${timeoutMs / 1000} s`);
    timeout.name = 'TimeoutError';
    throw timeout;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
    // Releases the connection and any unread body when we gave up early; a no-op after a full read.
    controller.abort();
  }
}

/** Reads the body as text, stopping as soon as it passes `maxBytes`, so a huge or endless body is never held. */
async function readText(response: Response, url: string, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) throw tooLarge(url, maxBytes);
    text += decoder.decode(value, { stream: true });
  }
}
