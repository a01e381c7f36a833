/**
 * Whether an `href` template may make links: only `http:`, `https:` and relative URLs (a
 * `javascript:` or `data:` link on a news site is an attack, not a feature). The URL parser
 * decides, not a pattern: it strips the tabs, newlines and leading controls that would
 * smuggle `java\tscript:` past a regular expression, and a relative URL keeps the scheme of
 * the (http) base it is resolved against.
 */
export declare function isSafeLinkTemplate(template: string): boolean;
/** The template with `{symbol}` and `{base}` replaced, each URL-encoded, wherever they occur. */
export declare const fillLink: (template: string, symbol: string, base: string) => string;
