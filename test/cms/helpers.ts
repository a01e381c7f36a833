// What a CMS editor gives back when the configurator's snippets are pasted into it, read
// without running anything: the ticker's attributes, the script tag, the inline JSON, and
// whatever is left as visible text. The snippets are in snippets.json, which the Node tests
// (sanitize-html, WordPress's kses) read too; snippets.test.ts keeps it equal to what the
// configurator writes.
import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { FxTicker } from '../../src/fx-ticker.js';
import { readItems, type ItemText } from '../helpers/ticker.js';

export interface Snippets {
  /** The script tag, once per page. */
  script: string;
  /** The element with most of its attributes (a URL, a boolean, braces in a link template). */
  element: string;
  /** `<fx-ticker source="none">` with its data as inline JSON. */
  inline: string;
}

export const SNIPPETS = (await (await fetch('/test/cms/snippets.json')).json()) as Snippets;

export interface Survivors {
  /** The first `<fx-ticker>`'s attributes (a bare boolean reads `''`), or null when it is gone. */
  element: Record<string, string> | null;
  /** The inline JSON inside that element, parsed; undefined when there is none or it is empty. */
  inlineJson: unknown;
  /** A script tag with a `src`: its `src` and whether it defers; null when there is none. */
  script: { src: string; defer: boolean } | null;
  /** The text a reader would see (scripts' content excluded), trimmed. */
  visibleText: string;
}

export function survivors(markup: string): Survivors {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const content = template.content;
  const ticker = content.querySelector('fx-ticker');
  const json = ticker?.querySelector('script[type="application/json"]')?.textContent.trim();
  const script = content.querySelector<HTMLScriptElement>('script[src]');
  for (const inert of content.querySelectorAll('script')) inert.remove();
  return {
    element: ticker ? Object.fromEntries([...ticker.attributes].map((a) => [a.name, a.value])) : null,
    inlineJson: json ? JSON.parse(json) : undefined,
    script: script ? { src: script.getAttribute('src')!, defer: script.hasAttribute('defer') } : null,
    visibleText: (content.textContent ?? '').replace(/\u00a0/g, ' ').trim(),
  };
}

/** Puts an editor's output into the page (the test page has the element defined) and reads the ticker's items. */
export async function rendered(markup: string): Promise<ItemText[]> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = markup;
  const ticker = container.querySelector<FxTicker>('fx-ticker');
  if (!ticker) return [];
  await ticker.updateComplete;
  return readItems(ticker);
}

/** The part of TinyMCE's API the tests use, the same from version 4 (WordPress's) to 8. */
export interface TinyMceLike {
  majorVersion: string;
  minorVersion: string;
  init(
    options: Record<string, unknown>,
  ): Promise<{ setContent(markup: string): unknown; getContent(): string; remove(): void }[]>;
}

/**
 * Loads `markup` into a new TinyMCE editor with `options`, as the visual editor loads a post
 * (setContent, also what its source-code dialog does), and returns what it saves (getContent).
 */
export async function tinymceRoundTrip(tinymce: TinyMceLike, options: Record<string, unknown>, markup: string): Promise<string> {
  const textarea = document.createElement('textarea');
  document.body.append(textarea);
  const [editor] = await tinymce.init({
    target: textarea,
    suffix: '.min',
    menubar: false,
    toolbar: false,
    statusbar: false,
    ...options,
  });
  try {
    editor.setContent(markup);
    return editor.getContent();
  } finally {
    editor.remove();
    textarea.remove();
  }
}

/** Runs a classic script (an editor that is not an ES module) and resolves once it has. */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** What the inline snippet shows when nothing has touched it. */
export const INLINE_ITEMS: ItemText[] = [
  { symbol: 'KZT', pair: 'KZT/USD', rate: '0.001923', change: '−0.12%', direction: 'down' },
  { symbol: 'UZS', pair: 'UZS/USD', rate: '0.00008000', change: '+0.08%', direction: 'up' },
];
