import { type ReactiveController, type ReactiveElement } from 'lit';
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
 * The copies are rendered by Lit into lists of their own after each host render, so an
 * update changes their numbers in place, and counting them (which needs the set's width,
 * known only after the set is laid out) never costs the host a second render. Geometry is
 * read only in a ResizeObserver callback, after the frame's own layout, so an update forces
 * no style or layout pass. A transform animation runs on the compositor, so a steady strip
 * costs no layout, no style work and no script per frame. What connecting sets up,
 * disconnecting tears down, so a moved element neither leaks nor freezes.
 */
export declare class MarqueeController implements ReactiveController {
    #private;
    /** Copies of the set after the primary one, as last counted; none are shown while the strip is static. */
    copies: number;
    /** True when the strip does not move at all (speed 0 or reduced motion). */
    isStatic: boolean;
    constructor(host: ReactiveElement, settings: () => MarqueeSettings, copyContent: () => unknown);
    hostConnected(): void;
    hostDisconnected(): void;
    /** Before rendering: whether to draw copies. */
    hostUpdate(): void;
    hostUpdated(): void;
}
