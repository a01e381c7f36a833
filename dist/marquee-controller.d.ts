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
/**
 * Owns the motion of the host's template (`.viewport` > `.track` > the `[role=list]` set):
 * the copies of the set that fill the host, and one Web Animations transform on the track.
 * The copies are clones of the rendered set, made after each render, so counting them
 * (which needs the set's width, known only after the set is rendered) never costs the host
 * a second render. A transform animation runs on the compositor, so a steady strip costs no layout,
 * no style work and no script per frame. What connecting sets up, disconnecting tears
 * down, so a moved element neither leaks nor freezes.
 */
export declare class MarqueeController implements ReactiveController {
    #private;
    /** Copies of the set after the primary one; 0 when the strip is static. */
    copies: number;
    /** True when the strip does not move at all (speed 0 or reduced motion). */
    isStatic: boolean;
    constructor(host: ReactiveElement, settings: () => MarqueeSettings);
    hostConnected(): void;
    hostDisconnected(): void;
    /** Before rendering: whether to draw copies, and which item the reader is looking at. */
    hostUpdate(): void;
    hostUpdated(): void;
}
