import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { type RatesSnapshot } from './snapshot.js';
export interface FxTickerUpdateDetail {
    snapshot: RatesSnapshot;
}
/**
 * The element's settable options as properties, for framework typings (JSX, Vue templates):
 * every attribute of the table, plus `rates`.
 */
export type FxTickerProperties = Partial<Pick<FxTicker, 'source' | 'fallback' | 'provider' | 'base' | 'symbols' | 'interval' | 'speed' | 'direction' | 'inverse' | 'digits' | 'decimals' | 'locale' | 'official' | 'trend' | 'href' | 'theme' | 'label' | 'paused' | 'rates'>>;
export interface FxTickerErrorDetail {
    error: Error;
    /** Whether older data is still on screen. */
    stale: boolean;
}
/**
 * A seamless, looping strip of exchange rates against one base currency, polled from a
 * public source or the site's own feed.
 *
 * @tag fx-ticker
 *
 * @attr source - URL of the rates source; `none` for no network (inline JSON or the `rates` property only). Default: Frankfurter v2.
 * @attr fallback - Provider names or URLs tried in order, within the same poll, when the source fails; `none` for none. Default: `currency-api` when `source` is unset.
 * @attr provider - How to read the response: `auto`, `feed`, `frankfurter`, `currency-api`, `er-api`, `cbr`, `cbu`.
 * @attr base - The currency every symbol is quoted against. Default `USD`.
 * @attr symbols - ISO 4217 codes separated by spaces and/or commas. Default `KGS KZT TJS UZS TMT`.
 * @attr interval - Seconds between polls; below 10 is treated as 10. Default `300`.
 * @attr speed - Scroll speed in CSS pixels per second; `0` shows a static list. Default `40`.
 * @attr direction - `left` or `right`. Default `left` (`right` on right-to-left pages).
 * @attr inverse - Show units per base (`USD/KGS = 87.45`) instead of base per unit.
 * @attr digits - Significant digits of each rate. Default `4`.
 * @attr decimals - Fixed fraction digits instead of `digits`.
 * @attr locale - BCP 47 tag for number and date formatting and the ticker's own words (English, Russian, Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen). Default: the nearest `lang`.
 * @attr official - Each currency at the rate its own central bank published (KGS from NBKR, KZT from NBK, TJS from NBT, UZS from CBU), read through Frankfurter v2; the status names the banks.
 * @attr trend - Each item also shows a small line of its shown value over up to 30 days of the source's publications.
 * @attr href - URL template that makes each item a link, e.g. `/markets/{symbol}-{base}`; only http(s) and relative URLs.
 * @attr theme - `light`, `dark` or `auto` (follows `prefers-color-scheme`). Default `auto`.
 * @attr label - Accessible name of the ticker. Default `Exchange rates`.
 * @attr paused - The motion is stopped; the pause button toggles it.
 *
 * @fires {CustomEvent<FxTickerUpdateDetail>} fx-ticker-update - New data was shown; `detail.snapshot` is the feed-format object.
 * @fires {CustomEvent<FxTickerErrorDetail>} fx-ticker-error - A poll or input failed; `detail.error` and `detail.stale` (older data still shown).
 *
 * @csspart control - The pause/play button.
 * @csspart item - One currency; also `item-KGS` etc. per symbol, and `blend` for a currency shown at the blend because its bank's figure is missing (with `official`).
 * @csspart pair - The pair label, e.g. `KGS/USD`.
 * @csspart rate - The rate.
 * @csspart change - The change %; also `up`, `down` or `flat`.
 * @csspart trend - The trend line, an inline SVG hidden from assistive technology.
 * @csspart link - The link around an item's content, with `href`.
 * @csspart status - The rates' date, stale or failure notes, attribution.
 *
 * @cssprop [--fx-ticker-background=#ffffff] - Background (dark theme: #11161c).
 * @cssprop [--fx-ticker-color=#1b1f24] - Text colour (dark theme: #e8edf2).
 * @cssprop [--fx-ticker-up-color=#0a7a3c] - Colour of a rising change.
 * @cssprop [--fx-ticker-down-color=#b3261e] - Colour of a falling change.
 * @cssprop [--fx-ticker-flat-color=#5a626c] - Colour of an unchanged rate and of the status.
 * @cssprop [--fx-ticker-font=500 0.875rem/1.2 system-ui, sans-serif] - Font shorthand.
 * @cssprop [--fx-ticker-gap=2rem] - Space between items.
 * @cssprop [--fx-ticker-height=2.5rem] - Height of the strip.
 *
 * @slot - No-JS fallback content, shown until the first rates arrive.
 */
export declare class FxTicker extends LitElement {
    #private;
    static styles: import("lit").CSSResult;
    static properties: {
        source: {
            type: StringConstructor;
            noAccessor: boolean;
        };
        fallback: {
            type: StringConstructor;
        };
        provider: {
            type: StringConstructor;
        };
        base: {
            type: StringConstructor;
        };
        symbols: {};
        interval: {
            type: NumberConstructor;
        };
        speed: {
            type: NumberConstructor;
        };
        direction: {
            type: StringConstructor;
            noAccessor: boolean;
        };
        inverse: {
            type: BooleanConstructor;
        };
        digits: {
            type: NumberConstructor;
        };
        decimals: {
            type: NumberConstructor;
        };
        locale: {
            type: StringConstructor;
        };
        official: {
            type: BooleanConstructor;
        };
        trend: {
            type: BooleanConstructor;
        };
        href: {
            type: StringConstructor;
        };
        theme: {
            type: StringConstructor;
        };
        label: {
            type: StringConstructor;
        };
        paused: {
            type: BooleanConstructor;
            reflect: boolean;
        };
        rates: {
            attribute: boolean;
        };
        shown: {
            state: boolean;
            attribute: boolean;
        };
        failure: {
            state: boolean;
            attribute: boolean;
        };
    };
    /**
     * Registers the element under `tag` unless that tag is taken, so a page that loads the
     * script twice, or two builds of it, never throws.
     */
    static define(tag?: string, registry?: CustomElementRegistry): void;
    /**
     * URL of the rates source, or `none`. Unset, it reads as Frankfurter v2, the default
     * provider's URL; a provider named without a source uses its own public URL.
     */
    get source(): string | undefined;
    set source(value: string | null | undefined);
    /**
     * Provider names or URLs, separated by spaces, tried in order within the same poll when the
     * source fails; `none`: no fallback. Unset: `currency-api` when `source` is unset, else none.
     */
    fallback?: string;
    /** How to read the response: `auto` (detect by shape), `feed`, `frankfurter`, `currency-api`, `er-api`, `cbr` or `cbu`. */
    provider: string;
    /** The currency every symbol is quoted against (ISO 4217). */
    base: string;
    /** Space- and/or comma-separated ISO 4217 codes, or an array of them. */
    symbols: string | readonly string[];
    /** Seconds between polls; below 10 is treated as 10. */
    interval: number;
    /** Scroll speed in CSS pixels per second; `0` shows a static list. */
    speed: number;
    /** `left` or `right`. Unset, it follows the reading direction: `left`, or `right` on right-to-left pages. */
    get direction(): string;
    set direction(value: string | null | undefined);
    /** Show units per base (`USD/KGS = 87.45`) instead of base per unit (`KGS/USD = 0.01144`). */
    inverse: boolean;
    /** Significant digits of each rate. */
    digits: number;
    /** Fixed fraction digits instead of `digits`. */
    decimals?: number;
    /** BCP 47 tag for number and date formatting and the ticker's own words; unset: the nearest `lang`. */
    locale?: string;
    /**
     * Each currency at the rate its own central bank published: KGS from NBKR, KZT from NBK, TJS from
     * NBT, UZS from CBU, any other from the blend (TMT at its peg). Needs a Frankfurter v2 source.
     */
    official: boolean;
    /** Each item also shows a small line of its shown value over the source's publications (up to 30 days). */
    trend: boolean;
    /** URL template that makes each item a link: `{symbol}` and `{base}` are replaced, URL-encoded. */
    href?: string;
    /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
    theme: string;
    /** Accessible name of the ticker. */
    label: string;
    /** The motion is stopped; the pause button toggles it. Reflected. */
    paused: boolean;
    /** Rates in the feed format; setting it shows them at once. */
    rates?: RatesSnapshot;
    private shown?;
    private failure?;
    connectedCallback(): void;
    disconnectedCallback(): void;
    /** @internal A strip prerendered into the page (`fx-ticker-feed --prerender`) gives way to the first render. */
    protected scheduleUpdate(): void | Promise<unknown>;
    /** Polls now; the promise settles when that poll does. */
    refresh(): Promise<void>;
    protected willUpdate(changed: PropertyValues<this>): void;
    protected render(): TemplateResult;
}
declare global {
    interface HTMLElementTagNameMap {
        'fx-ticker': FxTicker;
    }
    interface HTMLElementEventMap {
        'fx-ticker-update': CustomEvent<FxTickerUpdateDetail>;
        'fx-ticker-error': CustomEvent<FxTickerErrorDetail>;
    }
}
