/**
 * Public theming is the documented `--fx-ticker-*` properties, each with a default; the
 * theme only picks the colour scheme, and `light-dark()` picks each default from it.
 */
export declare const styles: import("lit").CSSResult;
