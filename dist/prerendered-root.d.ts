import type { LitElement } from 'lit';
/**
 * Runs the element's first update (`update`) in place of a strip prerendered into the page
 * (`fx-ticker-feed --prerender`: a declarative shadow root, whose content Lit would otherwise
 * render beside). The prerendered strip stays on screen until the element's children are parsed
 * (so its inline JSON has been read) and a frame has shown it; then it is removed in the same
 * task as the first render, so no frame shows the strip without rates, and as that render draws
 * the same markup from the same rates, nothing moves.
 */
export declare function replacePrerendered(host: LitElement, update: () => void | Promise<unknown>): void | Promise<unknown>;
