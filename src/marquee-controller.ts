import { render, type ReactiveController, type ReactiveElement } from 'lit';
import type { ScrollDirection } from './options.js';

export interface MarqueeSettings {
  /** CSS pixels per second; 0 means a static list. */
  speed: number;
  direction: ScrollDirection;
  rtl: boolean;
  /** The pause button's state. */
  paused: boolean;
}

type PauseReason = 'button' | 'hover' | 'focus' | 'offscreen' | 'hidden';

/** One pass of the loop: the track moves from `from` to `to` px in `duration` ms. */
interface Loop {
  from: number;
  to: number;
  duration: number;
}

/**
 * Owns the motion of the host's template (`.viewport` > `.track` > the `[role=list]` set):
 * the copies of the set that fill the host, and one Web Animations transform on the track.
 * The copies are rendered by Lit into lists of their own after each host render, so an
 * update changes their numbers in place, and counting them (which needs the set's width,
 * known only after the set is laid out) never costs the host a second render. Geometry is
 * read only in a ResizeObserver callback, after the frame's own layout, so an update forces
 * no style or layout pass. A transform animation runs on the compositor, so a steady strip
 * costs no layout, no style work and no script per frame. What connecting sets up,
 * disconnecting tears down, so a moved element neither leaks nor freezes.
 */
export class MarqueeController implements ReactiveController {
  /** Copies of the set after the primary one, as last counted; none are shown while the strip is static. */
  copies = 1;
  /** True when the strip does not move at all (speed 0 or reduced motion). */
  isStatic = false;

  #host: ReactiveElement;
  #settings: () => MarqueeSettings;
  /** The settings of the current render, read once before it (reading direction after a render would force a style pass). */
  #now!: MarqueeSettings;
  /** A copy's content: the set's items without roles, spoken phrases or link targets. */
  #copyContent: () => unknown;
  // None on a server (fx-ticker-feed --prerender), where the strip is drawn, not moved.
  #reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
  #pauses = new Set<PauseReason>();
  #listening?: AbortController;
  #resize?: ResizeObserver;
  #onScreen?: IntersectionObserver;
  #viewport?: HTMLElement;
  #track?: HTMLElement;
  #set?: Element | null;
  #animation?: Animation;
  #loop?: Loop;
  /** Left and right edges of the track's items, relative to the track, and the set's width, as last laid out. */
  #edges: number[][] = [];
  #width = 0;

  constructor(host: ReactiveElement, settings: () => MarqueeSettings, copyContent: () => unknown) {
    this.#host = host;
    this.#settings = settings;
    this.#copyContent = copyContent;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    this.#listening = new AbortController();
    this.#on(this.#reducedMotion, 'change', () => host.requestUpdate());
    const onVisibility = () => this.#pause('hidden', document.visibilityState === 'hidden');
    this.#on(document, 'visibilitychange', onVisibility);
    onVisibility();
    // The pause button takes focus to be pressed; only focus elsewhere inside holds the strip.
    this.#on(host, 'focusin', (event) => this.#pause('focus', !(event.composedPath()[0] as Element).matches?.('button')));
    this.#on(host, 'focusout', (event) => {
      if (!host.contains((event as FocusEvent).relatedTarget as Node | null)) this.#pause('focus', false);
    });
    this.#resize = new ResizeObserver(() => this.#measure());
    this.#onScreen = new IntersectionObserver((entries) => this.#pause('offscreen', !entries.at(-1)!.isIntersecting));
    this.#onScreen.observe(host);
    // Connected again after a move, with no property changed: render to rebuild the animation.
    host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#listening?.abort();
    this.#resize?.disconnect();
    this.#onScreen?.disconnect();
    this.#set = undefined;
    this.#pauses.clear();
    this.#stop();
  }

  /** Before rendering: whether to draw copies. */
  hostUpdate(): void {
    this.#now = this.#settings();
    this.isStatic = this.#now.speed === 0 || !!this.#reducedMotion?.matches;
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    const set = root.querySelector('[role="list"]');
    if (set !== this.#set) {
      this.#set = set;
      this.#viewport = root.querySelector<HTMLElement>('.viewport')!;
      this.#track = root.querySelector<HTMLElement>('.track') ?? undefined;
      this.#resize!.disconnect();
      this.#stop();
      this.#width = 0; // a new set starts once it is laid out
      if (set) {
        this.#resize!.observe(this.#viewport);
        this.#on(this.#viewport, 'pointerenter', this.#hover);
        this.#on(this.#viewport, 'pointerleave', this.#hover);
      }
    }
    // New numbers may change an item's width, and so move the items after it: the observer
    // reports that after the frame's layout, in time to hold the track before it paints.
    for (const item of set?.children ?? []) this.#resize!.observe(item);
    this.#pause('button', this.#now.paused);
    this.#copy();
    // A new speed or direction, or a static strip, applies now; a new width after the layout.
    this.#sync(this.#width, 0);
  }

  /**
   * Keeps `copies` lists after the set in the track, hidden from assistive technology and
   * focus (`aria-hidden`, `inert`), and renders the set's items into each: Lit changes only
   * what changed, so an update touches their numbers and nothing else.
   */
  #copy(): void {
    const set = this.#set;
    const track = this.#track;
    if (!set || !track) return;
    const copies = this.isStatic ? 0 : this.copies;
    while (track.children.length > copies + 1) track.lastElementChild!.remove();
    while (track.children.length <= copies) {
      const copy = track.appendChild(document.createElement('ul'));
      copy.ariaHidden = 'true';
      copy.inert = true;
    }
    const content = this.#copyContent();
    for (const copy of [...track.children].slice(1)) render(content, copy as HTMLElement);
  }

  #on(target: EventTarget, type: string, listener: (event: Event) => void): void {
    target.addEventListener(type, listener, { signal: this.#listening!.signal });
  }

  #hover = (event: Event): void => this.#pause('hover', event.type === 'pointerenter');

  #pause(reason: PauseReason, on: boolean): void {
    if (on) this.#pauses.add(reason);
    else this.#pauses.delete(reason);
    const animation = this.#animation;
    if (!animation) return;
    if (this.#pauses.size > 0) animation.pause();
    else if (animation.playState !== 'running') animation.play();
  }

  #stop(): void {
    this.#animation?.cancel();
    this.#animation = this.#loop = undefined;
  }

  /**
   * After a layout that resized the set, an item or the viewport: asks for enough copies to
   * cover the viewport (one set scrolls out while the copies fill the rest), and starts or
   * retunes the animation. When an item changed width, the track moves by as much as the
   * first item on screen moved inside it, so what the reader is looking at stays where it was.
   */
  #measure(): void {
    const set = this.#set;
    const track = this.#track;
    if (!set || !track) return;
    const width = set.getBoundingClientRect().width;
    const needed = Math.max(1, Math.ceil(this.#viewport!.clientWidth / width));
    if (!this.isStatic && width && needed !== this.copies) {
      this.copies = needed;
      this.#copy();
    }
    const view = this.#viewport!.getBoundingClientRect();
    const { left } = track.getBoundingClientRect();
    const before = this.#edges;
    const edges = [...track.querySelectorAll('li')].map((item) => {
      const rect = item.getBoundingClientRect();
      return [rect.left - left, rect.right - left];
    });
    // Where the items were on screen before this layout: the track has not moved since.
    const anchor =
      before.length === edges.length ? before.findIndex(([from, to]) => left + to > view.left && left + from < view.right) : -1;
    this.#edges = edges;
    this.#sync((this.#width = width), anchor < 0 ? 0 : before[anchor][0] - edges[anchor][0]);
  }

  /**
   * Starts the animation for a set `width` px wide, or retunes it to a new width or speed
   * while keeping the track where it is on screen (modulo one set), moved by `shift` px, so
   * updates never jump.
   */
  #sync(width: number, shift: number): void {
    const { speed, direction, rtl, paused } = this.#now;
    if (this.isStatic || !(width > 0) || !this.#track) return this.#stop();
    // Copies extend to the right in LTR and to the left in RTL, one set's width apart.
    const extent = rtl ? width : -width;
    const [from, to] = (direction === 'left') === extent < 0 ? [0, extent] : [extent, 0];
    const loop: Loop = { from, to, duration: (width / speed) * 1000 };
    const previous = this.#loop;
    let animation = this.#animation;
    if (!shift && previous && JSON.stringify(previous) === JSON.stringify(loop)) return;

    const keyframes = [{ transform: `translateX(${from}px)` }, { transform: `translateX(${to}px)` }];
    let x = from;
    if (animation && previous) {
      const time = Number(animation.currentTime) % previous.duration;
      x = previous.from + ((previous.to - previous.from) * time) / previous.duration + shift;
      (animation.effect as KeyframeEffect).setKeyframes(keyframes);
      animation.effect!.updateTiming({ duration: loop.duration });
    } else {
      animation = this.#track.animate(keyframes, { duration: loop.duration, iterations: Infinity });
    }
    // Where x falls in the new loop, as a fraction in [0, 1).
    const progress = ((((x - from) / (to - from)) % 1) + 1) % 1;
    animation.currentTime = progress * loop.duration;
    this.#animation = animation;
    this.#loop = loop;
    this.#pause('button', paused);
  }
}
