import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { waitFor } from './helpers/network.js';

/**
 * Two tabs of one site, as two same-origin frames (each its own page: its own modules, timers
 * and pollers; Web Locks and BroadcastChannel span both), each with a ticker on the same
 * source, polling every 10 s. The source is the test server's own (web-test-runner.config.mjs),
 * which counts the requests it answers; each frame's clock is faked, so an interval passes
 * when the test says so.
 */
describe('tabs of one site', () => {
  let name: string;
  let source: string;
  const frames: HTMLIFrameElement[] = [];

  const requests = async (): Promise<number> => Number(await (await fetch(`/http-cache/${name}/requests`)).text());

  /** A frame that has loaded the element, with its clock faked, then given a ticker. */
  async function tab() {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<script type="module" src="/src/define.ts"></script>';
    document.body.append(frame);
    frames.push(frame);
    const view = () => frame.contentWindow as (Window & typeof globalThis) | null;
    await waitFor(() => !!view()?.customElements.get('fx-ticker'), 'the frame to define the element', 4000);
    // sinon's types lag behind its `global` option, which fakes another page's clock.
    const clock = sinon.useFakeTimers({
      global: view()!,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: Date.now(),
    } as Parameters<typeof sinon.useFakeTimers>[0]);
    const ticker = view()!.document.createElement('fx-ticker');
    ticker.setAttribute('source', source);
    ticker.setAttribute('symbols', 'KGS');
    ticker.setAttribute('interval', '10');
    ticker.setAttribute('speed', '0');
    view()!.document.body.append(ticker);
    const kgs = () => ticker.shadowRoot?.querySelector('[data-symbol="KGS"] [part="rate"]')?.textContent ?? '';
    // A tab that closes leaves its page, as a navigation does: the page is hidden and unloaded.
    const close = async () => {
      const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      view()!.location.replace('about:blank');
      await left;
      frame.remove();
    };
    return { frame, clock, kgs, close };
  }

  beforeEach(() => {
    name = `tabs-${Date.now()}-${Math.round(Math.random() * 1e9)}`;
    source = `/http-cache/${name}/v2/rates`;
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    for (const key of Object.keys(localStorage)) if (key.includes(name)) localStorage.removeItem(key);
  });

  it('poll once per interval between them, and each shows what that poll brought', async () => {
    const first = await tab();
    await waitFor(() => first.kgs() !== '', 'the first tab to show rates', 4000);
    const second = await tab();
    await waitFor(() => second.kgs() !== '', 'the second tab to show the first tab’s rates', 4000);
    expect(await requests(), 'the second tab polled nothing of its own').to.equal(1);
    expect(second.kgs()).to.equal(first.kgs());

    for (let interval = 1; interval <= 3; interval++) {
      const before = first.kgs();
      await Promise.all([first.clock.tickAsync(10_000), second.clock.tickAsync(10_000)]);
      await waitFor(
        () => first.kgs() !== before && second.kgs() === first.kgs(),
        `interval ${interval} to reach both tabs`,
        4000,
      );
      expect(await requests(), `requests after interval ${interval}`).to.equal(1 + interval);
    }
  });

  it('the other tab takes over polling within one interval when the polling tab closes', async () => {
    const first = await tab();
    await waitFor(() => first.kgs() !== '', 'the first tab to show rates', 4000);
    const second = await tab();
    await waitFor(() => second.kgs() !== '', 'the second tab to show rates', 4000);
    await first.close();
    const before = second.kgs();
    await second.clock.tickAsync(10_000);
    await waitFor(() => second.kgs() !== before, 'the survivor to poll', 4000);
    expect(await requests()).to.equal(2);
    const after = second.kgs();
    await second.clock.tickAsync(10_000);
    await waitFor(() => second.kgs() !== after, 'the survivor to keep polling', 4000);
    expect(await requests()).to.equal(3);
  });
});
