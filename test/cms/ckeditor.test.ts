// CKEditor 5, the editor of Drupal 10 and 11, from npm's self-contained browser build: the
// snippets go in as the editor loads a document or leaves source mode (setData) and come back
// out as it saves (getData).
import { expect } from '@open-wc/testing';
import type { EditorConfig } from 'ckeditor5';
import { INLINE_ITEMS, SNIPPETS, rendered, survivors } from './helpers.js';

// The package's browser build, one ES module with no bare imports, as CKEditor documents for use
// without a bundler (a path in a variable, so that TypeScript types it from the package instead).
const BROWSER_BUILD = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
const { ClassicEditor, Essentials, Paragraph, GeneralHtmlSupport, version } = (await import(
  BROWSER_BUILD
)) as typeof import('ckeditor5');

/**
 * What keeps the ticker in CKEditor 5 (README, docs/cms.md): General HTML Support allowing custom
 * elements (`$customElement`) named fx-ticker, with their attributes. Its content (the inline
 * JSON) is kept as written, since `script` is not itself allowed here.
 */
export const CKEDITOR_KEEPS_THE_TICKER: EditorConfig = {
  htmlSupport: { allow: [{ name: /^(\$customElement|fx-ticker)$/, attributes: true }] },
};

/** Drupal's Full HTML format (any text format without HTML restrictions): its "arbitrary HTML support". */
const DRUPAL_FULL_HTML: EditorConfig = {
  htmlSupport: { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] },
};

async function roundTrip(config: EditorConfig, markup: string): Promise<string> {
  const host = document.createElement('div');
  document.body.append(host);
  const editor = await ClassicEditor.create(host, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, GeneralHtmlSupport],
    ...config,
  });
  try {
    editor.setData(markup);
    return editor.getData();
  } finally {
    await editor.destroy();
    host.remove();
  }
}

describe(`CKEditor ${version}`, () => {
  it('drops the element, its attributes and the script tag by default, and shows the inline JSON as a paragraph', async () => {
    for (const markup of [SNIPPETS.element, SNIPPETS.script]) {
      const out = survivors(await roundTrip({}, markup));
      expect(out.element, markup).to.equal(null);
      expect(out.script, markup).to.equal(null);
    }
    const inline = survivors(await roundTrip({}, SNIPPETS.inline));
    expect(inline.element).to.equal(null);
    expect(inline.visibleText).to.contain('"rates"');
  });

  it('drops the element when General HTML Support names it but not $customElement', async () => {
    const out = survivors(
      await roundTrip({ htmlSupport: { allow: [{ name: 'fx-ticker', attributes: true }] } }, SNIPPETS.element),
    );
    expect(out.element).to.equal(null);
  });

  it('keeps the element with every attribute, and the inline JSON, with the documented setting', async () => {
    const element = survivors(await roundTrip(CKEDITOR_KEEPS_THE_TICKER, SNIPPETS.element));
    expect(element.element).to.deep.equal(survivors(SNIPPETS.element).element);
    const inline = await roundTrip(CKEDITOR_KEEPS_THE_TICKER, SNIPPETS.inline);
    expect(await rendered(inline)).to.deep.equal(INLINE_ITEMS);
  });

  it("keeps the element and the script tag in Drupal's Full HTML, but empties the inline JSON", async () => {
    const element = survivors(await roundTrip(DRUPAL_FULL_HTML, SNIPPETS.element));
    expect(element.element).to.deep.equal(survivors(SNIPPETS.element).element);
    const script = survivors(await roundTrip(DRUPAL_FULL_HTML, SNIPPETS.script));
    expect(script.script).to.deep.equal(survivors(SNIPPETS.script).script);
    const inline = survivors(await roundTrip(DRUPAL_FULL_HTML, SNIPPETS.inline));
    expect(inline.element).to.deep.equal({ source: 'none', symbols: 'KZT UZS' });
    expect(inline.inlineJson).to.equal(undefined);
  });
});
