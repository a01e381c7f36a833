/// <reference types="node" />
// Rates at HTML time, for Node (fx-ticker-feed --prerender and build tools): writes into each
// <fx-ticker> of a page the element's own first render, drawn by Lit's server renderer from the
// element's own code, as a declarative shadow root, with the rates as the element's inline JSON.
// Never part of the script tag: it needs Node, @lit-labs/ssr and parse5.
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type PropertyValues, type ReactiveController } from 'lit';
import { html as namespaces, parse, type DefaultTreeAdapterMap } from 'parse5';
import { FxTicker } from './fx-ticker.js';
import { MarqueeController } from './marquee-controller.js';
import { readBase, readChoice, readSymbols } from './options.js';
import {
  loadOfficialRates,
  loadRates,
  PROVIDER_NAMES,
  sourceEntry,
  type GetJson,
  type LoadedRates,
  type ProviderName,
} from './providers/index.js';
import { selectRates } from './providers/shared.js';
import { RatesFormatError, toSnapshot, type RatesSnapshot } from './snapshot.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

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

/** Marks the inline JSON this module writes, so that the next run replaces it and never the page's own. */
const OURS = 'data-prerendered';
const TAG = 'fx-ticker';
const SERVER_TAG = 'fx-ticker-prerendered';

/**
 * Rules for the prerendered strip while no script has defined the element (`:not(:defined)`),
 * none of which changes where anything is, so the element's own first render replaces the strip
 * without a shift: the pause button keeps its place but is hidden (nothing moves to pause), and
 * the list scrolls sideways (no scrollbar, which would take height) so every rate is reachable.
 * With reduced motion the element's render is the static strip, whose layout this then matches.
 */
const BEFORE_SCRIPT_CSS =
  ':host(:not(:defined)) [part=control]{visibility:hidden}' +
  ':host(:not(:defined)) :not(.static)>.viewport{overflow-x:auto;scrollbar-width:none}' +
  '@media (prefers-reduced-motion:reduce){:host(:not(:defined)) [part=control]{display:none}' +
  // The same selector as the rule above, so that this one, later, wins.
  ':host(:not(:defined)) :not(.static)>.viewport{scrollbar-width:auto}}';

/**
 * Prerenders every `<fx-ticker>` of `page` with rates fetched for it (see `loadRatesFor`):
 * HTML in, HTML out. Rejects when the rates cannot be loaded or a ticker cannot be drawn.
 */
export async function prerender(page: string, options: LoadOptions = {}): Promise<string> {
  return prerenderPage(page, await loadRatesFor([page], options)).html;
}

interface Ticker {
  element: Element;
  /** The attributes the element reads, as the page writes them. */
  attributes: [string, string][];
  /** The nearest `lang` (the element's own included), or undefined when the page has none. */
  lang?: string;
  rtl: boolean;
  /** The inline JSON the page itself gave the element, if any. */
  ownJson?: string;
  /** What an earlier run wrote into the element: removed before this one writes. */
  earlier: Element[];
}

const attribute = (element: Element, name: string): string | undefined => element.attrs.find((attr) => attr.name === name)?.value;

const isElement = (node: Node): node is Element => 'tagName' in node;

/** The `<fx-ticker>` elements of a page, outermost only (a ticker inside another is the outer one's content). */
function tickersIn(page: string): Ticker[] {
  const tickers: Ticker[] = [];
  const visit = (node: Node, lang: string | undefined, rtl: boolean): void => {
    if (!isElement(node) && !('childNodes' in node)) return;
    if (isElement(node)) {
      const ownLang = attribute(node, 'lang');
      if (ownLang !== undefined) lang = ownLang.trim() || undefined;
      const dir = attribute(node, 'dir')?.trim().toLowerCase();
      if (dir === 'rtl' || dir === 'ltr') rtl = dir === 'rtl';
      // An <fx-ticker> inside SVG or MathML is not the HTML element: the browser never upgrades it.
      if (node.tagName === TAG && node.namespaceURI === namespaces.NS.HTML) {
        tickers.push(readTicker(node, lang, rtl));
        return;
      }
    }
    // Template contents are not in childNodes: a ticker inside a <template> is not on the page.
    for (const child of (node as { childNodes?: Node[] }).childNodes ?? []) visit(child, lang, rtl);
  };
  visit(parse(page, { sourceCodeLocationInfo: true }), undefined, false);
  return tickers;
}

function readTicker(element: Element, lang: string | undefined, rtl: boolean): Ticker {
  const observed = new Set((FxTicker as unknown as { observedAttributes: string[] }).observedAttributes);
  const earlier: Element[] = [];
  let ownJson: string | undefined;
  for (const child of element.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined) earlier.push(child);
    else if (child.tagName === 'script' && attribute(child, 'type') === 'application/json') {
      if (attribute(child, OURS) !== undefined) earlier.push(child);
      else if (ownJson === undefined) ownJson = child.childNodes.map((text) => ('value' in text ? text.value : '')).join('');
    }
  }
  return {
    element,
    attributes: element.attrs.filter(({ name }) => observed.has(name)).map(({ name, value }) => [name, value]),
    lang,
    rtl,
    ownJson,
    earlier,
  };
}

const isOffline = (ticker: Ticker): boolean => attributeOf(ticker, 'source')?.trim().toLowerCase() === 'none';
const attributeOf = (ticker: Ticker, name: string): string | undefined => ticker.attributes.find(([key]) => key === name)?.[1];

/** Whether the element shows official rates, as it decides: `official` with a source it reads as Frankfurter v2. */
function asksOfficial(ticker: Ticker): boolean {
  if (attributeOf(ticker, 'official') === undefined) return false;
  const source = attributeOf(ticker, 'source')?.trim() || undefined;
  const provider = readChoice(attributeOf(ticker, 'provider'), ['auto', ...PROVIDER_NAMES] as const, 'auto').value;
  return sourceEntry(source, provider).provider === 'frankfurter';
}

/** A ticker drawn from the inline JSON its page gave it: one that reads nothing else (`source="none"`). */
const drawnFromOwnJson = (ticker: Ticker): boolean => isOffline(ticker) && ticker.ownJson !== undefined;

const symbolsOf = (ticker: Ticker): readonly string[] => readSymbols(attributeOf(ticker, 'symbols')).value;
const baseOf = (ticker: Ticker): string => readBase(attributeOf(ticker, 'base')).value;

/**
 * Loads, once for all `pages`, the rates their tickers need: every ticker's symbols and base,
 * from `options.source` (the run's source, whatever the tickers' own `source` attributes say),
 * and official rates too when a ticker has `official` (or `options.official`). Rejects with the
 * provider's error when a load fails.
 */
export async function loadRatesFor(pages: readonly string[], options: LoadOptions = {}): Promise<LoadedPrerenderRates> {
  const { source, provider = 'auto', now = new Date(), getJson = fetchJson } = options;
  const canOfficial = sourceEntry(source, provider).provider === 'frankfurter';
  const groups = { rates: [] as Ticker[], official: [] as Ticker[] };
  for (const page of pages) {
    for (const ticker of tickersIn(page)) {
      if (drawnFromOwnJson(ticker)) continue;
      groups[canOfficial && (options.official || asksOfficial(ticker)) ? 'official' : 'rates'].push(ticker);
    }
  }
  const result: LoadedPrerenderRates = { loads: [] };
  for (const kind of ['rates', 'official'] as const) {
    const tickers = groups[kind];
    if (!tickers.length) continue;
    // The base most tickers use, so that most need no crossing; the others are crossed through it.
    const bases = tickers.map(baseOf);
    const base = bases.sort((a, b) => bases.filter((x) => x === b).length - bases.filter((x) => x === a).length)[0];
    const symbols = [...new Set(tickers.flatMap((ticker) => [...symbolsOf(ticker), baseOf(ticker)]))].filter(
      (code) => code !== base,
    );
    const query = { base, symbols: symbols.length ? symbols : [base === 'USD' ? 'EUR' : 'USD'], now };
    const loaded =
      kind === 'official'
        ? await loadOfficialRates(getJson, { source, query })
        : await loadRates(getJson, { source, provider, query });
    result[kind] = loaded.snapshot;
    result.loads.push(loaded);
  }
  return result;
}

const fetchJson: GetJson = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000), headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};

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
export function prerenderPage(page: string, rates: PrerenderRates): PrerenderedPage {
  const warnings: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const hashes = new Set<string>();
  const tickers = tickersIn(page);
  let count = 0;
  tickers.forEach((ticker, index) => {
    const location = ticker.element.sourceCodeLocation;
    const name = `<fx-ticker> ${index + 1} (line ${location?.startLine ?? '?'})`;
    if (!location?.startTag || !location.endTag) {
      warnings.push(`${name} has no </fx-ticker>: left as it was`);
      return;
    }
    const own = drawnFromOwnJson(ticker);
    const data = own ? parseOwnJson(ticker, name) : ratesFor(ticker, rates, name, warnings);
    if (ticker.lang === undefined && attributeOf(ticker, 'locale') === undefined) {
      warnings.push(
        `${name}: no lang on the page and no locale: drawn in English; a reader whose browser is set to another language ` +
          'sees the words change when the script takes over (set lang on <html>, or locale on the element)',
      );
    }
    const shadow = renderShadow(ticker, data, name, warnings);
    hashes.add(shadow.styleHash);
    const json = own ? '' : `<script type="application/json" ${OURS}>${scriptSafeJson(data)}</script>`;
    edits.push({ start: location.startTag.endOffset, end: location.startTag.endOffset, text: shadow.html + json });
    for (const earlier of ticker.earlier) {
      const { startOffset, endOffset } = earlier.sourceCodeLocation!;
      edits.push({ start: startOffset, end: endOffset, text: '' });
    }
    count += 1;
  });
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let html = '';
  let cursor = 0;
  for (const { start, end, text } of edits) {
    html += page.slice(cursor, start) + text;
    cursor = end;
  }
  html += page.slice(cursor);
  return { html, tickers: count, warnings, styleHash: [...hashes][0] };
}

function parseOwnJson(ticker: Ticker, name: string): RatesSnapshot {
  try {
    return toSnapshot(JSON.parse(ticker.ownJson!));
  } catch (error) {
    throw new RatesFormatError(`${name}: its inline JSON cannot be shown (${(error as Error).message})`);
  }
}

/** The rates one ticker shows, in its base, for its symbols (and history only for `trend`): what its inline JSON holds. */
function ratesFor(ticker: Ticker, rates: PrerenderRates, name: string, warnings: string[]): RatesSnapshot {
  const wanted = asksOfficial(ticker) ? (rates.official ?? rates.rates) : (rates.rates ?? rates.official);
  if (!wanted) throw new RatesFormatError(`${name}: no rates given to draw it with`);
  const symbols = symbolsOf(ticker);
  let selected;
  try {
    selected = selectRates('feed', toSnapshot(wanted), { base: baseOf(ticker), symbols, now: new Date() });
  } catch (error) {
    throw new RatesFormatError(`${name}: ${(error as Error).message}`);
  }
  if (selected.missing.length) warnings.push(`${name}: no rate for ${selected.missing.join(' ')}; not shown`);
  const { history, ...snapshot } = selected.snapshot;
  return attributeOf(ticker, 'trend') === undefined || !history ? snapshot : { ...snapshot, history };
}

/** JSON that cannot end its <script> element or open a comment in it: every `<` escaped. */
const scriptSafeJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** Where the server's copy of the element is: its nearest `lang` and reading direction, handed in. */
interface Place {
  attributes: [string, string][];
  lang: string;
  rtl: boolean;
  rates: RatesSnapshot;
  problems: string[];
}

// Lit's server renderer skips controllers' `hostUpdate`, where the motion controller decides
// whether the strip moves (speed, reduced motion): this element runs it, as a browser would.
const marquees = new WeakMap<object, MarqueeController>();

/**
 * The element as the server renders it: the same class, told what a browser's tree would tell it
 * (the nearest `lang`, `:dir(rtl)`), its attributes and its rates set before it renders.
 */
class PrerenderedTicker extends FxTicker {
  #place?: Place;

  set place(place: Place) {
    this.#place = place;
    this.addEventListener('fx-ticker-error', (event) => place.problems.push(event.detail.error.message));
    for (const [name, value] of place.attributes) {
      this.setAttribute(name, value);
      this.attributeChangedCallback(name, null, value);
    }
    this.rates = place.rates;
  }

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (controller instanceof MarqueeController) marquees.set(this, controller);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    marquees.get(this)?.hostUpdate();
  }

  // The element reads its language as `closest('[lang]')` and its direction as `:dir(rtl)`.
  override closest<E extends globalThis.Element = globalThis.Element>(): E | null {
    const lang = this.#place?.lang;
    return { getAttribute: () => lang } as unknown as E;
  }

  override matches(selector: string): boolean {
    return selector === ':dir(rtl)' && !!this.#place?.rtl;
  }
}

/** The element's shadow root content for `ticker` with `rates`, without Lit's hydration markers, and its styles' CSP hash. */
function renderShadow(
  ticker: Ticker,
  rates: RatesSnapshot,
  name: string,
  warnings: string[],
): { html: string; styleHash: string } {
  // Registered on first use, in the server's own registry, so that importing this module changes nothing.
  if (!customElements.get(SERVER_TAG)) customElements.define(SERVER_TAG, PrerenderedTicker);
  const place: Place = { attributes: ticker.attributes, lang: ticker.lang ?? 'en', rtl: ticker.rtl, rates, problems: [] };
  const warn = console.warn;
  let markup: string;
  // The element warns about attributes it cannot use (once each, in the console): here, to the page's author.
  console.warn = (...message: unknown[]) => warnings.push(`${name}: ${message.join(' ').replace(/^<fx-ticker>: /, '')}`);
  try {
    markup = collectResultSync(render(html`<fx-ticker-prerendered .place=${place}></fx-ticker-prerendered>`));
  } finally {
    console.warn = warn;
  }
  if (place.problems.length) throw new RatesFormatError(`${name}: nothing to show (${place.problems.join('; ')})`);
  const open = markup.indexOf('>', markup.indexOf('<template')) + 1;
  const content = markup
    .slice(open, markup.lastIndexOf('</template>'))
    // Hydration markers: this strip is replaced by the element's first render, never hydrated.
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '')
    .replace('</style>', `${BEFORE_SCRIPT_CSS}</style>`);
  const css = content.slice(content.indexOf('<style>') + 7, content.indexOf('</style>'));
  return {
    html: `<template shadowrootmode="open">${content}</template>`,
    styleHash: `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
  };
}
