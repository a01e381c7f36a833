import { expect } from '@open-wc/testing';
import { SCRIPT_URL, elementMarkup, snippetAttributes, snippetFor, type TickerOptions } from '../../demo/configurator.js';
import { INLINE_ITEMS, SNIPPETS, rendered, survivors } from './helpers.js';

/** The configurator's options that give snippets.json's element. */
const OPTIONS: TickerOptions = {
  sourceKind: 'custom',
  source: 'https://news.example.org/rates.json',
  provider: 'feed',
  symbols: 'KZT UZS',
  base: 'USD',
  inverse: true,
  digits: '4',
  decimals: '2',
  locale: 'ru',
  official: false,
  trend: true,
  href: '/markets/{symbol}-{base}',
  theme: 'dark',
  speed: '25',
  direction: 'right',
};

describe('the snippets the CMS tests paste (test/cms/snippets.json)', () => {
  it('are what the configurator writes (the script URL aside, which the editors treat alike)', () => {
    expect(SNIPPETS.element).to.equal(elementMarkup(snippetAttributes(OPTIONS)));
    const [scriptLine, elementLine] = snippetFor(OPTIONS).split('\n');
    expect(SNIPPETS.script.replace(/src="[^"]*"/, `src="${SCRIPT_URL}"`)).to.equal(scriptLine);
    expect(elementLine).to.equal(SNIPPETS.element);
  });

  it('work untouched: the element has its attributes, the script its URL, the inline JSON its rates', async () => {
    expect(survivors(SNIPPETS.element).element).to.include({ symbols: 'KZT UZS', inverse: '', href: '/markets/{symbol}-{base}' });
    expect(survivors(SNIPPETS.script).script).to.deep.equal({
      src: 'https://cdn.jsdelivr.net/npm/fx-ticker@0/dist/fx-ticker.js',
      defer: true,
    });
    expect(await rendered(SNIPPETS.inline)).to.deep.equal(INLINE_ITEMS);
  });
});
