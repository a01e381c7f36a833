import { type GetJson, type LoadedRates, type ProviderName } from './providers/index.js';
import { type RatesSnapshot } from './snapshot.js';
/** The rates to draw with, in the feed format: `rates` for every ticker, `official` (when given) for tickers with `official`. */
export interface PrerenderRates {
    rates?: RatesSnapshot;
    official?: RatesSnapshot;
}
/** Rates loaded for some pages, with what each load reported (provider, skipped symbols, attribution). */
export interface LoadedPrerenderRates extends PrerenderRates {
    loads: LoadedRates[];
}
export interface LoadOptions {
    /** URL of the rates source; unset: the provider's public one (Frankfurter by default). */
    source?: string;
    /** How to read the source, as the element's `provider` attribute. Default `auto`. */
    provider?: ProviderName | 'auto';
    /** Official rates for every ticker, as `fx-ticker-feed --official` writes them; otherwise for tickers with `official`. */
    official?: boolean;
    /** Fetches a URL as JSON; default: `fetch` with a 30 s time-out. */
    getJson?: GetJson;
    now?: Date;
}
export interface PrerenderedPage {
    /** The page, with every `<fx-ticker>` prerendered; everything outside them as it was. */
    html: string;
    /** How many `<fx-ticker>` elements were prerendered. */
    tickers: number;
    /** What the page's author should know: attributes the element did not accept, symbols without a rate, a missing `lang`. */
    warnings: string[];
    /** The CSP source that allows the prerendered styles (`'sha256-…'`), when a ticker was prerendered. */
    styleHash?: string;
}
/**
 * Prerenders every `<fx-ticker>` of `page` with rates fetched for it (see `loadRatesFor`):
 * HTML in, HTML out. Rejects when the rates cannot be loaded or a ticker cannot be drawn.
 */
export declare function prerender(page: string, options?: LoadOptions): Promise<string>;
/**
 * Loads, once for all `pages`, the rates their tickers need: every ticker's symbols and base,
 * from `options.source` (the run's source, whatever the tickers' own `source` attributes say),
 * and official rates too when a ticker has `official` (or `options.official`). Rejects with the
 * provider's error when a load fails.
 */
export declare function loadRatesFor(pages: readonly string[], options?: LoadOptions): Promise<LoadedPrerenderRates>;
/**
 * Writes into every `<fx-ticker>` of `page` its first render with `rates`, as a declarative
 * shadow root (`<template shadowrootmode="open">`, styles included), and the rates it was drawn
 * with as its inline JSON (`<script type="application/json" data-prerendered>`), so the element
 * starts from them. What an earlier run wrote is replaced; everything else, inside the elements
 * and out, is kept byte for byte. A `source="none"` ticker with inline JSON of its own is drawn
 * from that JSON, which stays as it is. An `<fx-ticker>` without its end tag is left as it was,
 * with a warning: its content runs on to the end of its parent, which the strip would hide.
 * Throws a `RatesFormatError` naming the ticker when it has nothing to show.
 */
export declare function prerenderPage(page: string, rates: PrerenderRates): PrerenderedPage;
