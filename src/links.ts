/**
 * Whether an `href` template may make links: only `http:`, `https:` and relative URLs (a
 * `javascript:` or `data:` link on a news site is an attack, not a feature). The URL parser
 * decides, not a pattern: it strips the tabs, newlines and leading controls that would
 * smuggle `java\tscript:` past a regular expression, and a relative URL keeps the scheme of
 * the (http) base it is resolved against.
 */
export function isSafeLinkTemplate(template: string): boolean {
  try {
    return /^https?:$/.test(new URL(fillLink(template, 'XXX', 'XXX'), 'https://base.invalid/').protocol);
  } catch {
    return false;
  }
}

/** The template with `{symbol}` and `{base}` replaced, each URL-encoded, wherever they occur. */
export const fillLink = (template: string, symbol: string, base: string): string =>
  template.replace(/\{(symbol|base)\}/g, (_, name: string) => encodeURIComponent(name === 'symbol' ? symbol : base));
