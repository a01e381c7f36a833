import { fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FxTicker } from '../../src/fx-ticker.js';

export const FEED = {
  base: 'USD',
  asOf: '2025-08-13T00:00:00Z',
  rates: { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 },
  previous: { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 },
  source: 'National banks; TMT official peg',
};

/** The primary list's items: what a screen reader and a test of the numbers look at. */
export function items(el: FxTicker): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="list"] > [part~="item"]')];
}

export interface ItemText {
  symbol: string;
  pair: string;
  rate: string;
  change?: string;
  direction?: string;
}

export function readItems(el: FxTicker): ItemText[] {
  return items(el).map((item) => {
    const change = item.querySelector('[part~="change"]');
    const text: ItemText = {
      symbol: item.dataset.symbol!,
      pair: item.querySelector('[part="pair"]')!.textContent.trim(),
      rate: item.querySelector('[part="rate"]')!.textContent.trim(),
    };
    if (change) {
      text.change = change.textContent.trim();
      text.direction = change.getAttribute('part')!.split(' ')[1];
    }
    return text;
  });
}

/** Renders a ticker and waits for its first `fx-ticker-update`. */
export async function tickerWithData(template: TemplateResult): Promise<FxTicker> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const updated = oneEvent(container, 'fx-ticker-update');
  const { render } = await import('lit');
  render(template, container);
  await updated;
  const el = container.firstElementChild as FxTicker;
  await el.updateComplete;
  return el;
}

/**
 * Writes `markup` (which holds one `<fx-ticker source="none">`) into a new box of `width`,
 * shows FEED in the ticker, and waits three frames, so its copies are counted and laid out.
 */
export async function settledTicker(markup: string, width?: string): Promise<FxTicker> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) box.style.setProperty('width', width);
  box.innerHTML = markup;
  const el = box.querySelector('fx-ticker')!;
  el.rates = FEED;
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  return el;
}

/** The text a person sees in the shadow root, for "never NaN on screen" checks. */
export const visibleText = (el: FxTicker): string => el.shadowRoot!.textContent ?? '';

/** The element with keyboard focus, looked up through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab from the page's `#before` button until focus reaches its `#after` button (at most
 * `presses` times): the elements inside `el` that took focus, in order, and the last one focused.
 */
export async function tabThrough(el: Element, presses: number): Promise<{ inside: Element[]; last: Element | undefined }> {
  document.querySelector<HTMLButtonElement>('#before')!.focus();
  const visited: Element[] = [];
  for (let i = 0; i < presses; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active) visited.push(active);
    if (active?.id === 'after') break;
  }
  return { inside: visited.filter((node) => el.shadowRoot!.contains(node)), last: visited.at(-1) };
}
