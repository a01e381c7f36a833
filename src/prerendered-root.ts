import type { LitElement } from 'lit';

/**
 * Runs the element's first update (`update`) in place of a strip prerendered into the page
 * (`fx-ticker-feed --prerender`: a declarative shadow root, whose content Lit would otherwise
 * render beside). The prerendered strip stays on screen until the element's children are parsed
 * (so its inline JSON has been read) and a frame has shown it; then it is removed in the same
 * task as the first render, so no frame shows the strip without rates, and as that render draws
 * the same markup from the same rates, nothing moves.
 */
export function replacePrerendered(host: LitElement, update: () => void | Promise<unknown>): void | Promise<unknown> {
  const root = host.shadowRoot;
  // Lit adds nothing to the root before its first render (styles are adopted), so content is the page's.
  if (host.hasUpdated || !root?.firstChild) return update();
  // Upgraded while the page is still parsing (an `async` script): the children may be incomplete.
  const parsed = new Promise((resolve) =>
    document.readyState === 'loading' ? addEventListener('DOMContentLoaded', resolve, { once: true }) : resolve(0),
  );
  // A deferred script runs as soon as the page is parsed, before its first frame: the render (and
  // the first Intl formatter's start-up) waits for a frame to be done, so the prerendered rates paint first.
  const painted = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return parsed.then(painted).then(() => {
    root.replaceChildren();
    // Lit's render position, taken from the root's first child when the root was attached.
    host.renderOptions.renderBefore = null;
    return update();
  });
}
