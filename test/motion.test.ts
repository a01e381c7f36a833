import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import '../src/define.js';
import type { FxTicker } from '../src/fx-ticker.js';
import { canEmulateMedia, itWhere, NO_MEDIA_EMULATION, resetMedia } from './helpers/engine.js';
import { startNetwork } from './helpers/network.js';
import { FEED } from './helpers/ticker.js';

/** A ticker fed by the `rates` property (no network), inside a box of the given width. */
async function tickerIn(width: number, attributes = ''): Promise<{ el: FxTicker; box: HTMLDivElement }> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.setProperty('width', `${width}px`);
  box.innerHTML = `<fx-ticker source="none" ${attributes}></fx-ticker>`;
  const el = box.querySelector('fx-ticker')!;
  el.rates = FEED;
  await settle(el);
  return { el, box };
}

/** Lets rendering, layout and the resize observer run, twice, since copies change the layout. */
async function settle(el: FxTicker): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

const shadow = (el: FxTicker) => el.shadowRoot!;
const track = (el: FxTicker) => shadow(el).querySelector<HTMLElement>('.track')!;
const viewport = (el: FxTicker) => shadow(el).querySelector<HTMLElement>('.viewport')!;
const sets = (el: FxTicker) => [...shadow(el).querySelectorAll<HTMLElement>('ul')];
const animation = (el: FxTicker) => track(el).getAnimations()[0];
const translateX = (el: FxTicker) => new DOMMatrixReadOnly(getComputedStyle(track(el)).transform).m41;

/**
 * Where the track is at a given animation time, read from the rendered transform. Read with
 * the animation held: in WebKit a running animation's time can move on between setting it
 * and reading the style (a millisecond, enough to wrap past the end of the loop).
 */
function translateAt(el: FxTicker, timeMs: number): number {
  const motion = animation(el);
  const running = motion.playState === 'running';
  motion.pause();
  motion.currentTime = timeMs;
  const x = translateX(el);
  if (running) motion.play();
  return x;
}

/** At the start, middle and end of the loop, the track covers the whole viewport: no gap shows. */
function expectTrackCoversViewport(el: FxTicker): void {
  const view = viewport(el).getBoundingClientRect();
  const duration = Number(animation(el).effect!.getTiming().duration);
  for (const fraction of [0, 0.5, 0.999]) {
    translateAt(el, fraction * duration);
    const rect = track(el).getBoundingClientRect();
    expect(rect.left).to.be.at.most(view.left + 0.5);
    expect(rect.right).to.be.at.least(view.right - 0.5);
  }
}

describe('motion', () => {
  afterEach(resetMedia);

  it('runs one transform animation on the track, and nothing else', async () => {
    const { el } = await tickerIn(800);
    const animations = shadow(el).getAnimations?.() ?? track(el).getAnimations({ subtree: true });
    expect(animations).to.have.length(1);
    const keyframes = (animations[0].effect as KeyframeEffect).getKeyframes();
    expect(
      Object.keys(keyframes[0]).filter((key) => !['offset', 'easing', 'composite', 'computedOffset'].includes(key)),
    ).to.deep.equal(['transform']);
  });

  for (const width of [200, 800, 1920, 3840]) {
    it(`covers a ${width} px host with copies at every moment of the loop`, async () => {
      const { el } = await tickerIn(width);
      const setWidth = sets(el)[0].getBoundingClientRect().width;
      const trackWidth = track(el).getBoundingClientRect().width;
      const visible = viewport(el).clientWidth;
      // At least one copy, and none to spare: one copy fewer would leave the viewport uncovered.
      const copies = sets(el).length - 1;
      expect(copies).to.be.at.least(1);
      if (copies > 1) expect((copies - 1) * setWidth).to.be.below(visible);
      // The track is one set longer than the viewport, and moves by at most one set.
      expect(trackWidth).to.be.at.least(visible + setWidth - 1);
      const duration = Number(animation(el).effect!.getTiming().duration);
      for (const fraction of [0, 0.25, 0.5, 0.75, 0.999]) {
        const x = translateAt(el, fraction * duration);
        expect(-x).to.be.within(-0.5, setWidth + 0.5);
        expect(trackWidth + x).to.be.at.least(visible - 0.5);
      }
    });
  }

  it('moves at `speed` px/s whatever the content width, also after a resize', async () => {
    const { el, box } = await tickerIn(600, 'speed="50"');
    const speedAt = () => (translateAt(el, 0) - translateAt(el, 1000)) / 1;
    expect(speedAt()).to.be.closeTo(50, 0.5);
    box.style.setProperty('width', '2500px');
    await settle(el);
    expect(speedAt()).to.be.closeTo(50, 0.5);
    el.symbols = 'KGS';
    await settle(el);
    expect(speedAt()).to.be.closeTo(50, 0.5);
  });

  it('follows a speed, a direction or speed="0" set at runtime, with no resize', async () => {
    const { el } = await tickerIn(600);
    const speedAt = () => (translateAt(el, 0) - translateAt(el, 1000)) / 1;
    el.speed = 80;
    await settle(el);
    expect(speedAt()).to.be.closeTo(80, 0.5);
    el.direction = 'right';
    await settle(el);
    expect(speedAt()).to.be.closeTo(-80, 0.5);
    el.speed = 0;
    await settle(el);
    expect(track(el).getAnimations()).to.have.length(0);
  });

  it('recomputes copies on resize', async () => {
    const { el, box } = await tickerIn(300);
    const before = sets(el).length;
    box.style.setProperty('width', '3000px');
    await settle(el);
    expect(sets(el).length).to.be.greaterThan(before);
    box.style.setProperty('width', '300px');
    await settle(el);
    expect(sets(el).length).to.equal(before);
  });

  it('loops without a seam: the end of the loop looks exactly like its start', async () => {
    const { el } = await tickerIn(800);
    const duration = Number(animation(el).effect!.getTiming().duration);
    const [first, second] = sets(el);
    const startX = translateAt(el, 0);
    const endX = translateAt(el, duration - 1e-3);
    // At the end, the second set stands where the first stood at the start.
    const secondOffset = second.getBoundingClientRect().left - track(el).getBoundingClientRect().left;
    const firstOffset = first.getBoundingClientRect().left - track(el).getBoundingClientRect().left;
    expect(endX + secondOffset).to.be.closeTo(startX + firstOffset, 0.1);
  });

  const positions = (el: FxTicker) =>
    [...shadow(el).querySelectorAll('[part~="item"]')].map((item) => item.getBoundingClientRect().left);

  it('changes the numbers in place: nothing on screen moves when an update keeps widths', async () => {
    const { el } = await tickerIn(900);
    el.paused = true;
    await settle(el);
    animation(el).currentTime = 2_700;
    const before = positions(el);
    el.rates = { ...FEED, rates: { ...FEED.rates, KGS: 87.61, KZT: 521.3, UZS: 12_530 } };
    await settle(el);
    expect(shadow(el).querySelector('[data-symbol="KZT"] [part="rate"]')!.textContent).to.equal('0.001918');
    const after = positions(el);
    after.forEach((x, i) => expect(x).to.be.closeTo(before[i], 0.5));
    expect(animation(el).playState).to.equal('paused');
  });

  it('keeps the item the reader is looking at in place when an earlier item changes width', async () => {
    const { el } = await tickerIn(900);
    el.paused = true;
    await settle(el);
    const view = viewport(el).getBoundingClientRect();
    const firstOnScreen = () =>
      [...shadow(el).querySelectorAll<HTMLElement>('[part~="item"]')].find(
        (item) => item.getBoundingClientRect().right > view.left,
      )!;
    // Scroll until KGS has just left the screen, so KZT leads and KGS widening would push it.
    const kgs = shadow(el).querySelector('[data-symbol="KGS"]')!.getBoundingClientRect();
    animation(el).currentTime = ((kgs.right - view.left + 5) / 40) * 1000;
    const lead = firstOnScreen();
    expect(lead.dataset.symbol).to.equal('KZT');
    const before = lead.getBoundingClientRect().left;
    const kgsWidth = kgs.width;
    el.rates = { ...FEED, rates: { ...FEED.rates, KGS: 1e-7 } };
    await settle(el);
    expect(shadow(el).querySelector('[data-symbol="KGS"]')!.getBoundingClientRect().width).not.to.be.closeTo(kgsWidth, 1);
    expect(lead.getBoundingClientRect().left).to.be.closeTo(before, 0.5);
  });

  it('keeps moving, not restarting, across an update', async () => {
    const { el } = await tickerIn(900);
    animation(el).currentTime = 5_000;
    el.rates = { ...FEED, rates: { ...FEED.rates, UZS: 12_600 } };
    await settle(el);
    expect(Number(animation(el).currentTime)).to.be.greaterThan(4_900);
    expect(animation(el).playState).to.equal('running');
  });

  it('moves left by default and right with direction="right"', async () => {
    const left = (await tickerIn(800)).el;
    expect(translateAt(left, 1000)).to.be.lessThan(translateAt(left, 0) + 1e-9);
    const right = (await tickerIn(800, 'direction="right"')).el;
    expect(translateAt(right, 1000)).to.be.greaterThan(translateAt(right, 0));
  });

  it('moves right on a right-to-left page, and keeps its copies covering the viewport', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 1000px"><fx-ticker source="none"></fx-ticker></div>`,
    );
    const el = box.querySelector('fx-ticker')!;
    el.rates = FEED;
    await settle(el);
    expect(translateAt(el, 1000)).to.be.greaterThan(translateAt(el, 0));
    expectTrackCoversViewport(el);
  });

  it("follows the page's dir, not a CSS direction alone, and still covers the viewport", async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="direction: rtl; width: 1000px"><fx-ticker source="none"></fx-ticker></div>`,
    );
    const el = box.querySelector('fx-ticker')!;
    el.rates = FEED;
    await settle(el);
    expect(el.direction).to.equal('left');
    expect(translateAt(el, 1000)).to.be.lessThan(translateAt(el, 0));
    expectTrackCoversViewport(el);
  });

  it('pauses with the button and on hover, and resumes', async () => {
    const { el } = await tickerIn(800);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="control"]')!;
    button.click();
    await settle(el);
    expect(animation(el).playState).to.equal('paused');
    button.click();
    await settle(el);
    expect(animation(el).playState).to.equal('running');

    viewport(el).dispatchEvent(new PointerEvent('pointerenter'));
    expect(animation(el).playState).to.equal('paused');
    viewport(el).dispatchEvent(new PointerEvent('pointerleave'));
    expect(animation(el).playState).to.equal('running');
  });

  it('pauses under a real pointer, resumes when it leaves, and answers a real click on its button', async () => {
    const { el } = await tickerIn(800);
    const centre = (rect: DOMRect): [number, number] => [
      Math.round(rect.left + rect.width / 2),
      Math.round(rect.top + rect.height / 2),
    ];
    const [x, y] = centre(viewport(el).getBoundingClientRect());
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await nextFrame();
      expect(animation(el).playState).to.equal('paused');
      await sendMouse({ type: 'move', position: [x, y + 200] });
      await nextFrame();
      expect(animation(el).playState).to.equal('running');
      await sendMouse({ type: 'click', position: centre(shadow(el).querySelector('[part="control"]')!.getBoundingClientRect()) });
      await settle(el);
      expect(el.paused).to.equal(true);
      expect(animation(el).playState).to.equal('paused');
    } finally {
      await resetMouse();
    }
  });

  describe("with a link inside (er-api's attribution)", () => {
    before(() =>
      startNetwork(
        http.get('https://open.er-api.com/v6/latest/USD', () =>
          HttpResponse.json({
            result: 'success',
            base_code: 'USD',
            time_last_update_unix: 1755043201,
            rates: { USD: 1, ...FEED.rates },
          }),
        ),
      ),
    );
    beforeEach(() => localStorage.clear());

    it('pauses while focus is inside, and resumes when focus leaves', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 800px"><button id="outside">outside</button></div>`);
      const updated = oneEvent(box, 'fx-ticker-update');
      box.insertAdjacentHTML('beforeend', '<fx-ticker provider="er-api"></fx-ticker>');
      await updated;
      const el = box.querySelector('fx-ticker')!;
      await settle(el);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="status"] a')!;
      expect(animation(el).playState, 'before').to.equal('running');
      link.focus();
      expect(shadow(el).activeElement).to.equal(link);
      expect(animation(el).playState, 'link focused').to.equal('paused');
      box.querySelector<HTMLButtonElement>('#outside')!.focus();
      expect(animation(el).playState, 'focus moved out to the page').to.equal('running');
      link.focus();
      link.blur();
      expect(animation(el).playState, 'focus gone from the page').to.equal('running');
      localStorage.clear();
    });
  });

  it('does not hold the strip still while only the pause button has focus', async () => {
    const { el } = await tickerIn(800);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="control"]')!;
    button.focus();
    expect(animation(el).playState).to.equal('running');
    // The space bar by its key value: puppeteer over WebDriver BiDi (Firefox) has no 'Space' name.
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.paused).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.paused).to.equal(false);
    expect(animation(el).playState).to.equal('running');
  });

  it('pauses while the page is hidden', async () => {
    const { el } = await tickerIn(800);
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      expect(animation(el).playState).to.equal('paused');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', visibility);
      document.dispatchEvent(new Event('visibilitychange'));
    }
    expect(animation(el).playState).to.equal('running');
  });

  it('pauses while scrolled off-screen', async () => {
    const { el, box } = await tickerIn(800);
    box.style.setProperty('margin-top', '5000px');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settle(el);
    expect(animation(el).playState).to.equal('paused');
    box.style.removeProperty('margin-top');
    await settle(el);
    await nextFrame();
    expect(animation(el).playState).to.equal('running');
  });

  itWhere(
    canEmulateMedia,
    NO_MEDIA_EMULATION,
    'does not move with prefers-reduced-motion, and keeps every item reachable',
    async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el } = await tickerIn(250);
      expect(track(el).getAnimations()).to.have.length(0);
      expect(sets(el)).to.have.length(1);
      expect(shadow(el).querySelector('[part="control"]')).to.equal(null);
      const view = viewport(el);
      expect(view.scrollWidth).to.be.greaterThan(view.clientWidth);
      expect(getComputedStyle(view).overflowX).to.equal('auto');
      expect(view.tabIndex).to.equal(0);
      view.scrollLeft = view.scrollWidth;
      const last = shadow(el).querySelector('[data-symbol="TMT"]')!.getBoundingClientRect();
      expect(last.right).to.be.at.most(view.getBoundingClientRect().right + 0.5);
    },
  );

  itWhere(canEmulateMedia, NO_MEDIA_EMULATION, 'starts moving when reduced motion is switched off', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await tickerIn(800);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await settle(el);
    expect(animation(el).playState).to.equal('running');
  });

  // Every engine: the preference as the page's matchMedia reports it, where WebDriver cannot emulate it.
  it('stops for a reader who prefers reduced motion, and moves once the preference is switched off', async () => {
    const preference = Object.assign(new EventTarget(), { matches: true, media: '(prefers-reduced-motion: reduce)' });
    const matchMedia = window.matchMedia.bind(window);
    const stub = sinon
      .stub(window, 'matchMedia')
      .callsFake((query: string) =>
        query.includes('prefers-reduced-motion') ? (preference as unknown as MediaQueryList) : matchMedia(query),
      );
    try {
      const { el } = await tickerIn(800);
      expect(track(el).getAnimations()).to.have.length(0);
      expect(shadow(el).querySelector('[part="control"]')).to.equal(null);
      preference.matches = false;
      preference.dispatchEvent(new Event('change'));
      await settle(el);
      expect(animation(el).playState).to.equal('running');
    } finally {
      stub.restore();
    }
  });

  // The static list reduced motion shows too, so engines that cannot emulate the preference test its layout here.
  it('shows a static list with speed="0" that scrolls to its last item', async () => {
    const { el } = await tickerIn(250, 'speed="0"');
    expect(track(el).getAnimations()).to.have.length(0);
    expect(sets(el)).to.have.length(1);
    expect(shadow(el).querySelector('[part="control"]')).to.equal(null);
    const view = viewport(el);
    expect(view.scrollWidth).to.be.greaterThan(view.clientWidth);
    expect(getComputedStyle(view).overflowX, 'a reader can scroll it').to.equal('auto');
    expect(view.tabIndex).to.equal(0);
    view.scrollLeft = view.scrollWidth;
    const last = shadow(el).querySelector('[data-symbol="TMT"]')!.getBoundingClientRect();
    expect(last.right).to.be.at.most(view.getBoundingClientRect().right + 0.5);
  });

  it('reserves its height before the first data arrives', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><fx-ticker source="none"></fx-ticker></div>`);
    const el = box.querySelector('fx-ticker')!;
    await el.updateComplete;
    const empty = el.getBoundingClientRect().height;
    el.rates = FEED;
    await settle(el);
    expect(empty).to.be.greaterThan(20);
    expect(el.getBoundingClientRect().height).to.equal(empty);
  });

  it('stops its animation when removed, and restarts when put back', async () => {
    const { el, box } = await tickerIn(800);
    el.remove();
    expect(track(el).getAnimations()).to.have.length(0);
    box.append(el);
    await settle(el);
    expect(animation(el).playState).to.equal('running');
  });
});
