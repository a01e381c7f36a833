import type { ReactiveController, ReactiveElement } from 'lit';
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
 * The copies are clones of the rendered set, made after each render, so counting them
 * (which needs the set's width, known only after the set is rendered) never costs the host
 * a second render. A transform animation runs on the compositor, so a steady strip costs no layout,
 * no style work and no script per frame. What connecting sets up, disconnecting tears
 * down, so a moved element neither leaks nor freezes.
 */
export class MarqueeController implements ReactiveController {
  /** Copies of the set after the primary one; 0 when the strip is static. */
  copies = 1;
  /** True when the strip does not move at all (speed 0 or reduced motion). */
  isStatic = false;

  #host: ReactiveElement;
  #settings: () => MarqueeSettings;
  #reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  #pauses = new Set<PauseReason>();
  #listening?: AbortController;
  #resize?: ResizeObserver;
  #onScreen?: IntersectionObserver;
  #viewport?: HTMLElement;
  #track?: HTMLElement;
  #set?: Element | null;
  #animation?: Animation;
  #loop?: Loop;
  /** The item the reader sees first (its index among the track's items), and where it sat in the track before an update. */
  #anchor?: { index: number; items: number; offset: number };

  constructor(host: ReactiveElement, settings: () => MarqueeSettings) {
    this.#host = host;
    this.#settings = settings;
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

  /** Before rendering: whether to draw copies, and which item the reader is looking at. */
  hostUpdate(): void {
    this.isStatic = this.#settings().speed === 0 || this.#reducedMotion.matches;
    this.copies = this.isStatic ? 0 : Math.max(1, this.copies);
    this.#anchor = undefined;
    if (!this.#animation) return;
    const view = this.#viewport!.getBoundingClientRect();
    const items = this.#items();
    for (const [index, item] of items.entries()) {
      const { left, right } = item.getBoundingClientRect();
      if (right > view.left && left < view.right) {
        this.#anchor = { index, items: items.length, offset: this.#offsetInTrack(item) };
        break;
      }
    }
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
      if (set) {
        this.#resize!.observe(set);
        this.#resize!.observe(this.#viewport);
        this.#on(this.#viewport, 'pointerenter', this.#hover);
        this.#on(this.#viewport, 'pointerleave', this.#hover);
      }
    }
    this.#pause('button', this.#settings().paused);
    this.#copy();
    const anchor = this.#anchor;
    const items = this.#items();
    // New numbers may have changed widths: move the track by as much as the item on screen
    // moved inside it, so what the reader is looking at stays where it was.
    this.#measure(anchor && anchor.items === items.length ? anchor.offset - this.#offsetInTrack(items[anchor.index]) : 0);
  }

  #items(): Element[] {
    return this.#track ? [...this.#track.querySelectorAll('li')] : [];
  }

  /**
   * Replaces the copies (everything after the set in the track) with `copies` fresh clones
   * of the set, hidden from assistive technology and focus (`aria-hidden`, `inert`), without
   * the set's list roles, spoken phrases and link targets.
   */
  #copy(): void {
    const set = this.#set;
    const track = this.#track;
    if (!set || !track) return;
    while (set.nextSibling) set.nextSibling.remove();
    if (this.isStatic || !this.copies) return;
    const copy = set.cloneNode(true) as HTMLElement;
    copy.removeAttribute('role'); // its name goes unread: the whole copy is hidden
    copy.setAttribute('aria-hidden', 'true');
    copy.inert = true;
    for (const item of copy.querySelectorAll('[role]')) item.removeAttribute('role');
    for (const phrase of copy.querySelectorAll('.visually-hidden')) phrase.remove();
    // A link without href is no link: nothing in a copy can be reached or followed.
    for (const link of copy.querySelectorAll('a')) link.removeAttribute('href');
    track.append(copy, ...Array.from({ length: this.copies - 1 }, () => copy.cloneNode(true)));
  }

  #on(target: EventTarget, type: string, listener: (event: Event) => void): void {
    target.addEventListener(type, listener, { signal: this.#listening!.signal });
  }

  #hover = (event: Event): void => this.#pause('hover', event.type === 'pointerenter');

  #offsetInTrack(item: Element): number {
    return item.getBoundingClientRect().left - this.#track!.getBoundingClientRect().left;
  }

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
   * Reads the set and viewport widths, asks for enough copies to cover the viewport (one
   * set scrolls out while the copies fill the rest), and starts or retunes the animation.
   */
  #measure(shift = 0): void {
    const set = this.#set;
    if (!set) return;
    const width = set.getBoundingClientRect().width;
    const needed = Math.max(1, Math.ceil(this.#viewport!.clientWidth / width));
    if (!this.isStatic && needed !== this.copies) {
      this.copies = needed;
      this.#copy();
    }
    this.#sync(width, shift);
  }

  /**
   * Starts the animation for a set `width` px wide, or retunes it to a new width or speed
   * while keeping the track where it is on screen (modulo one set), moved by `shift` px, so
   * updates never jump.
   */
  #sync(width: number, shift: number): void {
    const { speed, direction, rtl } = this.#settings();
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
    this.#pause('button', this.#settings().paused);
  }
}
