import type { LitElement } from 'lit';

/**
 * Runs the element's first update (`update`) in place of a strip prerendered into the page
 * (`fx-ticker-feed --prerender`: a declarative shadow root, whose content Lit would otherwise
 * render beside). The prerendered strip stays on screen until the element's children are parsed,
 * so its inline JSON has been read; then it is removed in the same task as the first render, so
 * no frame shows the strip without rates, and as that render draws the same markup from the same
 * rates, nothing moves.
 */
export function replacePrerendered(host: LitElement, update: () => void | Promise<unknown>): void | Promise<unknown> {
  const root = host.shadowRoot;
  // Lit adds nothing to the root before its first render (styles are adopted), so content is the page's.
  if (host.hasUpdated || !root?.firstChild) return update();
  const replace = (): void | Promise<unknown> => {
    root.replaceChildren();
    // Lit's render position, taken from the root's first child when the root was attached.
    host.renderOptions.renderBefore = null;
    return update();
  };
  // Upgraded while the page is still parsing (an `async` script): the children may be incomplete.
  if (document.readyState !== 'loading') return replace();
  return new Promise((parsed) => addEventListener('DOMContentLoaded', parsed, { once: true })).then(replace);
}
