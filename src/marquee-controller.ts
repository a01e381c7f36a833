import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ScrollDirection } from './options.js';

export interface MarqueeSettings {
  /** CSS pixels per second; 0 means a static list. */
  speed: number;
  direction: ScrollDirection;
  rtl: boolean;
  /** The pause button's state. */
  paused: boolean;
}

export interface MarqueeParts {
  viewport: HTMLElement;
  track: HTMLElement;
  /** The primary set of items; every copy has its width. */
  firstSet: HTMLElement;
}

type PauseReason = 'button' | 'hover' | 'focus' | 'offscreen' | 'hidden-tab';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Owns the motion: how many copies fill the host, and one Web Animations transform on the
 * track. A transform animation runs on the compositor, so a steady strip costs no layout,
 * no style work and no script per frame. Every listener and observer set up on connect is
 * removed on disconnect, so a moved element neither leaks nor freezes.
 */
export class MarqueeController implements ReactiveController {
  /** Copies of the set to render after the primary one; 0 when the strip is static. */
  copies = 1;
  /** True when the strip does not move at all (speed 0 or reduced motion). */
  isStatic = false;

  private readonly pauseReasons = new Set<PauseReason>();
  private parts?: MarqueeParts;
  private animation?: Animation;
  private setWidth = 0;
  private viewportWidth = 0;
  private loop?: Loop;
  private anchor?: Anchor;
  private reducedMotion?: MediaQueryList;
  private resizeObserver?: ResizeObserver;
  private intersectionObserver?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settings: () => MarqueeSettings,
    private readonly findParts: () => MarqueeParts | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.reducedMotion = matchMedia(REDUCED_MOTION);
    this.reducedMotion.addEventListener('change', this.onMotionPreference);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.onVisibility();
    this.resizeObserver = new ResizeObserver(this.onResize);
    this.intersectionObserver = new IntersectionObserver(this.onIntersection);
    this.intersectionObserver.observe(this.host);
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
    // A moved element is disconnected and connected again without a property change: render
    // again so the animation is rebuilt on the new connection.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.reducedMotion?.removeEventListener('change', this.onMotionPreference);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.resizeObserver?.disconnect();
    this.intersectionObserver?.disconnect();
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.detachParts();
    this.pauseReasons.clear();
  }

  /** Called by the host before rendering, so the template knows whether to draw copies. */
  hostUpdate(): void {
    const { speed } = this.settings();
    this.isStatic = speed === 0 || Boolean(this.reducedMotion?.matches);
    if (this.isStatic) this.copies = 0;
    else if (this.copies === 0) this.copies = 1;
    this.anchor = this.animation ? this.findAnchor() : undefined;
  }

  hostUpdated(): void {
    const parts = this.findParts();
    if (parts && parts.firstSet !== this.parts?.firstSet) this.attachParts(parts);
    this.togglePause('button', this.settings().paused);
    const anchor = this.anchor;
    this.anchor = undefined;
    if (anchor?.item.isConnected && this.parts) {
      // New numbers may have changed widths: move the track by as much as the item on
      // screen moved inside it, so what the reader is looking at stays where it was.
      this.measure();
      this.syncAnimation(anchor.offset - this.offsetInTrack(anchor.item));
    } else {
      this.syncAnimation();
    }
  }

  /** The scroll offset in px now, for tests and the benchmark; 0 when static. */
  get offset(): number {
    if (!this.parts || !this.animation) return 0;
    return new DOMMatrixReadOnly(getComputedStyle(this.parts.track).transform).m41;
  }

  get isMoving(): boolean {
    return this.animation?.playState === 'running';
  }

  private attachParts(parts: MarqueeParts): void {
    this.detachParts();
    this.parts = parts;
    this.resizeObserver?.observe(parts.viewport);
    this.resizeObserver?.observe(parts.firstSet);
    parts.viewport.addEventListener('pointerenter', this.onPointerEnter);
    parts.viewport.addEventListener('pointerleave', this.onPointerLeave);
  }

  private detachParts(): void {
    if (!this.parts) return;
    this.resizeObserver?.unobserve(this.parts.viewport);
    this.resizeObserver?.unobserve(this.parts.firstSet);
    this.parts.viewport.removeEventListener('pointerenter', this.onPointerEnter);
    this.parts.viewport.removeEventListener('pointerleave', this.onPointerLeave);
    this.parts = undefined;
    this.stopAnimation();
  }

  private stopAnimation(): void {
    this.animation?.cancel();
    this.animation = undefined;
    this.loop = undefined;
  }

  private readonly onResize = (): void => {
    if (!this.parts) return;
    this.measure();
    this.syncAnimation();
  };

  /** Reads the set and viewport widths, and asks for more or fewer copies to cover the viewport. */
  private measure(): void {
    if (!this.parts) return;
    this.setWidth = this.parts.firstSet.getBoundingClientRect().width;
    this.viewportWidth = this.parts.viewport.clientWidth;
    // One set scrolls out while the copies fill the rest, so the viewport is never short of items.
    const needed = this.isStatic || this.setWidth === 0 ? 0 : Math.max(1, Math.ceil(this.viewportWidth / this.setWidth));
    if (!this.isStatic && needed !== this.copies) {
      this.copies = needed;
      this.host.requestUpdate();
    }
  }

  /** The first item on screen, and where it sits inside the track (transform-independent). */
  private findAnchor(): Anchor | undefined {
    if (!this.parts) return undefined;
    const view = this.parts.viewport.getBoundingClientRect();
    for (const item of this.parts.track.querySelectorAll('[part~="item"]')) {
      const rect = item.getBoundingClientRect();
      if (rect.right > view.left && rect.left < view.right) return { item, offset: this.offsetInTrack(item) };
    }
    return undefined;
  }

  private offsetInTrack(item: Element): number {
    return item.getBoundingClientRect().left - this.parts!.track.getBoundingClientRect().left;
  }

  private readonly onMotionPreference = (): void => this.host.requestUpdate();
  private readonly onVisibility = (): void => this.togglePause('hidden-tab', document.visibilityState === 'hidden');
  private readonly onIntersection = (entries: IntersectionObserverEntry[]): void => {
    const last = entries[entries.length - 1];
    if (last) this.togglePause('offscreen', !last.isIntersecting);
  };
  private readonly onPointerEnter = (): void => this.togglePause('hover', true);
  private readonly onPointerLeave = (): void => this.togglePause('hover', false);
  // The pause button itself takes focus to be pressed; only focus elsewhere inside holds the strip.
  private readonly onFocusIn = (event: FocusEvent): void => this.togglePause('focus', !this.isControl(event.composedPath()[0]));
  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !this.host.contains(next)) this.togglePause('focus', false);
  };

  private isControl(target: EventTarget | undefined): boolean {
    return target instanceof Element && target.matches('[part~="control"]');
  }

  private togglePause(reason: PauseReason, on: boolean): void {
    if (on === this.pauseReasons.has(reason)) return;
    if (on) this.pauseReasons.add(reason);
    else this.pauseReasons.delete(reason);
    this.applyPlayState();
  }

  private applyPlayState(): void {
    const animation = this.animation;
    if (!animation) return;
    const shouldRun = this.pauseReasons.size === 0;
    if (shouldRun && animation.playState !== 'running') animation.play();
    else if (!shouldRun && animation.playState === 'running') animation.pause();
  }

  /**
   * Starts the animation, or retunes it to a new set width or speed while keeping the
   * track where it is on screen (modulo one set), moved by `shift` px, so updates never jump.
   */
  private syncAnimation(shift = 0): void {
    const parts = this.parts;
    const { speed, direction, rtl } = this.settings();
    if (!parts || this.isStatic || this.setWidth <= 0 || speed <= 0) {
      this.stopAnimation();
      return;
    }
    // Copies extend to the right in LTR and to the left in RTL; one set's width apart.
    const extent = rtl ? this.setWidth : -this.setWidth;
    const movesTowardExtent = (direction === 'left') === extent < 0;
    const [from, to] = movesTowardExtent ? [0, extent] : [extent, 0];
    const duration = (this.setWidth / speed) * 1000;

    const loop: Loop = { from, to, duration };
    const current = this.animation;
    const previous = this.loop;
    if (current && previous && sameLoop(previous, loop) && shift === 0) return;

    const keyframes = [{ transform: `translateX(${from}px)` }, { transform: `translateX(${to}px)` }];
    const x = current && previous ? positionAt(Number(current.currentTime ?? 0), previous) + shift : from;
    const animation = current ?? parts.track.animate(keyframes, { duration, iterations: Infinity, easing: 'linear' });
    if (current) {
      (animation.effect as KeyframeEffect).setKeyframes(keyframes);
      animation.effect?.updateTiming({ duration });
    }
    animation.currentTime = progressAt(x, loop) * duration;
    this.animation = animation;
    this.loop = loop;
    this.applyPlayState();
  }
}

interface Anchor {
  item: Element;
  /** px from the track's start edge, unaffected by the transform. */
  offset: number;
}

interface Loop {
  from: number;
  to: number;
  duration: number;
}

const sameLoop = (a: Loop, b: Loop): boolean => a.from === b.from && a.to === b.to && a.duration === b.duration;

/** Where the track is (px) at a given time of a loop. */
function positionAt(time: number, { from, to, duration }: Loop): number {
  const progress = (time % duration) / duration;
  return from + (to - from) * progress;
}

/** The fraction of a loop at which the track sits at x, modulo one loop. */
function progressAt(x: number, { from, to }: Loop): number {
  const progress = ((x - from) / (to - from)) % 1;
  return progress < 0 ? progress + 1 : progress;
}
