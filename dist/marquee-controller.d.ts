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
/**
 * Owns the motion: how many copies fill the host, and one Web Animations transform on the
 * track. A transform animation runs on the compositor, so a steady strip costs no layout,
 * no style work and no script per frame. Every listener and observer set up on connect is
 * removed on disconnect, so a moved element neither leaks nor freezes.
 */
export declare class MarqueeController implements ReactiveController {
    private readonly host;
    private readonly settings;
    private readonly findParts;
    /** Copies of the set to render after the primary one; 0 when the strip is static. */
    copies: number;
    /** True when the strip does not move at all (speed 0 or reduced motion). */
    isStatic: boolean;
    private readonly pauseReasons;
    private parts?;
    private animation?;
    private setWidth;
    private viewportWidth;
    private loop?;
    private anchor?;
    private reducedMotion?;
    private resizeObserver?;
    private intersectionObserver?;
    constructor(host: ReactiveControllerHost & HTMLElement, settings: () => MarqueeSettings, findParts: () => MarqueeParts | undefined);
    hostConnected(): void;
    hostDisconnected(): void;
    /** Called by the host before rendering, so the template knows whether to draw copies. */
    hostUpdate(): void;
    hostUpdated(): void;
    /** The scroll offset in px now, for tests and the benchmark; 0 when static. */
    get offset(): number;
    get isMoving(): boolean;
    private attachParts;
    private detachParts;
    private stopAnimation;
    private readonly onResize;
    /** Reads the set and viewport widths, and asks for more or fewer copies to cover the viewport. */
    private measure;
    /** The first item on screen, and where it sits inside the track (transform-independent). */
    private findAnchor;
    private offsetInTrack;
    private readonly onMotionPreference;
    private readonly onVisibility;
    private readonly onIntersection;
    private readonly onPointerEnter;
    private readonly onPointerLeave;
    private readonly onFocusIn;
    private readonly onFocusOut;
    private isControl;
    private togglePause;
    private applyPlayState;
    /**
     * Starts the animation, or retunes it to a new set width or speed while keeping the
     * track where it is on screen (modulo one set), moved by `shift` px, so updates never jump.
     */
    private syncAnimation;
}
