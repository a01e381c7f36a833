// Joomla 4 and 5's editor: TinyMCE 6 (npm tinymce@6, as Joomla's package.json has it) with the
// options Joomla's TinyMCE plugin gives it by default (plugins/editors/tinymce/src/PluginTraits/
// DisplayTrait.php: Prohibited Elements `script,applet,iframe`, relative URLs against the site's
// root, its own Extended Elements rule for `hr`), and the plugin's Extended Elements and URLs
// fields as an administrator fills them in.
import { expect } from '@open-wc/testing';
import 'tinymce6';
import { SNIPPETS, survivors, tinymceRoundTrip, type TinyMceLike } from './helpers.js';

const tinymce = (window as unknown as { tinymce: TinyMceLike }).tinymce;
const JOOMLA_HR = 'hr[id|title|alt|class|width|size|noshade]';
const JOOMLA_DEFAULTS = {
  base_url: '/node_modules/tinymce6',
  schema: 'html5',
  entity_encoding: 'raw',
  verify_html: true,
  valid_elements: '',
  extended_valid_elements: JOOMLA_HR,
  invalid_elements: 'script,applet,iframe',
  relative_urls: true,
  remove_script_host: false,
  document_base_url: '/',
  forced_root_block: 'p',
};

/** Joomla's TinyMCE plugin with `rule` in its Extended Elements field (and its URLs field at `urls`). */
const joomla = (rule?: string, urls: 'relative' | 'absolute' = 'relative') => ({
  ...JOOMLA_DEFAULTS,
  extended_valid_elements: rule ? `${JOOMLA_HR},${rule}` : JOOMLA_HR,
  relative_urls: urls === 'relative',
});

/** What keeps the element in Joomla's TinyMCE (README, docs/cms.md): `#` keeps it when empty. */
export const JOOMLA_EXTENDED_ELEMENTS = '#fx-ticker[*]';

const WITH_FALLBACK = '<fx-ticker symbols="KZT UZS" theme="dark">Exchange rates</fx-ticker>';

describe(`TinyMCE ${tinymce.majorVersion}.${tinymce.minorVersion} as Joomla's TinyMCE plugin sets it up`, () => {
  it('drops the element, its attributes and the script tag by default', async () => {
    for (const markup of [SNIPPETS.element, SNIPPETS.script, SNIPPETS.inline, WITH_FALLBACK]) {
      const out = survivors(await tinymceRoundTrip(tinymce, joomla(), markup));
      expect(out.element, markup).to.equal(null);
      expect(out.script, markup).to.equal(null);
    }
  });

  it('drops the element when empty, keeps it when it has fallback text, with Extended Elements fx-ticker[*]', async () => {
    expect(survivors(await tinymceRoundTrip(tinymce, joomla('fx-ticker[*]'), SNIPPETS.element)).element).to.equal(null);
    const kept = survivors(await tinymceRoundTrip(tinymce, joomla('fx-ticker[*]'), WITH_FALLBACK));
    expect(kept.element).to.deep.equal({ symbols: 'KZT UZS', theme: 'dark' });
    expect(kept.visibleText).to.equal('Exchange rates');
  });

  it('keeps the empty element with every attribute with Extended Elements #fx-ticker[*], the link made absolute with absolute URLs', async () => {
    const out = survivors(await tinymceRoundTrip(tinymce, joomla(JOOMLA_EXTENDED_ELEMENTS, 'absolute'), SNIPPETS.element));
    // Joomla keeps the host (remove_script_host: false): the same page, written in full.
    expect(out.element).to.deep.equal({
      ...survivors(SNIPPETS.element).element,
      href: `${location.origin}/markets/{symbol}-{base}`,
    });
    expect(out.visibleText).to.equal('');
  });

  it('rewrites a root-relative link template with its default relative URLs', async () => {
    const out = survivors(await tinymceRoundTrip(tinymce, joomla(JOOMLA_EXTENDED_ELEMENTS), SNIPPETS.element));
    expect(out.element?.href).to.equal('markets/{symbol}-{base}');
  });

  it('never keeps the script tag or the inline JSON, which Prohibited Elements names', async () => {
    const options = joomla(JOOMLA_EXTENDED_ELEMENTS, 'absolute');
    expect(survivors(await tinymceRoundTrip(tinymce, options, SNIPPETS.script)).script).to.equal(null);
    const inline = survivors(await tinymceRoundTrip(tinymce, options, SNIPPETS.inline));
    expect(inline.element).to.deep.equal({ source: 'none', symbols: 'KZT UZS' });
    expect(inline.inlineJson).to.equal(undefined);
  });
});
