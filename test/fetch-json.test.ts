import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { fetchJson, parseRetryAfter, type HttpError } from '../src/fetch-json.js';
import { canTransferStreams, itWhere, NO_STREAM_TRANSFER } from './helpers/engine.js';
import { startNetwork, useHandlers, waitFor } from './helpers/network.js';

const URL = 'https://rates.test/rates.json';
const START = Date.parse('2025-08-13T06:00:00Z');

const failure = async (promise: Promise<unknown>): Promise<Error> => {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
};

/** A body of `chunks` × 64 KB (or endless), counting how much of it was pulled. */
function streamedBody(chunks = Infinity) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled++ < chunks) controller.enqueue(chunk);
      else controller.close();
    },
  });
  return { body, counter };
}

/** Runs `run` with `onResponse` called on every response fetched meanwhile, then restores fetch. */
async function onEachResponse(onResponse: (response: Response) => void, run: () => Promise<void>): Promise<void> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (...args) => {
    const response = await realFetch(...args);
    onResponse(response);
    return response;
  };
  try {
    await run();
  } finally {
    globalThis.fetch = realFetch;
  }
}

/**
 * An endless body was cancelled, not left downloading: after the rejection it is pulled barely
 * more. A body nobody cancels keeps arriving for a while (the mocked one, through the service
 * worker, 50 chunks within 100 ms here), so this watches for long enough to see it.
 */
async function expectPullingStopped(counter: { pulled: number }): Promise<void> {
  const pulledAtRejection = counter.pulled;
  const keptDownloading = waitFor(() => counter.pulled >= pulledAtRejection + 16, 'more of the body', 400);
  await keptDownloading.then(
    () => expect.fail(`the body kept downloading: ${counter.pulled - pulledAtRejection} chunks after the rejection`),
    () => undefined,
  );
  expect(counter.pulled).to.be.below(pulledAtRejection + 16);
}

describe('fetchJson', () => {
  before(() => startNetwork());

  it('GETs JSON without credentials, asking for JSON, through the HTTP cache', async () => {
    let seen: Request | undefined;
    useHandlers(
      http.get(URL, ({ request }) => {
        seen = request;
        return HttpResponse.json({ base: 'USD' });
      }),
    );
    expect(await fetchJson(URL)).to.deep.equal({ base: 'USD' });
    expect(seen!.headers.get('Accept')).to.equal('application/json');
    expect(seen!.credentials).to.equal('omit');
    expect(seen!.cache).to.equal('default');
  });

  describe('HTTP errors', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: START, toFake: ['Date'] });
    });
    afterEach(() => clock.restore());

    it('rejects a non-2xx answer with its status', async () => {
      useHandlers(http.get(URL, () => HttpResponse.json({ error: 'nope' }, { status: 404 })));
      const error = await failure(fetchJson(URL));
      expect(error).to.be.instanceOf(Error);
      expect(error.message).to.equal(`${URL}: HTTP 404`);
      expect((error as HttpError).status).to.equal(404);
      expect((error as HttpError).retryAfterMs).to.equal(undefined);
    });

    it('carries Retry-After given in seconds', async () => {
      useHandlers(http.get(URL, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } })));
      const error = (await failure(fetchJson(URL))) as HttpError;
      expect([error.status, error.retryAfterMs]).to.deep.equal([429, 120_000]);
    });

    it('carries Retry-After given as an HTTP date', async () => {
      const at = new Date(START + 90_000).toUTCString();
      useHandlers(http.get(URL, () => new HttpResponse('busy', { status: 503, headers: { 'Retry-After': at } })));
      const error = (await failure(fetchJson(URL))) as HttpError;
      expect([error.status, error.retryAfterMs]).to.deep.equal([503, 90_000]);
    });
  });

  describe('parseRetryAfter', () => {
    it('reads seconds and dates, clamps the past to 0, and ignores the rest', () => {
      expect(parseRetryAfter(' 30 ')).to.equal(30_000);
      expect(parseRetryAfter('0')).to.equal(0);
      expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).to.equal(0);
      expect(parseRetryAfter('soon')).to.equal(undefined);
      expect(parseRetryAfter('')).to.equal(undefined);
      expect(parseRetryAfter(null)).to.equal(undefined);
    });
  });

  describe('size limit', () => {
    it('rejects by Content-Length before reading the body', async () => {
      useHandlers(
        http.get(URL, () => new HttpResponse('{"small":"but claims to be huge"}', { headers: { 'Content-Length': '5000000' } })),
      );
      const error = await failure(fetchJson(URL));
      expect(error.message).to.equal(`${URL}: larger than 1000000 bytes`);
    });

    itWhere(
      canTransferStreams,
      NO_STREAM_TRANSFER,
      'stops reading a streamed body without Content-Length once past the limit',
      async () => {
        const { body, counter } = streamedBody();
        let contentLength: string | null = 'unset';
        useHandlers(http.get(URL, () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })));
        await onEachResponse(
          (response) => (contentLength = response.headers.get('Content-Length')),
          async () => {
            const error = await failure(fetchJson(URL));
            expect(contentLength).to.equal(null);
            expect(error.message).to.match(/larger than 1000000 bytes/);
            await expectPullingStopped(counter);
          },
        );
      },
    );

    it('accepts a body within the limit', async () => {
      const { body } = streamedBody(3);
      useHandlers(http.get(URL, () => new HttpResponse(body)));
      const error = await failure(fetchJson(URL));
      expect(error.message, 'read in full, then parsed').to.match(/not JSON/);
    });
  });

  describe('bodies that are not JSON', () => {
    it('says so, quoting the start of an HTML error page', async () => {
      useHandlers(
        http.get(URL, () =>
          HttpResponse.html('<!DOCTYPE html>\n<html>\n  <head><title>Service Unavailable</title></head></html>'),
        ),
      );
      const error = await failure(fetchJson(URL));
      expect(error.message).to.equal(`${URL}: not JSON: "<!DOCTYPE html>\\n<html>\\n  <head><title>Se"`);
    });

    it('says so for an empty body', async () => {
      useHandlers(http.get(URL, () => new HttpResponse('')));
      expect((await failure(fetchJson(URL))).message).to.equal(`${URL}: not JSON: ""`);
    });
  });

  // The deadline is the caller's: the poller aborts a poll that hangs (see the poller's tests).
  describe('aborts', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      useHandlers(http.get(URL, () => new Promise<Response>(() => {})));
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    });
    afterEach(() => clock.restore());

    it('stops at once when the caller aborts, leaving no timer behind', async () => {
      const caller = new AbortController();
      const result = failure(fetchJson(URL, caller.signal));
      caller.abort();
      expect(clock.countTimers()).to.equal(0);
      expect((await result).name).to.equal('AbortError');
    });

    it('does not start when the signal is already aborted', async () => {
      const error = await failure(fetchJson(URL, AbortSignal.abort()));
      expect(error.name).to.equal('AbortError');
      expect(clock.countTimers()).to.equal(0);
    });
  });

  itWhere(
    canTransferStreams,
    NO_STREAM_TRANSFER,
    'stops reading a body when the caller aborts after the headers came',
    async () => {
      const { body, counter } = streamedBody();
      useHandlers(http.get(URL, () => new HttpResponse(body)));
      const caller = new AbortController();
      await onEachResponse(
        () => caller.abort(),
        async () => {
          const error = await failure(fetchJson(URL, caller.signal));
          expect(error.name).to.equal('AbortError');
          await expectPullingStopped(counter);
        },
      );
    },
  );

  it('passes a network failure through', async () => {
    useHandlers(http.get(URL, () => HttpResponse.error()));
    expect(await failure(fetchJson(URL))).to.be.instanceOf(TypeError);
  });
});
