/**
 * Public theming is the documented `--fx-ticker-*` properties; each maps once to a private
 * `--_*` one with the theme's default, so the rest of the sheet reads only private names.
 */
export declare const styles: import("lit").CSSResult;
