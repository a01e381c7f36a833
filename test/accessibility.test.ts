import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import type { FxTicker } from '../src/fx-ticker.js';
import { canEmulateMedia, itWhere, NO_MEDIA_EMULATION, resetMedia } from './helpers/engine.js';
import { settledTicker, tabThrough } from './helpers/ticker.js';

const ticker = (attributes = '', parentAttributes = ''): Promise<FxTicker> =>
  settledTicker(
    `<main ${parentAttributes}><button id="before">before</button><fx-ticker source="none" ${attributes}></fx-ticker><button id="after">after</button></main>`,
  );

/** The element that has keyboard focus, looking through shadow roots. */
describe('accessibility', () => {
  afterEach(resetMedia);

  it('passes an axe audit while moving', async () => {
    const el = await ticker();
    await expect(el).to.be.accessible();
  });

  it('passes an axe audit in the dark theme, paused, and in Russian', async () => {
    await expect(await ticker('theme="dark" paused locale="ru"')).to.be.accessible();
  });

  itWhere(canEmulateMedia, NO_MEDIA_EMULATION, 'passes an axe audit as a static list under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await expect(await ticker()).to.be.accessible();
  });

  it('passes an axe audit before any data', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><fx-ticker source="none">Rates load with JavaScript.</fx-ticker></div>`);
    await expect(box).to.be.accessible();
  });

  it('passes an axe audit after a failure, with the failure note showing', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = oneEvent(box, 'fx-ticker-error');
    box.innerHTML =
      '<fx-ticker source="none">Rates load with JavaScript.<script type="application/json">{"base":</script></fx-ticker>';
    expect((await failed).detail.error.message).to.match(/^inline JSON/);
    const el = box.querySelector('fx-ticker')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="status"] [role="status"]')!.textContent).to.equal(
      'Exchange rates are unavailable right now',
    );
    await expect(box).to.be.accessible();
  });

  it('exposes one named list of five items; copies are hidden from assistive technology', async () => {
    const el = await ticker('label="Курсы валют"');
    const root = el.shadowRoot!;
    const lists = root.querySelectorAll('[role="list"]');
    expect(lists).to.have.length(1);
    expect(lists[0].getAttribute('aria-label')).to.equal('Курсы валют');
    expect(lists[0].querySelectorAll(':scope > [role="listitem"]')).to.have.length(5);
    for (const copy of root.querySelectorAll('ul:not([role="list"])')) {
      expect(copy.getAttribute('aria-hidden')).to.equal('true');
      expect(copy.hasAttribute('inert')).to.equal(true);
    }
  });

  it("reads each item as one phrase, with names in the ticker's language", async () => {
    const el = await ticker('symbols="KZT" locale="ru"');
    const item = el.shadowRoot!.querySelector('[role="listitem"]')!;
    expect(item.querySelector('.visually-hidden')!.textContent).to.equal(
      'казахский тенге — доллар США, 0,001923, снижение 0,12\u00a0%',
    );
    for (const visual of item.querySelectorAll('[part]')) expect(visual.getAttribute('aria-hidden')).to.equal('true');
  });

  it('keeps the spoken phrases off screen, and the hidden attribute hides the whole ticker', async () => {
    const el = await ticker();
    for (const phrase of el.shadowRoot!.querySelectorAll('.visually-hidden')) {
      const { width, height } = phrase.getBoundingClientRect();
      expect(width <= 1 && height <= 1, `"${phrase.textContent}" takes ${width}×${height} px`).to.equal(true);
    }
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    el.hidden = true;
    expect(el.getBoundingClientRect().height, 'hidden').to.equal(0);
  });

  it('does not announce every number change', async () => {
    const el = await ticker();
    const live = el.shadowRoot!.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"], [role="marquee"]');
    for (const region of live) expect(region.closest('[part="status"]')).not.to.equal(null);
  });

  it('moves keyboard focus from the page through the pause button and never into a copy', async () => {
    const el = await ticker();
    const { inside, last } = await tabThrough(el, 4);
    expect(inside.map((node) => node.getAttribute('part'))).to.deep.equal(['control']);
    expect(last!.id).to.equal('after');
  });

  it('names the pause button by what it does and exposes its state', async () => {
    const el = await ticker();
    const button = el.shadowRoot!.querySelector('[part="control"]')!;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.getAttribute('aria-label')).to.equal('Pause exchange rates');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    el.paused = true;
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  it('speaks Russian on a Russian page', async () => {
    const el = await ticker('', 'lang="ru"');
    expect(el.shadowRoot!.querySelector('[part="control"]')!.getAttribute('aria-label')).to.equal('Остановить курсы валют');
    expect(el.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal('Курсы валют');
  });

  it('speaks Kazakh, Kyrgyz and Uzbek on their pages, and English on others', async () => {
    for (const [lang, name] of [
      ['kk', 'Валюта бағамдарын тоқтату'],
      ['ky-KG', 'Валюта курстарын токтотуу'],
      ['uz', 'Valyuta kurslarini to\u02bbxtatish'],
      ['de', 'Pause exchange rates'],
    ]) {
      const el = await ticker('', `lang="${lang}"`);
      expect(el.shadowRoot!.querySelector('[part="control"]')!.getAttribute('aria-label')).to.equal(name);
    }
  });
});
