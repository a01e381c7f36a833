// TinyMCE, the editor of WordPress's classic editor and Classic block, Joomla and many other
// CMSs, self-hosted from npm: the snippets go in as a visual editor loads them (setContent, also
// what its source-code dialog does) and come back out as it saves them (getContent).
import { expect } from '@open-wc/testing';
import 'tinymce';
import type { RawEditorOptions, TinyMCE } from 'tinymce';
import { INLINE_ITEMS, SNIPPETS, rendered, survivors, tinymceRoundTrip } from './helpers.js';

const tinymce = (window as unknown as { tinymce: TinyMCE }).tinymce;

/** What keeps the ticker in TinyMCE (README, docs/cms.md): the element and its attributes, and the script tag. */
export const TINYMCE_KEEPS_THE_TICKER: RawEditorOptions = {
  custom_elements: 'fx-ticker',
  extended_valid_elements: 'fx-ticker[*],script[src|type|defer]',
  // TinyMCE rewrites every URL attribute relative to the editing page by default: `href="/markets/…"`
  // would come out as `markets/…`. Root-relative and absolute URLs stay as written with this.
  relative_urls: false,
};

const roundTrip = (options: RawEditorOptions, markup: string): Promise<string> =>
  tinymceRoundTrip(tinymce, { license_key: 'gpl', base_url: '/node_modules/tinymce', ...options }, markup);

describe(`TinyMCE ${tinymce.majorVersion}.${tinymce.minorVersion}`, () => {
  it('drops the element, its attributes and the script tag with its default schema, leaving no text', async () => {
    for (const markup of [SNIPPETS.element, SNIPPETS.script, SNIPPETS.inline]) {
      const out = survivors(await roundTrip({}, markup));
      expect(out.element, markup).to.equal(null);
      expect(out.script, markup).to.equal(null);
      expect(out.visibleText, markup).to.equal('');
    }
  });

  it('keeps the element but none of its attributes with custom_elements alone', async () => {
    const out = survivors(await roundTrip({ custom_elements: 'fx-ticker' }, SNIPPETS.element));
    expect(out.element).to.deep.equal({});
  });

  it("keeps the element's attributes, but not its inline JSON, with extended_valid_elements alone (Joomla's Extended Elements)", async () => {
    const options = { extended_valid_elements: 'fx-ticker[*]', relative_urls: false };
    const element = survivors(await roundTrip(options, SNIPPETS.element));
    expect(element.element).to.deep.equal(survivors(SNIPPETS.element).element);
    const inline = survivors(await roundTrip(options, SNIPPETS.inline));
    expect(inline.element).to.deep.equal({ source: 'none', symbols: 'KZT UZS' });
    expect(inline.inlineJson).to.equal(undefined);
  });

  it('rewrites a root-relative link template relative to the editing page unless told not to', async () => {
    const { relative_urls: _, ...converting } = TINYMCE_KEEPS_THE_TICKER;
    const out = survivors(await roundTrip(converting, SNIPPETS.element));
    expect(out.element?.href).not.to.equal('/markets/{symbol}-{base}');
  });

  it('keeps the element with every attribute, the script tag and the inline JSON with the documented settings', async () => {
    const element = survivors(await roundTrip(TINYMCE_KEEPS_THE_TICKER, SNIPPETS.element));
    expect(element.element).to.deep.equal(survivors(SNIPPETS.element).element);
    const script = survivors(await roundTrip(TINYMCE_KEEPS_THE_TICKER, SNIPPETS.script));
    expect(script.script).to.deep.equal(survivors(SNIPPETS.script).script);
    const inline = await roundTrip(TINYMCE_KEEPS_THE_TICKER, SNIPPETS.inline);
    expect(await rendered(inline)).to.deep.equal(INLINE_ITEMS);
  });
});
