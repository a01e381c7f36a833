/** A body is never read past this many bytes. */
export const MAX_JSON_BYTES = 1_000_000;

/**
 * The error of a non-2xx answer, with what the poller needs to honour the server's wishes:
 * `retryAfterMs` is the parsed `Retry-After`, only readable cross-origin when the server exposes it.
 */
export type HttpError = Error & { status: number; retryAfterMs: number | undefined };

/** `Retry-After` is either delay-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null): number | undefined {
  const text = value?.trim() ?? '';
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * GETs JSON from a public, keyless API. Credentials are omitted (nothing of the host page's
 * session leaks to a third party). `cache` is the provider's choice (see each adapter): the
 * default mode keeps a site's own `Cache-Control`. `signal` aborts the request, the body read included.
 */
export async function fetchJson(url: string, signal?: AbortSignal, cache?: RequestCache): Promise<unknown> {
  const failure = (what: string) => new Error(`${url}: ${what}`);
  const { ok, status, headers, body } = await fetch(url, {
    signal,
    cache,
    credentials: 'omit',
    headers: { Accept: 'application/json' },
  });
  if (!ok) {
    throw Object.assign(failure(`HTTP ${status}`), { status, retryAfterMs: parseRetryAfter(headers.get('Retry-After')) });
  }
  const reader = body?.getReader();
  // Checked on the announced length, then on every chunk (a chunked body announces none); past
  // the cap the body is cancelled, so a huge or endless one is neither held nor downloaded on.
  const limit = (bytes: number) => {
    if (bytes > MAX_JSON_BYTES) {
      void reader?.cancel();
      throw failure(`larger than ${MAX_JSON_BYTES} bytes`);
    }
  };
  limit(Number(headers.get('Content-Length')));
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    limit((size += value.length));
    text += decoder.decode(value, { stream: true });
  }
  text += decoder.decode();
  try {
    return JSON.parse(text);
  } catch {
    // Quoted as a JSON string, so line breaks and control characters show as escapes.
    throw failure(`not JSON: ${JSON.stringify(text.slice(0, 40))}`);
  }
}
