// The live configurator: a form of the ticker's options, a preview <fx-ticker> that follows
// it, and the snippet a site owner pastes. `wireConfigurator` works on any copy of the
// form's markup, so tests render the page's own markup and wire it the same way.
import '../src/define.js';

/**
 * The script tag's URL in the snippet, as the README documents it: the major version pinned, so
 * a future major release never changes a pasted snippet's behaviour.
 */
export const SCRIPT_URL = 'https://cdn.jsdelivr.net/npm/fx-ticker@0/dist/fx-ticker.js';
/** The local feed `npm start` serves (demo/feed-endpoint.ts); only the preview reads it. */
export const DEMO_FEED = '/rates.json';
/** The local copy of Frankfurter `npm start` serves (demo/frankfurter-endpoint.ts), for a preview of official rates. */
export const DEMO_FRANKFURTER = '/v2/rates';
/** Polls of the local feed in the preview, so its drifting rates change while you watch. */
const DEMO_INTERVAL = '10';

/** Defaults from the public contract (PRODUCT.md): a snippet names only what differs. */
const DEFAULTS = {
  provider: 'auto',
  symbols: 'KGS KZT TJS UZS TMT',
  base: 'USD',
  digits: '4',
  theme: 'auto',
  speed: '40',
  direction: 'left',
} as const;

/** Every attribute the configurator sets on the preview, in the order a snippet lists them. */
const ATTRIBUTES = [
  'source',
  'provider',
  'symbols',
  'base',
  'inverse',
  'digits',
  'decimals',
  'locale',
  'official',
  'trend',
  'href',
  'theme',
  'speed',
  'direction',
  'interval',
] as const;
type AttributeName = (typeof ATTRIBUTES)[number];
/** Attribute name → value; `''` is a boolean attribute written bare. */
export type Attributes = Partial<Record<AttributeName, string>>;

export type SourceKind = 'demo' | 'provider' | 'custom';

export interface TickerOptions {
  sourceKind: SourceKind;
  /** The custom URL (only with `sourceKind: 'custom'`). */
  source: string;
  provider: string;
  symbols: string;
  base: string;
  inverse: boolean;
  digits: string;
  decimals: string;
  locale: string;
  /** Each currency from its own central bank; only a Frankfurter source can give it. */
  official: boolean;
  trend: boolean;
  /** The link template, e.g. `/markets/{symbol}-{base}`. */
  href: string;
  theme: string;
  speed: string;
  direction: string;
}

/**
 * Whether the snippet's source is read as Frankfurter v2, the one that can give official rates: the
 * default (this demo's snippet leaves `source` out), the provider named `frankfurter` or `auto`
 * (whose public URL is Frankfurter's), or a URL of a copy of it (`…/v2/rates`).
 */
export function readsFrankfurter(options: TickerOptions): boolean {
  if (options.sourceKind === 'demo') return true;
  if (options.provider !== 'auto' && options.provider !== 'frankfurter') return false;
  return options.sourceKind === 'provider' || /\/v2\/rates\/?([?#]|$)/.test(options.source.trim());
}

/** The attributes a site owner pastes: non-default values only, normalised as the element reads them. */
export function snippetAttributes(options: TickerOptions): Attributes {
  const attributes: Attributes = {};
  const custom = options.sourceKind === 'custom' ? options.source.trim() : '';
  if (custom) attributes.source = custom;
  if (options.sourceKind !== 'demo' && options.provider !== DEFAULTS.provider) attributes.provider = options.provider;
  const symbols = options.symbols
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean)
    .join(' ');
  if (symbols && symbols !== DEFAULTS.symbols) attributes.symbols = symbols;
  const base = options.base.trim().toUpperCase();
  if (base && base !== DEFAULTS.base) attributes.base = base;
  if (options.inverse) attributes.inverse = '';
  const decimals = options.decimals.trim();
  // `decimals` replaces `digits` when both are set, so the snippet never carries both.
  if (decimals) attributes.decimals = decimals;
  else if (options.digits.trim() && options.digits.trim() !== DEFAULTS.digits) attributes.digits = options.digits.trim();
  if (options.locale.trim()) attributes.locale = options.locale.trim();
  if (options.official && readsFrankfurter(options)) attributes.official = '';
  if (options.trend) attributes.trend = '';
  if (options.href.trim()) attributes.href = options.href.trim();
  if (options.theme !== DEFAULTS.theme) attributes.theme = options.theme;
  if (options.speed.trim() && options.speed.trim() !== DEFAULTS.speed) attributes.speed = options.speed.trim();
  if (options.direction !== DEFAULTS.direction) attributes.direction = options.direction;
  return attributes;
}

/** The preview's attributes: the snippet's, reading the local feed (or, for official rates, the local Frankfurter) when that is the source. */
export function previewAttributes(options: TickerOptions): Attributes {
  const attributes = snippetAttributes(options);
  if (options.sourceKind !== 'demo') return attributes;
  return { source: attributes.official === undefined ? DEMO_FEED : DEMO_FRANKFURTER, interval: DEMO_INTERVAL, ...attributes };
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function elementMarkup(attributes: Attributes): string {
  const written = ATTRIBUTES.filter((name) => attributes[name] !== undefined).map((name) =>
    attributes[name] === '' ? ` ${name}` : ` ${name}="${escapeAttribute(attributes[name]!)}"`,
  );
  return `<fx-ticker${written.join('')}></fx-ticker>`;
}

/** What a site owner pastes into a page: the script tag and the element. */
export function snippetFor(options: TickerOptions): string {
  return `<script src="${SCRIPT_URL}" defer></script>\n${elementMarkup(snippetAttributes(options))}`;
}

/** A note next to the snippet on where the data comes from; code between backticks. */
export function noteFor(options: TickerOptions): string {
  switch (options.sourceKind) {
    case 'demo':
      if (snippetAttributes(options).official !== undefined) {
        return (
          `The preview reads this demo's local copy of Frankfurter (${DEMO_FRANKFURTER}), with made-up bank publications. ` +
          'The snippet leaves `source` out, so on your site the ticker reads Frankfurter itself: each home bank ' +
          '(NBKR, NBK, NBT, CBU) once per poll beside the blend. To serve them from your own site instead, run ' +
          '`npx fx-ticker-feed --official --out rates.json` from cron and add `source="/rates.json"`.'
        );
      }
      return (
        `The preview reads this demo's local feed (${DEMO_FEED}), so it works offline. The snippet leaves ` +
        '`source` out, so on your site the ticker reads the default public source (Frankfurter). To serve the ' +
        'rates from your own site instead, run `npx fx-ticker-feed --out rates.json` from cron and add ' +
        '`source="/rates.json"`.'
      );
    case 'provider':
      return "Every visitor's browser reads the provider's public URL. A busy site can serve its own copy: see `npx fx-ticker-feed`.";
    case 'custom':
      return 'Your URL must answer cross-origin requests (CORS) from your site, and your Content-Security-Policy must allow it in `connect-src`.';
  }
}

/** Where the snippet goes: a page of your own, or one of the CMSs the region's sites run. */
export type PastePlace = 'page' | 'wordpress' | 'bitrix' | 'tilda' | 'joomla' | 'drupal';

interface PasteGuide {
  /** Where the script tag goes, once for the whole site. */
  script: string;
  /** Where the element goes, each time. */
  element: string;
  /** What the CMS's editor does to the element, and what to do about it; code between backticks. */
  note: string;
}

/** What docs/cms.md says for each CMS, in a line or two. */
const PASTE_GUIDES: Record<Exclude<PastePlace, 'page'>, PasteGuide> = {
  wordpress: {
    script: "once, in the theme's header (a child theme's functions.php, or a header-code plugin)",
    element: 'in a Custom HTML block (or a Custom HTML widget)',
    note:
      'Administrators keep it as pasted. For authors and contributors, and for everyone on a multisite but the super ' +
      "admin, WordPress's kses removes the element unless the site allows it with a `wp_kses_allowed_html` filter, and " +
      "always removes the script tag. The Classic editor's Visual tab drops the element too: paste it in the Text tab " +
      'and stay there.',
  },
  bitrix: {
    script: "once, in the site template's header.php, before </head>",
    element: 'in the visual editor\'s HTML (source) mode, or in an "Include area" file',
    note:
      "1C-Bitrix's visual editor is not tested here: after saving, check in the HTML view that the element and its " +
      'attributes are still there; if not, put it in an include area or the template.',
  },
  tilda: {
    script: 'once, in Site settings → More → HTML code for the HEAD section',
    element: 'in an HTML block (T123, under "Other")',
    note: 'Tilda keeps an HTML block as written. Its custom code works on the published site, not in the editor preview.',
  },
  joomla: {
    script: "once, in the template's index.php, or a Custom module in a head or top position (editor: None)",
    element: 'in the article with the editor toggled off, or in a Custom module',
    note:
      "Joomla's TinyMCE drops the element unless its plugin's Extended Elements list `#fx-ticker[*]` (with the " +
      '`#`), and its default relative URLs break a root-relative `href`: set URLs to Absolute. Its text filter ' +
      'removes the script tag for every group but Super Users.',
  },
  drupal: {
    script: "once, in the theme's libraries (a *.libraries.yml entry attached in the theme's .info.yml)",
    element: 'in a body field whose text format is Full HTML',
    note:
      'Basic and Restricted HTML remove the element. Full HTML keeps it with its attributes, but CKEditor 5 empties ' +
      'inline JSON there: use a `source` instead.',
  },
};

/** The snippet for that place: as it is for a page; for a CMS, each line labelled with where it goes. */
export function pasteSnippetFor(options: TickerOptions, place: PastePlace): string {
  const snippet = snippetFor(options);
  if (place === 'page') return snippet;
  const [script, element] = snippet.split('\n');
  const guide = PASTE_GUIDES[place];
  return `<!-- Script: ${guide.script} -->\n${script}\n<!-- Element: ${guide.element} -->\n${element}`;
}

/** What the CMS's editor does to the snippet, and where the full guide is; code between backticks. */
export function pasteNoteFor(place: PastePlace): string {
  if (place === 'page')
    return "Paste the script tag once per page (or in your site's shared template) and the element where the strip goes.";
  return `${PASTE_GUIDES[place].note} Step by step: \`docs/cms.md\`.`;
}

export interface Configurator {
  /** Reads the form and updates the preview and the snippet (runs on every input). */
  update(): void;
  /** Removes the listeners. */
  destroy(): void;
}

/**
 * Wires the configurator markup inside `root`: a `form` with the controls, an `fx-ticker`
 * marked `data-preview`, a `[data-snippet]` element, a `[data-copy]` button, a
 * `[data-copy-status]` live region and a `[data-snippet-note]` paragraph.
 */
export function wireConfigurator(root: HTMLElement): Configurator {
  const form = required<HTMLFormElement>(root, 'form');
  const preview = required<HTMLElement>(root, 'fx-ticker[data-preview]');
  const snippet = required<HTMLElement>(root, '[data-snippet]');
  const copyButton = required<HTMLButtonElement>(root, '[data-copy]');
  const copyStatus = required<HTMLElement>(root, '[data-copy-status]');
  const note = required<HTMLElement>(root, '[data-snippet-note]');
  // The "where will you paste it?" choice and its note; a copy of the form without them writes a page's snippet.
  const pasteChoice = root.querySelector<HTMLSelectElement>('select[name="paste"]');
  const pasteNote = root.querySelector<HTMLElement>('[data-paste-note]');
  const pastePlace = (): PastePlace => (pasteChoice?.value ?? 'page') as PastePlace;
  let clearStatus: ReturnType<typeof setTimeout> | undefined;

  const control = <T extends HTMLInputElement | HTMLSelectElement>(name: string): T => {
    const element = form.elements.namedItem(name);
    if (!element) throw new Error(`configurator: no control named "${name}"`);
    return element as T;
  };
  /** A number field counts only when the browser finds it valid; an invalid one is left out. */
  const numberValue = (name: string): string => {
    const input = control<HTMLInputElement>(name);
    return input.checkValidity() ? input.value : '';
  };

  const readOptions = (): TickerOptions => ({
    sourceKind: control<HTMLSelectElement>('sourceKind').value as SourceKind,
    source: control<HTMLInputElement>('source').value,
    provider: control<HTMLSelectElement>('provider').value,
    symbols: control<HTMLInputElement>('symbols').value,
    base: control<HTMLInputElement>('base').value,
    inverse: control<HTMLInputElement>('inverse').checked,
    digits: numberValue('digits'),
    decimals: numberValue('decimals'),
    locale: control<HTMLSelectElement>('locale').value,
    official: control<HTMLInputElement>('official').checked,
    trend: control<HTMLInputElement>('trend').checked,
    href: control<HTMLInputElement>('href').value,
    theme: control<HTMLSelectElement>('theme').value,
    speed: numberValue('speed'),
    direction: control<HTMLSelectElement>('direction').value,
  });

  /** Controls that mean nothing in the current state are disabled, not hidden, so the form does not jump. */
  const syncControls = (options: TickerOptions): void => {
    control<HTMLInputElement>('source').disabled = options.sourceKind !== 'custom';
    const provider = control<HTMLSelectElement>('provider');
    provider.disabled = options.sourceKind === 'demo';
    // The feed format has no public URL of its own: it needs a URL to read.
    const feed = provider.querySelector<HTMLOptionElement>('option[value="feed"]');
    if (feed) feed.disabled = options.sourceKind === 'provider';
    if (feed?.disabled && provider.value === 'feed') provider.value = DEFAULTS.provider;
    control<HTMLInputElement>('digits').disabled = options.decimals.trim() !== '';
    control<HTMLInputElement>('official').disabled = !readsFrankfurter(options);
  };

  const update = (): void => {
    syncControls(readOptions());
    const options = readOptions();
    const attributes = previewAttributes(options);
    for (const name of ATTRIBUTES) {
      const value = attributes[name];
      if (value === undefined) preview.removeAttribute(name);
      else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
    }
    snippet.textContent = pasteSnippetFor(options, pastePlace());
    renderNote(note, noteFor(options));
    if (pasteNote) renderNote(pasteNote, pasteNoteFor(pastePlace()));
  };

  const showStatus = (text: string): void => {
    copyStatus.textContent = text;
    clearTimeout(clearStatus);
    clearStatus = setTimeout(() => (copyStatus.textContent = ''), 4000);
  };

  const copy = async (): Promise<void> => {
    const text = snippet.textContent ?? '';
    try {
      if (!navigator.clipboard) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      showStatus('Copied');
    } catch {
      // Without the Clipboard API (an insecure context, a denied permission), select the
      // snippet so that one keystroke copies it.
      getSelection()?.selectAllChildren(snippet);
      snippet.focus();
      showStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy');
    }
  };

  const onCopy = (): void => void copy();
  const onSubmit = (event: Event): void => event.preventDefault();
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', onSubmit);
  copyButton.addEventListener('click', onCopy);
  pasteChoice?.addEventListener('change', update);
  update();

  return {
    update,
    destroy() {
      form.removeEventListener('input', update);
      form.removeEventListener('change', update);
      form.removeEventListener('submit', onSubmit);
      copyButton.removeEventListener('click', onCopy);
      pasteChoice?.removeEventListener('change', update);
      clearTimeout(clearStatus);
    },
  };
}

/** Writes `text` into `target`, with the parts between backticks as `<code>`. */
function renderNote(target: HTMLElement, text: string): void {
  target.replaceChildren(
    ...text.split('`').map((part, index) => {
      if (index % 2 === 0) return document.createTextNode(part);
      const code = document.createElement('code');
      code.textContent = part;
      return code;
    }),
  );
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`configurator: nothing matches ${selector}`);
  return found;
}
