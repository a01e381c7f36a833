import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  cachedIntl,
  CURRENCY_NAMES,
  formatChange,
  formatDate,
  formatRate,
  prepareFormatters,
  quoteFor,
  type Direction,
  type NumberStyle,
} from './format.js';
import { styles } from './fx-ticker.styles.js';
import { bankFor, DEFAULT_LABEL, fill, wordsFor, type Words } from './i18n.js';
import { fillLink, isSafeLinkTemplate } from './links.js';
import { MarqueeController } from './marquee-controller.js';
import { replacePrerendered } from './prerendered-root.js';
import {
  readBase,
  readChoice,
  readDecimals,
  readDigits,
  readDirection,
  readInterval,
  readLocale,
  readSpeed,
  readSymbols,
  readTheme,
  type Read,
} from './options.js';
import { watchRates, type RatesSubscription } from './poller.js';
import {
  DEFAULT_SOURCE,
  HOME_BANKS,
  PROVIDER_NAMES,
  sourceEntry,
  type Attribution,
  type LoadedRates,
} from './providers/index.js';
import { RatesFormatError, rebase, toSnapshot, type RatesSnapshot } from './snapshot.js';
import { trendOf, type Trend } from './trend.js';

export interface FxTickerUpdateDetail {
  snapshot: RatesSnapshot;
}
/**
 * The element's settable options as properties, for framework typings (JSX, Vue templates):
 * every attribute of the table, plus `rates`.
 */
export type FxTickerProperties = Partial<
  Pick<
    FxTicker,
    | 'source'
    | 'fallback'
    | 'provider'
    | 'base'
    | 'symbols'
    | 'interval'
    | 'speed'
    | 'direction'
    | 'inverse'
    | 'digits'
    | 'decimals'
    | 'locale'
    | 'official'
    | 'trend'
    | 'href'
    | 'theme'
    | 'label'
    | 'paused'
    | 'rates'
  >
>;

export interface FxTickerErrorDetail {
  error: Error;
  /** Whether older data is still on screen. */
  stale: boolean;
}

interface ItemView {
  symbol: string;
  pair: string;
  rate: string;
  change?: { text: string; direction: Direction };
  trend?: Trend;
  /** The item's link, when `href` makes items links. */
  href?: string;
  /** With `official`: a home bank's currency shown at the source's blend, its bank's figure missing. */
  blend?: boolean;
  phrase: string;
}

/** A shown snapshot with where it came from; `stale` until the source confirms it; `fallback`: a fallback source gave it. */
interface Shown {
  snapshot: RatesSnapshot;
  attribution?: Attribution;
  stale: boolean;
  fallback?: boolean;
}

const PROVIDERS = ['auto', ...PROVIDER_NAMES] as const;

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
export class FxTicker extends LitElement {
  static override styles = styles;

  static override properties = {
    source: { type: String, noAccessor: true },
    fallback: { type: String },
    provider: { type: String },
    base: { type: String },
    symbols: {},
    interval: { type: Number },
    speed: { type: Number },
    direction: { type: String, noAccessor: true },
    inverse: { type: Boolean },
    digits: { type: Number },
    decimals: { type: Number },
    locale: { type: String },
    official: { type: Boolean },
    trend: { type: Boolean },
    href: { type: String },
    theme: { type: String },
    label: { type: String },
    paused: { type: Boolean, reflect: true },
    rates: { attribute: false },
    shown: { state: true, attribute: false },
    failure: { state: true, attribute: false },
  };

  /**
   * Registers the element under `tag` unless that tag is taken, so a page that loads the
   * script twice, or two builds of it, never throws.
   */
  static define(tag = 'fx-ticker', registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    try {
      registry.define(tag, this);
    } catch {
      // This class already has another tag; a registry takes each constructor once.
      registry.define(tag, class extends this {});
    }
  }

  #source?: string;
  /**
   * URL of the rates source, or `none`. Unset, it reads as Frankfurter v2, the default
   * provider's URL; a provider named without a source uses its own public URL.
   */
  get source(): string | undefined {
    // Read like the `provider` attribute: removed (null) or invalid, it is `auto`.
    return (
      this.#source ??
      (/^(auto|frankfurter)$/.test(readChoice(this.provider, PROVIDERS, 'auto').value) ? DEFAULT_SOURCE : undefined)
    );
  }
  set source(value: string | null | undefined) {
    const old = this.source;
    this.#source = value ?? undefined;
    this.requestUpdate('source', old);
  }
  /**
   * Provider names or URLs, separated by spaces, tried in order within the same poll when the
   * source fails; `none`: no fallback. Unset: `currency-api` when `source` is unset, else none.
   */
  fallback?: string;
  /** How to read the response: `auto` (detect by shape), `feed`, `frankfurter`, `currency-api`, `er-api`, `cbr` or `cbu`. */
  provider: string = 'auto';
  /** The currency every symbol is quoted against (ISO 4217). */
  base: string = 'USD';
  /** Space- and/or comma-separated ISO 4217 codes, or an array of them. */
  symbols: string | readonly string[] = 'KGS KZT TJS UZS TMT';
  /** Seconds between polls; below 10 is treated as 10. */
  interval: number = 300;
  /** Scroll speed in CSS pixels per second; `0` shows a static list. */
  speed: number = 40;
  #direction?: string;
  /** `left` or `right`. Unset, it follows the reading direction: `left`, or `right` on right-to-left pages. */
  get direction(): string {
    return this.#direction ?? (this.isConnected && this.#isRtl ? 'right' : 'left');
  }
  set direction(value: string | null | undefined) {
    const old = this.#direction;
    this.#direction = value ?? undefined;
    this.requestUpdate('direction', old);
  }
  /** Show units per base (`USD/KGS = 87.45`) instead of base per unit (`KGS/USD = 0.01144`). */
  inverse = false;
  /** Significant digits of each rate. */
  digits: number = 4;
  /** Fixed fraction digits instead of `digits`. */
  decimals?: number;
  /** BCP 47 tag for number and date formatting and the ticker's own words; unset: the nearest `lang`. */
  locale?: string;
  /**
   * Each currency at the rate its own central bank published: KGS from NBKR, KZT from NBK, TJS from
   * NBT, UZS from CBU, any other from the blend (TMT at its peg). Needs a Frankfurter v2 source.
   */
  official = false;
  /** Each item also shows a small line of its shown value over the source's publications (up to 30 days). */
  trend = false;
  /** URL template that makes each item a link: `{symbol}` and `{base}` are replaced, URL-encoded. */
  href?: string;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: string = 'auto';
  /** Accessible name of the ticker. */
  label: string = DEFAULT_LABEL;
  /** The motion is stopped; the pause button toggles it. Reflected. */
  paused = false;
  /** Rates in the feed format; setting it shows them at once. */
  rates?: RatesSnapshot;

  private shown?: Shown;
  private failure?: Error;
  /** When data was last confirmed by its source (or handed in), for "last updated …". */
  #confirmedAt?: number;
  #items: ItemView[] = [];
  #subscription?: RatesSubscription;
  #subscriptionKey = '';
  #warned = new Set<string>();
  #marquee = new MarqueeController(
    this,
    () => ({
      speed: this.#option('speed', readSpeed(this.speed)),
      direction: this.#option('direction', readDirection(this.#direction, this.#isRtl)),
      rtl: this.#isRtl,
      paused: this.paused,
    }),
    () => this.#items.map((item) => renderItem(item, true)),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // Upgraded by the parser (script in <head> without defer), the element is connected
    // before its children exist: read the inline JSON once the parser is past the element,
    // not at DOMContentLoaded, which also waits for the page's deferred scripts.
    if (document.readyState === 'loading') {
      whenParsed(this, () => this.#readInlineJson());
    } else {
      this.#readInlineJson();
    }
    this.#subscribe();
    // ICU's start-up (the first Intl formatter of a page: tens of ms) overlaps the network
    // wait and the rest of the page's parsing, instead of delaying the first rates shown.
    setTimeout(() => prepareFormatters(this.#numberStyle(this.#locale)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#subscription?.close();
    this.#subscription = undefined;
    this.#subscriptionKey = '';
  }

  /** @internal A strip prerendered into the page (`fx-ticker-feed --prerender`) gives way to the first render. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return replacePrerendered(this, () => super.scheduleUpdate());
  }

  /** Polls now; the promise settles when that poll does. */
  async refresh(): Promise<void> {
    if (this.#isOffline) this.#readInlineJson();
    await this.#subscription?.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rates') && this.rates !== undefined) this.#showInput(this.rates);
    if (this.isConnected) this.#subscribe();
    this.#subscription?.setInterval(this.#option('interval', readInterval(this.interval)));
    this.#items = this.shown ? this.#itemViews(this.shown.snapshot) : [];
  }

  // The list roles stay explicit: Safari drops the semantics of a list styled without markers.
  /* eslint-disable lit-a11y/no-redundant-role */
  protected override render(): TemplateResult {
    const words = wordsFor(this.#locale);
    const { isStatic } = this.#marquee;
    const label = this.label === DEFAULT_LABEL ? words.label : this.label || words.label;
    return html`<div class="ticker ${this.#option('theme', readTheme(this.theme))}${isStatic ? ' static' : ''}">
      ${
        isStatic || !this.#items.length
          ? nothing
          : html`<button
            part="control"
            aria-label=${words.pause}
            title=${words.pause}
            aria-pressed=${this.paused}
            @click=${() => (this.paused = !this.paused)}
          >
            ${this.paused ? playIcon : pauseIcon}
          </button>`
      }
      <div
        class="viewport"
        role=${isStatic ? 'region' : nothing}
        tabindex=${isStatic ? 0 : nothing}
        aria-label=${isStatic ? label : nothing}
      >
        ${
          this.#items.length
            ? html`<div class="track">
              <ul role="list" aria-label=${label}>
                ${this.#items.map((item) => renderItem(item))}
              </ul>
            </div>`
            : html`<slot></slot>`
        }
      </div>
      ${this.#renderStatus(words)}
    </div>`;
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  #renderStatus(words: Words): TemplateResult {
    const shown = this.shown;
    const asOf = shown?.snapshot.asOf && formatDate(shown.snapshot.asOf, this.#locale);
    // Formatted only for a note that shows it: an instant's formatter is built anew each time.
    const since =
      (this.failure || shown?.stale) && this.#confirmedAt
        ? formatDate(new Date(this.#confirmedAt).toISOString(), this.#locale)
        : asOf;
    const note =
      !this.failure && !shown?.stale
        ? ''
        : !shown
          ? words.unavailable
          : since
            ? fill(words.staleSince, { date: since })
            : words.stale;
    const attribution = shown?.attribution;
    const official = shown?.snapshot.official ?? {};
    // Each bank once: a snapshot's banks are those of the currencies asked for, in their order.
    const banks = [...new Set(Object.values(official))];
    return html`<p part="status">
      ${asOf && !note ? html`<span class="as-of">${fill(words.asOf, { date: asOf })}</span>` : nothing}
      <span class="note" role="status">${note}</span>
      ${banks.map((key) => {
        const [name, title, href] = bankFor(key, this.#locale);
        return href ? html`<a href=${href} title=${title} target="_blank" rel="noopener noreferrer">${name}</a>` : name;
      })}
      ${
        attribution
          ? html`<a href=${attribution.href} target="_blank" rel="noopener noreferrer">${attribution.text}</a>`
          : shown?.fallback || this.#items.some((item) => item.blend)
            ? html`<span class="source">${this.#items.some((item) => item.blend) ? '* ' : ''}${shown!.snapshot.source}</span>`
            : nothing
      }
    </p>`;
  }

  get #locale(): string {
    const nearestLang = this.closest('[lang]')?.getAttribute('lang') || navigator.language;
    return this.#option('locale', readLocale(this.locale, nearestLang));
  }

  /** The `href` template when it may make links; anything else warns once and makes none. */
  get #linkTemplate(): string | undefined {
    const template = this.href?.trim();
    if (!template) return undefined;
    if (isSafeLinkTemplate(template)) return template;
    this.#warnOnce(`<fx-ticker>: href="${template}" is not an http(s) or relative URL; items are not links.`);
    return undefined;
  }

  get #isRtl(): boolean {
    // The page's `dir`, which the strip's own direction follows (see the styles): a computed
    // style would force a style pass, and a layout with it (container queries), at every render.
    return this.matches(':dir(rtl)');
  }

  get #isOffline(): boolean {
    return this.#source?.trim().toLowerCase() === 'none';
  }

  get #symbols(): readonly string[] {
    return this.#option('symbols', readSymbols(this.symbols));
  }

  get #base(): string {
    return this.#option('base', readBase(this.base));
  }

  /** The value to use; warns once per attribute and value when it fell back to the default. */
  #option<T>(name: keyof this & string, read: Read<T>): T {
    if (read.invalid) this.#warnOnce(`<fx-ticker>: invalid ${name}="${this.#written(name)}"; using ${String(read.value)}.`);
    return read.value;
  }

  /** The value as the page wrote it: a numeric attribute that is not a number reads as NaN, which names nothing. */
  #written(name: keyof this & string): string {
    const value = this[name];
    return typeof value === 'number' && Number.isNaN(value) && this.hasAttribute(name)
      ? String(this.getAttribute(name))
      : String(value);
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(message);
  }

  /** (Re)subscribes when the request changed; the shared poller dedupes equal requests. */
  #subscribe(): void {
    const source = this.#source?.trim() || undefined;
    const fallback = (this.fallback ?? (source ? '' : 'currency-api')).match(/\S+/g) ?? ([] as string[]);
    const request = {
      source,
      fallback: fallback.includes('none') ? [] : fallback,
      provider: this.#option('provider', readChoice(this.provider, PROVIDERS, 'auto')),
      official: this.#asksOfficial,
      base: this.#base,
      symbols: this.#symbols,
    };
    const key = this.#isOffline ? 'none' : JSON.stringify(request);
    if (key === this.#subscriptionKey) return;
    this.#subscription?.close();
    this.#subscription = undefined;
    this.#subscriptionKey = key;
    if (this.#isOffline) return;
    this.#subscription = watchRates(request, {
      intervalSeconds: this.#option('interval', readInterval(this.interval)),
      onData: (loaded, origin, fallback) => this.#showLoaded(loaded, origin === 'cache', fallback),
      onError: (error) => this.#fail(error),
    });
  }

  /** `official`, with a source read as Frankfurter v2, the one that can give official rates; any other warns once. */
  get #asksOfficial(): boolean {
    const source = this.#source?.trim() || undefined;
    const frankfurter = sourceEntry(source, readChoice(this.provider, PROVIDERS, 'auto').value).provider === 'frankfurter';
    if (this.official && !frankfurter && !this.#isOffline) {
      this.#warnOnce(`<fx-ticker>: official needs a Frankfurter v2 source; showing the rates of ${source} as they are.`);
    }
    return this.official && frankfurter;
  }

  #readInlineJson(): void {
    const json = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (!json) return;
    try {
      this.#showInput(JSON.parse(json));
    } catch (error) {
      this.#fail(new RatesFormatError(`inline JSON: ${(error as Error).message}`));
    }
  }

  /** Data handed in by the page (inline JSON, the `rates` property): validated like network data. */
  #showInput(input: unknown): void {
    try {
      const snapshot = rebase(toSnapshot(input), this.#base);
      if (!snapshot) throw new RatesFormatError(`no rate for the base ${this.#base}`);
      this.#show({ snapshot, stale: false });
    } catch (error) {
      this.#fail(error as Error);
    }
  }

  #showLoaded(loaded: LoadedRates, fromCache: boolean, fallback: boolean): void {
    if (loaded.missing.length) this.#warnOnce(`<fx-ticker>: the source has no rate for ${loaded.missing.join(' ')}; skipped.`);
    // A stored snapshot never replaces fresher data already on screen.
    if (fromCache && this.shown) return;
    if (this.#show({ snapshot: loaded.snapshot, attribution: loaded.attribution, stale: fromCache, fallback })) {
      // The good symbols show; the page hears which were skipped, or shown at the blend, and why.
      for (const [what, reasons] of [
        ['skipped', loaded.skipped],
        ['no official rate from', loaded.unofficial],
      ] as const) {
        if (reasons?.length) {
          this.#emit<FxTickerErrorDetail>('fx-ticker-error', {
            error: new RatesFormatError(`${what} ${reasons.join('; ')}`),
            stale: false,
          });
        }
      }
    }
  }

  /** Shows `next` unless it would leave the strip empty; true when it was new and shown. */
  #show(next: Shown): boolean | void {
    // Data that would leave the strip empty is refused like a failed poll: the last good data stays.
    if (!this.#symbols.some((symbol) => quoteFor(next.snapshot, symbol, this.inverse))) {
      return this.#fail(new RatesFormatError(`no usable rate for ${this.#symbols.join(' ')} against ${next.snapshot.base}`));
    }
    const previous = this.shown;
    const changed = JSON.stringify(previous?.snapshot) !== JSON.stringify(next.snapshot);
    // Confirmed data after a failure or a stored paint is news even when the numbers are the same.
    const recovered = !next.stale && (this.failure || previous?.stale);
    if (!next.stale) {
      this.failure = undefined;
      this.#confirmedAt = Date.now();
    }
    if (!changed && !recovered) return;
    this.shown = next;
    this.#emit<FxTickerUpdateDetail>('fx-ticker-update', { snapshot: next.snapshot });
    return true;
  }

  #fail(error: Error): void {
    this.failure = error;
    this.#emit<FxTickerErrorDetail>('fx-ticker-error', { error, stale: !!this.shown });
  }

  #emit<T>(type: string, detail: T): void {
    /** @ignore */
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  #itemViews(snapshot: RatesSnapshot): ItemView[] {
    const locale = this.#locale;
    const words = wordsFor(locale);
    const href = this.#linkTemplate;
    const style = this.#numberStyle(locale);
    const names = cachedIntl(Intl.DisplayNames, locale, CURRENCY_NAMES);
    // Official rates asked of a source that can give them: a home bank's currency without its bank's figure is the blend.
    const official = this.#asksOfficial;
    const views: ItemView[] = [];
    for (const symbol of this.#symbols) {
      const quote = quoteFor(snapshot, symbol, this.inverse);
      if (!quote) continue;
      const pair = this.inverse ? [snapshot.base, symbol] : [symbol, snapshot.base];
      const rate = formatRate(quote.value, style);
      const change = quote.changePercent === undefined ? undefined : formatChange(quote.changePercent, locale);
      const trend = this.trend ? trendOf(snapshot.history?.[symbol], this.inverse) : undefined;
      const blend = official && !!HOME_BANKS[symbol] && !snapshot.official?.[symbol];
      const phrase = [
        fill(words.pair, { symbol: names.of(pair[0])!, base: names.of(pair[1])! }),
        rate,
        // Spoken changes drop the sign: the word says the direction.
        change && fill(words[change.direction], { change: change.text.slice(1) }),
        trend && fill(words.trend, { days: trend.days, low: formatRate(trend.low, style), high: formatRate(trend.high, style) }),
        // The mark is not read; the source's name says whose figure this is.
        blend && snapshot.source,
      ];
      views.push({
        symbol,
        pair: pair.join('/'),
        rate,
        change,
        trend,
        href: href && fillLink(href, symbol, snapshot.base),
        blend,
        phrase: phrase.filter(Boolean).join(', '),
      });
    }
    return views;
  }

  #numberStyle(locale: string): NumberStyle {
    return {
      locale,
      digits: this.#option('digits', readDigits(this.digits)),
      decimals: this.#option('decimals', readDecimals(this.decimals)),
    };
  }
}

/**
 * Calls `then` once the parser has moved past `element` (its children are complete): when
 * the parser inserts a node after it in the document, or at DOMContentLoaded at the latest.
 */
function whenParsed(element: Element, then: () => void): void {
  const check = (): void => {
    let node: Node | null = element;
    while (node && !node.nextSibling) node = node.parentNode;
    if (!node && document.readyState === 'loading') return;
    observer.disconnect();
    document.removeEventListener('DOMContentLoaded', check);
    then();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
}

/** One item; in a copy (`copy`), without its role, its spoken phrase and its link target, so nothing in it is read, reached or followed. */
function renderItem(item: ItemView, copy?: boolean): TemplateResult {
  const content = html`<span part="pair" aria-hidden="true">${item.pair}</span>
    <span part="rate" aria-hidden="true">${item.rate}</span>
    ${
      item.trend
        ? // Coloured like the change beside it, so the item reads as one; the line's shape shows the month.
          html`<svg part="trend" class=${item.change?.direction ?? 'flat'} viewBox="0 0 48 16" aria-hidden="true">
          <polyline points=${item.trend.points} />
        </svg>`
        : nothing
    }
    ${item.change ? html`<span part="change ${item.change.direction}" aria-hidden="true">${item.change.text}</span>` : nothing}
    ${copy ? nothing : html`<span class="visually-hidden">${item.phrase}</span>`}`;
  // The roles stay explicit: Safari drops the list semantics of a list styled without markers.
  return html`<li part="item item-${item.symbol}${item.blend ? ' blend' : ''}" data-symbol=${item.symbol} role=${copy ? nothing : 'listitem'}>
    ${item.href ? html`<a part="link" href=${copy ? nothing : item.href}>${content}</a>` : content}
  </li>`;
}

const pauseIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3.5v12H3zm6.5 0H13v12H9.5z" /></svg>`;
const playIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2l10 6-10 6z" /></svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'fx-ticker': FxTicker;
  }
  interface HTMLElementEventMap {
    'fx-ticker-update': CustomEvent<FxTickerUpdateDetail>;
    'fx-ticker-error': CustomEvent<FxTickerErrorDetail>;
  }
}
