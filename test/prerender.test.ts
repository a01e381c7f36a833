import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { FxTicker } from '../src/fx-ticker.js';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia, itWhere, NO_MEDIA_EMULATION, resetMedia, testBrowser } from './helpers/engine.js';

// Pages as `fx-ticker-feed --prerender` writes them (served by web-test-runner.config.mjs from
// test/prerender/, prerendered by the built dist/prerender.js), each in a frame of its own, with
// the built script tag placed as the query says.

interface PageWindow extends Window {
  whileLoading?: { readyState: string; defined: boolean; items: number; strips: number };
  framesShown?: string[];
  cspViolations?: string[];
}

async function page(path: string, width = 1000): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.setProperty('width', `${width}px`);
  frame.style.setProperty('height', '300px');
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

const tickers = (win: PageWindow): FxTicker[] => [...win.document.querySelectorAll<FxTicker>('fx-ticker')];
const listItems = (el: Element): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="list"] > [role="listitem"]'),
];
const texts = (el: Element, selector: string): string[] =>
  [...el.shadowRoot!.querySelectorAll(`[role="list"] ${selector}`)].map((node) => node.textContent.trim());

/** Where each box of the strip is on the page: what a layout shift would move. */
function boxes(el: Element): Record<string, number[]> {
  const root = el.shadowRoot!;
  const named: [string, Element | null][] = [
    ['host', el],
    ['viewport', root.querySelector('.viewport')],
    ['status', root.querySelector('[part="status"]')],
    ...listItems(el).flatMap((item): [string, Element | null][] =>
      ['pair', 'rate', 'change'].map((part) => [`${item.dataset.symbol} ${part}`, item.querySelector(`[part~="${part}"]`)]),
    ),
  ];
  return Object.fromEntries(
    named.map(([name, node]) => {
      const { left, top, width, height } = node!.getBoundingClientRect();
      return [name, [left, top, width, height].map((value) => Math.round(value * 2) / 2)];
    }),
  );
}

/** Adds the built script tag to a page that had none, as a late or lazily loaded script would. */
function addScript(win: PageWindow): Promise<Event> {
  const script = win.document.createElement('script');
  script.src = '/dist/fx-ticker.js';
  const loaded = oneEvent(script, 'load');
  win.document.head.append(script);
  return loaded;
}

describe('a prerendered page without JavaScript', () => {
  it('shows the static strip: one named list of the rates with their spoken phrases, the date, the right height', async () => {
    const win = await page('/test/prerender/en.html?script=none');
    const [el] = tickers(win);
    expect(win.customElements.get('fx-ticker')).to.equal(undefined);
    expect(el.shadowRoot, 'the declarative shadow root').to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[role="list"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal('Exchange rates');
    expect(texts(el, '[part="pair"]')).to.deep.equal(['KGS/USD', 'KZT/USD', 'TJS/USD', 'UZS/USD', 'TMT/USD']);
    // 1 / rate, four significant digits: 1 / 87.45 = 0.011435…, 1 / 520.1 = 0.0019227…
    expect(texts(el, '[part="rate"]')).to.deep.equal(['0.01144', '0.001923', '0.09980', '0.00008000', '0.2857']);
    expect(texts(el, '[part~="change"]')).to.deep.equal(['0%', '−0.12%', '0%', '+0.08%', '0%']);
    expect(texts(el, '.visually-hidden')[1]).to.match(/^Kazakh.* to US Dollar, 0\.001923, down 0\.12%$/);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent.trim()).to.equal('as of Aug 13, 2025');
    expect(el.getBoundingClientRect().height).to.equal(40);
    // Nothing moves, so there is nothing to pause: the button keeps its place, out of sight and of the accessibility tree.
    const button = el.shadowRoot!.querySelector('[part="control"]')!;
    expect(win.getComputedStyle(button).visibility).to.equal('hidden');
    // Every rate can be scrolled to.
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('.viewport')!).overflowX).to.equal('auto');
    // The page's own fallback content stays in the page, unshown.
    expect(el.querySelector('p')!.textContent).to.equal('Exchange rates need JavaScript.');
  });

  it("draws each ticker of a Russian page with its own attributes, in the page's language", async () => {
    const win = await page('/test/prerender/ru.html?script=none');
    const [moving, fixed] = tickers(win);
    expect(texts(moving, '[part="pair"]')).to.deep.equal(['KGS/USD', 'KZT/USD']);
    expect(texts(moving, '[part="rate"]')).to.deep.equal(['0,01144', '0,001923']);
    expect(moving.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal('Курсы валют');
    expect(moving.shadowRoot!.querySelectorAll('[role="list"] [part="trend"]')).to.have.length(2);
    expect(moving.shadowRoot!.querySelector('[role="list"] a[part="link"]')!.getAttribute('href')).to.equal('/markets/KGS-USD');
    expect(moving.shadowRoot!.querySelector('[part="status"]')!.textContent.trim()).to.equal('на 13 авг. 2025 г.');

    expect(texts(fixed, '[part="pair"]')).to.deep.equal(['USD/UZS', 'USD/TJS']);
    expect(texts(fixed, '[part="rate"]')).to.deep.equal(['12\u00a0500', '10,0']);
    expect(fixed.shadowRoot!.querySelector('.ticker')!.classList.contains('dark')).to.equal(true);
    // speed="0": the static strip the element itself draws, a named, focusable region and no pause button.
    const viewport = fixed.shadowRoot!.querySelector('.viewport')!;
    expect([viewport.getAttribute('role'), viewport.getAttribute('aria-label'), viewport.getAttribute('tabindex')]).to.deep.equal(
      ['region', 'Курсы ЦБ', '0'],
    );
    expect(fixed.shadowRoot!.querySelector('[part="control"]')).to.equal(null);
  });
});

describe('the script taking over a prerendered strip', () => {
  it('replaces it in the frame it renders, with the same numbers and nothing moved, then moves', async () => {
    const win = await page('/test/prerender/en.html?script=none');
    const [el] = tickers(win);
    const before = boxes(el);
    const rates = texts(el, '[part="rate"]');
    // Every frame from now on, sampled before it paints: how many rates it would show.
    const shown: number[] = [];
    let sampling = true;
    const sample = (): void => {
      shown.push(listItems(el).length);
      if (sampling) win.requestAnimationFrame(sample);
    };
    win.requestAnimationFrame(sample);
    await addScript(win);
    await win.customElements.whenDefined('fx-ticker');
    await el.updateComplete;
    const after = boxes(el);
    expect(el.shadowRoot!.querySelectorAll('.ticker'), 'one strip, the element’s own').to.have.length(1);
    expect(texts(el, '[part="rate"]')).to.deep.equal(rates);
    expect(after).to.deep.equal(before);
    // The element's own render: the pause button is there to press.
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part="control"]')!).visibility).to.equal('visible');
    await waitUntil(() => el.shadowRoot!.querySelector('.track')!.getAnimations().length === 1, 'the strip moves', {
      timeout: 3000,
    });
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    sampling = false;
    expect(shown.length).to.be.greaterThan(1);
    expect(Math.min(...shown), 'rates shown in every frame').to.equal(5);
  });

  itWhere(
    testBrowser.engine === 'chromium',
    'the Layout Instability API (layout-shift entries) is Chromium’s alone',
    'shifts no layout across the takeover (CLS 0)',
    async () => {
      const win = await page('/test/prerender/ru.html?script=none');
      const shifts: number[] = [];
      new (win as unknown as typeof globalThis).PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value)),
      ).observe({ type: 'layout-shift', buffered: true });
      await addScript(win);
      await win.customElements.whenDefined('fx-ticker');
      await Promise.all(tickers(win).map((el) => el.updateComplete));
      await waitUntil(() => tickers(win)[0].shadowRoot!.querySelector('.track')!.getAnimations().length === 1, 'moving');
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      expect(shifts).to.deep.equal([]);
    },
  );

  itWhere(
    canEmulateMedia,
    NO_MEDIA_EMULATION,
    'under reduced motion, lays the prerendered strip out as the static strip the element then draws',
    async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        // Narrower than the list: the static strip scrolls, with a scrollbar where the platform draws one.
        const win = await page('/test/prerender/en.html?script=none', 480);
        const [el] = tickers(win);
        expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part="control"]')!).display).to.equal('none');
        const viewport = el.shadowRoot!.querySelector('.viewport')!;
        expect(viewport.scrollWidth).to.be.greaterThan(viewport.clientWidth);
        // Its scrollbar as the static strip has it (where scrollbars take room, the same height).
        expect(win.getComputedStyle(viewport).scrollbarWidth).to.equal('auto');
        const before = boxes(el);
        await addScript(win);
        await win.customElements.whenDefined('fx-ticker');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.ticker')!.classList.contains('static')).to.equal(true);
        expect(boxes(el)).to.deep.equal(before);
      } finally {
        await resetMedia();
      }
    },
  );

  it('keeps the strip while the page still parses, then replaces it once the element has read its rates', async () => {
    const win = await page('/test/prerender/en.html?script=end');
    // Recorded right after the parser-blocking script ran: the element is defined, the page still loading.
    expect(win.whileLoading).to.deep.equal({ readyState: 'loading', defined: true, items: 5, strips: 1 });
    const [el] = tickers(win);
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.ticker')).to.have.length(1);
    expect(texts(el, '[part="rate"]')).to.deep.equal(['0.01144', '0.001923', '0.09980', '0.00008000', '0.2857']);
  });

  it('keeps the strip when an async script runs while the page is still arriving, and takes over once it has', async () => {
    // The page stops inside the ticker's declarative root, after its first item, until released.
    const hold = String(Math.random()).slice(2);
    const frame = document.createElement('iframe');
    frame.src = `/test/prerender/en.html?script=async&hold=${hold}`;
    frame.style.setProperty('width', '1000px');
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    const win = frame.contentWindow as PageWindow;
    await waitUntil(() => win.customElements?.get('fx-ticker'), 'the async script ran', { timeout: 4000 });
    const el = win.document.querySelector('fx-ticker')!;
    for (let frames = 0; frames < 3; frames++) {
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      expect(listItems(el).length, 'the prerendered item on screen while the page arrives').to.equal(1);
    }
    await fetch(`/test/prerender/release?hold=${hold}`);
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.ticker')).to.have.length(1);
    expect(texts(el, '[part="rate"]')).to.deep.equal(['0.01144', '0.001923', '0.09980', '0.00008000', '0.2857']);
  });

  it('with the script deferred in the head, as the README embeds it, paints the prerendered strip first, then shows one strip of the same rates', async () => {
    const win = await page('/test/prerender/ru.html?script=defer');
    for (const el of tickers(win)) await el.updateComplete;
    // The script ran as soon as the page was parsed; its render waited for a frame to show the prerendered rates.
    const frames = win.framesShown!;
    expect(frames[0]).to.equal('prerendered');
    expect(frames).to.not.include('none');
    const [moving, fixed] = tickers(win);
    expect(moving.shadowRoot!.querySelectorAll('.ticker')).to.have.length(1);
    expect(texts(moving, '[part="rate"]')).to.deep.equal(['0,01144', '0,001923']);
    expect(texts(fixed, '[part="rate"]')).to.deep.equal(['12\u00a0500', '10,0']);
    await waitUntil(() => moving.shadowRoot!.querySelector('.track')!.getAnimations().length === 1, 'the strip moves');
  });

  it('with a parser-blocking script in the head (defined before its children are parsed) still shows one strip', async () => {
    const win = await page('/test/prerender/en.html?script=head');
    const [el] = tickers(win);
    await el.updateComplete;
    // The element attached its own root before the parser reached the template, which stays an inert template.
    expect(el.shadowRoot!.querySelectorAll('.ticker')).to.have.length(1);
    expect(el.querySelector(':scope > template')).to.not.equal(null);
    await waitUntil(() => listItems(el).length === 5, 'the rates from the inline JSON');
    expect(texts(el, '[part="rate"]')).to.deep.equal(['0.01144', '0.001923', '0.09980', '0.00008000', '0.2857']);
  });

  it('updates the strip in place after the takeover, as any strip', async () => {
    const win = await page('/test/prerender/en.html?script=defer');
    const [el] = tickers(win);
    await el.updateComplete;
    el.rates = { base: 'USD', rates: { KGS: 88, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.ticker')).to.have.length(1);
    expect(texts(el, '[part="rate"]')[0]).to.equal('0.01136');
  });
});

describe('a prerendered page under a strict Content-Security-Policy', () => {
  it('applies the prerendered styles when the policy lists their hash, with zero violations', async () => {
    const win = await page('/test/prerender/en.html?script=none&csp=hash');
    const [el] = tickers(win);
    expect(el.getBoundingClientRect().height).to.equal(40);
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part="rate"]')!).fontVariantNumeric).to.equal('tabular-nums');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('blocks them without the hash (the hash is what allows them)', async () => {
    const win = await page('/test/prerender/en.html?script=none&csp=strict');
    const [el] = tickers(win);
    await waitUntil(() => win.cspViolations!.length > 0, 'a recorded violation', { timeout: 2000 });
    expect(win.cspViolations![0]).to.match(/^style-src/);
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part="rate"]')!).fontVariantNumeric).to.equal('normal');
  });

  it('lets the script take over with zero violations', async () => {
    const win = await page('/test/prerender/en.html?script=defer&csp=hash');
    const [el] = tickers(win);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.ticker')).to.have.length(1);
    expect(listItems(el)).to.have.length(5);
    expect(win.cspViolations).to.deep.equal([]);
  });
});
