import { css } from 'lit';

/**
 * Public theming is the documented `--fx-ticker-*` properties; each maps once to a private
 * `--_*` one with the theme's default, so the rest of the sheet reads only private names.
 */
export const styles = css`
  :host {
    display: block;
    contain: layout paint;
    /* Reserved before the first data arrives, so the page never shifts. */
    block-size: var(--fx-ticker-height, 2.5rem);
  }
  :host([hidden]) {
    display: none;
  }

  .ticker {
    /* Inherited text styles of the host page (letter-spacing, line-height, text-transform…)
       stop here; only the documented custom properties theme the strip. */
    all: initial;
    font: var(--fx-ticker-font, 500 0.875rem/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_background: var(--fx-ticker-background, #ffffff);
    --_color: var(--fx-ticker-color, #1b1f24);
    --_up: var(--fx-ticker-up-color, #0a7a3c);
    --_down: var(--fx-ticker-down-color, #b3261e);
    --_flat: var(--fx-ticker-flat-color, #5a626c);
    --_gap: var(--fx-ticker-gap, 2rem);
    display: flex;
    align-items: stretch;
    block-size: 100%;
    box-sizing: border-box;
    background: var(--_background);
    color: var(--_color);
    overflow: hidden;
    container-type: inline-size;
  }
  .ticker.dark {
    --_background: var(--fx-ticker-background, #11161c);
    --_color: var(--fx-ticker-color, #e8edf2);
    --_up: var(--fx-ticker-up-color, #4ade80);
    --_down: var(--fx-ticker-down-color, #ff8a80);
    --_flat: var(--fx-ticker-flat-color, #a3acb6);
  }
  @media (prefers-color-scheme: dark) {
    .ticker.auto {
      --_background: var(--fx-ticker-background, #11161c);
      --_color: var(--fx-ticker-color, #e8edf2);
      --_up: var(--fx-ticker-up-color, #4ade80);
      --_down: var(--fx-ticker-down-color, #ff8a80);
      --_flat: var(--fx-ticker-flat-color, #a3acb6);
    }
  }

  [part='control'] {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2.5em;
    margin: 0;
    padding: 0;
    border: 0;
    border-inline-end: 1px solid color-mix(in srgb, currentColor 20%, transparent);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [part='control']:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: -4px;
  }
  [part='control'] svg {
    inline-size: 0.9em;
    block-size: 0.9em;
    fill: currentColor;
  }

  .viewport {
    flex: 1 1 auto;
    min-inline-size: 0;
    display: flex;
    align-items: center;
    overflow: hidden;
  }
  .static .viewport {
    overflow-x: auto;
    scrollbar-width: thin;
  }
  .viewport:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: -2px;
  }
  .track {
    display: flex;
    flex: none;
    inline-size: max-content;
    will-change: transform;
  }
  .static .track {
    will-change: auto;
  }
  .set {
    display: flex;
    flex: none;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='item'] {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    padding-inline: calc(var(--_gap) / 2);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  [part='pair'] {
    font-weight: 600;
  }
  [part='pair']::after {
    content: ' =';
    font-weight: 400;
  }
  /* Reserved widths keep an item's size when its numbers change, so updates do not shift the strip. */
  [part='rate'] {
    min-inline-size: 7ch;
    text-align: end;
  }
  [part~='change'] {
    min-inline-size: 9.5ch;
  }
  [part~='up'] {
    color: var(--_up);
  }
  [part~='down'] {
    color: var(--_down);
  }
  [part~='flat'] {
    color: var(--_flat);
  }
  /* Direction is carried by a glyph as well as colour. */
  [part~='up']::before {
    content: '▲ ';
  }
  [part~='down']::before {
    content: '▼ ';
  }

  [part='status'] {
    flex: none;
    display: flex;
    align-items: center;
    gap: 0.75em;
    max-inline-size: 45%;
    padding-inline: 0.75em;
    border-inline-start: 1px solid color-mix(in srgb, currentColor 20%, transparent);
    font-size: 0.8em;
    color: var(--_flat);
    white-space: nowrap;
  }
  .note {
    color: var(--_down);
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part='status'] a {
    color: inherit;
  }
  @container (max-width: 36rem) {
    .as-of {
      display: none;
    }
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
