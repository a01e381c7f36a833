import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define.js';
import type { FxTicker } from '../src/fx-ticker.js';
import { deepActiveElement, FEED, items, settledTicker, tabThrough } from './helpers/ticker.js';

const ticker = (attributes: string): Promise<FxTicker> =>
  settledTicker(
    `<button id="before">before</button><fx-ticker source="none" ${attributes}></fx-ticker><button id="after">after</button>`,
    '1200px',
  );

const links = (el: FxTicker) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[role="list"] a[part="link"]')];
const copies = (el: FxTicker) => [...el.shadowRoot!.querySelectorAll('ul:not([role="list"])')];
const animation = (el: FxTicker) => el.shadowRoot!.querySelector('.track')!.getAnimations()[0];

describe('item links', () => {
  afterEach(() => sinon.restore());

  it('makes no link without href', async () => {
    const el = await ticker('');
    expect(el.shadowRoot!.querySelector('a[part="link"]')).to.equal(null);
  });

  it('wraps each item of the primary list in one link to its page, in order', async () => {
    const el = await ticker('href="/markets/{symbol}-{base}"');
    expect(links(el).map((link) => link.getAttribute('href'))).to.deep.equal(
      ['KGS', 'KZT', 'TJS', 'UZS', 'TMT'].map((symbol) => `/markets/${symbol}-USD`),
    );
    for (const item of items(el)) {
      expect(item.children).to.have.length(1);
      expect(item.firstElementChild!.matches('a[part="link"]')).to.equal(true);
      expect(item.querySelector('a [part="rate"]')).to.not.equal(null);
    }
  });

  it('fills the template with the codes of the page, URL-encoded, for an absolute URL too', async () => {
    const el = await ticker('base="EUR" symbols="KZT" href="https://news.example/fx?pair={symbol}/{base}"');
    el.rates = { ...FEED, rates: { ...FEED.rates, EUR: 0.86 } };
    await el.updateComplete;
    expect(links(el).map((link) => link.getAttribute('href'))).to.deep.equal(['https://news.example/fx?pair=KZT/EUR']);
  });

  it("names each link by the item's phrase: its only content that is not hidden", async () => {
    const el = await ticker('symbols="KGS KZT" href="/markets/{symbol}"');
    const names = links(el).map((link) => {
      expect(link.hasAttribute('aria-label') || link.hasAttribute('aria-labelledby') || link.hasAttribute('title')).to.equal(
        false,
      );
      // Name from content: the text of every node not inside an aria-hidden subtree.
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      let text = '';
      while (walker.nextNode())
        if (!walker.currentNode.parentElement!.closest('[aria-hidden="true"]')) text += walker.currentNode.textContent;
      return text.trim();
    });
    // Each engine names currencies from its own data (WebKit says "Kyrgystani Som").
    const name = (code: string) => new Intl.DisplayNames('en', { type: 'currency' }).of(code)!;
    expect(names).to.deep.equal([
      `${name('KGS')} to ${name('USD')}, 0.01144, unchanged`,
      `${name('KZT')} to ${name('USD')}, 0.001923, down 0.12%`,
    ]);
  });

  for (const template of [
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'mailto:desk@news.example',
  ]) {
    it(`ignores ${JSON.stringify(template)} with one warning and keeps the items`, async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await ticker('');
      el.href = template;
      await el.updateComplete;
      el.rates = { ...FEED, rates: { ...FEED.rates, KGS: 88 } };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      expect(items(el)).to.have.length(5);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('href');
    });
  }

  it('keeps the copies inert: their links have no href and nothing in them is focusable', async () => {
    const el = await ticker('href="/markets/{symbol}"');
    expect(copies(el).length).to.be.greaterThan(0);
    for (const copy of copies(el)) {
      expect(copy.hasAttribute('inert')).to.equal(true);
      expect(copy.querySelectorAll('a[part="link"]')).to.have.length(5);
      expect(copy.querySelectorAll('[href], button, [tabindex], input, select, textarea')).to.have.length(0);
    }
  });

  it('takes Tab through the pause button and the primary links in order, never into a copy', async () => {
    const el = await ticker('href="/markets/{symbol}"');
    const { inside, last } = await tabThrough(el, 10);
    expect(inside.map((node) => node.getAttribute('href') ?? node.getAttribute('part'))).to.deep.equal([
      'control',
      ...['KGS', 'KZT', 'TJS', 'UZS', 'TMT'].map((symbol) => `/markets/${symbol}`),
    ]);
    expect(inside.every((node) => node.closest('[role="list"], [part="control"]'))).to.equal(true);
    expect(last!.id).to.equal('after');
  });

  it('holds the strip still while a link has keyboard focus, and moves again when focus leaves', async () => {
    const el = await ticker('href="/markets/{symbol}"');
    expect(animation(el).playState).to.equal('running');
    links(el)[0].focus();
    expect(animation(el).playState).to.equal('paused');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(links(el)[1]);
    expect(animation(el).playState).to.equal('paused');
    document.querySelector<HTMLButtonElement>('#after')!.focus();
    expect(animation(el).playState).to.equal('running');
  });
});
