// DOMPurify, the sanitizer many custom newsroom CMSs run on what editors paste or save.
import { expect } from '@open-wc/testing';
import DOMPurify, { type Config } from 'dompurify';
import { SNIPPETS, survivors } from './helpers.js';

/** What keeps the element and its attributes in DOMPurify (README, docs/cms.md). */
export const DOMPURIFY_KEEPS_THE_ELEMENT: Config = {
  CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /^fx-ticker$/, attributeNameCheck: /^[a-z]+$/ },
};

describe(`DOMPurify ${DOMPurify.version}`, () => {
  it('drops the element, its attributes, the script tag and the inline JSON with its defaults', () => {
    for (const markup of [SNIPPETS.element, SNIPPETS.script, SNIPPETS.inline]) {
      const out = survivors(DOMPurify.sanitize(markup));
      expect(out.element, markup).to.equal(null);
      expect(out.script, markup).to.equal(null);
      expect(out.visibleText, markup).to.equal('');
    }
  });

  it('keeps the element with every attribute with CUSTOM_ELEMENT_HANDLING, never a script (so no inline JSON)', () => {
    const element = survivors(DOMPurify.sanitize(SNIPPETS.element, DOMPURIFY_KEEPS_THE_ELEMENT));
    expect(element.element).to.deep.equal(survivors(SNIPPETS.element).element);
    expect(survivors(DOMPurify.sanitize(SNIPPETS.script, DOMPURIFY_KEEPS_THE_ELEMENT)).script).to.equal(null);
    const inline = survivors(DOMPurify.sanitize(SNIPPETS.inline, DOMPURIFY_KEEPS_THE_ELEMENT));
    expect(inline.element).to.deep.equal({ source: 'none', symbols: 'KZT UZS' });
    expect(inline.inlineJson).to.equal(undefined);
  });
});
