import { css } from 'lit';

/**
 * Public theming is the documented `--fx-ticker-*` properties, each with a default; the
 * theme only picks the colour scheme, and `light-dark()` picks each default from it.
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
    /* From the page's dir, as the element reads it: a CSS direction alone would turn the track without it. */
    direction: ltr;
    color-scheme: light dark;
    display: flex;
    block-size: 100%;
    overflow: hidden;
    container-type: inline-size;
    font: var(--fx-ticker-font, 500 0.875rem/1.2 system-ui, sans-serif);
    background: var(--fx-ticker-background, light-dark(#fff, #11161c));
    color: var(--fx-ticker-color, light-dark(#1b1f24, #e8edf2));
  }
  :host(:dir(rtl)) .ticker {
    direction: rtl;
  }
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }

  button {
    flex: none;
    inline-size: 2.5em;
    padding: 0;
    border: 0;
    border-inline-end: 1px solid #8886;
    background: none;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid;
    outline-offset: -3px;
  }
  svg {
    inline-size: 0.9em;
    fill: currentColor;
  }

  .viewport {
    flex: 1;
    display: flex;
    align-items: center;
    overflow: hidden;
  }
  .static .viewport {
    overflow-x: auto;
  }
  .track,
  ul {
    display: flex;
    flex: none;
    margin: 0;
    padding: 0;
  }
  li,
  [part='link'] {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    padding-inline: calc(var(--fx-ticker-gap, 2rem) / 2);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  [part='link'] {
    padding: 0;
    color: inherit;
    text-decoration: none;
  }
  [part='link']:hover [part='pair'] {
    text-decoration: underline;
  }
  [part='pair'] {
    font-weight: 600;
  }
  /* Sized from the font, 3em by 1em: no taller than the text line, so it fits the strip's height. */
  [part='trend'] {
    align-self: center;
    inline-size: 3em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  [part='pair']::after {
    content: ' =';
    font-weight: 400;
  }
  /* A home bank's currency shown at the blend (official): its source is named in the status, after the same mark. */
  [part~='blend'] [part='rate']::after {
    content: '*';
  }
  /* Reserved widths keep an item's size when its numbers change, so updates do not shift the strip. */
  [part='rate'] {
    min-inline-size: 7ch;
  }
  [part~='change'] {
    min-inline-size: 9.5ch;
  }
  [part~='up'],
  .up {
    color: var(--fx-ticker-up-color, light-dark(#0a7a3c, #4ade80));
  }
  [part~='down'],
  .down,
  .note {
    color: var(--fx-ticker-down-color, light-dark(#b3261e, #ff8a80));
  }
  [part~='flat'],
  .flat,
  p {
    color: var(--fx-ticker-flat-color, light-dark(#5a626c, #a3acb6));
  }
  /* Direction is carried by a glyph as well as colour. */
  [part~='up']::before {
    content: '▲ ';
  }
  [part~='down']::before {
    content: '▼ ';
  }

  p {
    display: flex;
    align-items: center;
    gap: 0.75em;
    max-inline-size: 45%;
    margin: 0;
    padding-inline: 0.75em;
    border-inline-start: 1px solid #8886;
    font-size: 0.8em;
    white-space: nowrap;
    overflow: hidden;
  }
  a {
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
  }
`;
