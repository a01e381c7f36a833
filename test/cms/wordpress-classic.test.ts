// WordPress's classic editor and Classic block: the TinyMCE WordPress itself ships (4.9, from
// Debian's wordpress package, which scripts/ensure-wordpress.mjs unpacks into .tmp/wordpress),
// with the URL options WordPress gives it (wp-includes/class-wp-editor.php), and with what a
// site adds through the tiny_mce_before_init filter.
import { expect } from '@open-wc/testing';
import { SNIPPETS, loadScript, survivors, tinymceRoundTrip, type TinyMceLike } from './helpers.js';

const WORDPRESS_TINYMCE = '/.tmp/wordpress/usr/share/wordpress/wp-includes/js/tinymce';
const available = (await fetch(`${WORDPRESS_TINYMCE}/tinymce.min.js`, { method: 'HEAD' })).ok;
if (available) await loadScript(`${WORDPRESS_TINYMCE}/tinymce.min.js`);
const tinymce = (window as unknown as { tinymce?: TinyMceLike }).tinymce;

const WORDPRESS = {
  base_url: WORDPRESS_TINYMCE,
  theme: 'modern',
  skin: 'lightgray',
  relative_urls: false,
  remove_script_host: false,
  convert_urls: false,
  entities: '38,amp,60,lt,62,gt',
  entity_encoding: 'raw',
};

/** What keeps the element in WordPress's TinyMCE (docs/cms.md), through tiny_mce_before_init. */
export const WORDPRESS_TINY_MCE_BEFORE_INIT = { custom_elements: 'fx-ticker', extended_valid_elements: 'fx-ticker[*]' };

const title = `WordPress's own TinyMCE${tinymce ? ` ${tinymce.majorVersion}.${tinymce.minorVersion}` : ''} (classic editor)`;
const reason = "needs WordPress's files: node scripts/ensure-wordpress.mjs (as root)";
if (!available) console.warn(`Skipped: "${title}": ${reason}.`);

(available ? describe : describe.skip)(available ? title : `${title} (skipped: ${reason})`, () => {
  const roundTrip = (options: Record<string, unknown>, markup: string) =>
    tinymceRoundTrip(tinymce!, { ...WORDPRESS, ...options }, markup);

  it('drops the element, its attributes and the script tag in the Visual tab', async () => {
    for (const markup of [SNIPPETS.element, SNIPPETS.script, SNIPPETS.inline]) {
      const out = survivors(await roundTrip({}, markup));
      expect(out.element, markup).to.equal(null);
      expect(out.script, markup).to.equal(null);
    }
  });

  it('drops the empty element with extended_valid_elements alone', async () => {
    expect(survivors(await roundTrip({ extended_valid_elements: 'fx-ticker[*]' }, SNIPPETS.element)).element).to.equal(null);
  });

  it('keeps the element with every attribute, as written, with custom_elements and extended_valid_elements', async () => {
    const out = survivors(await roundTrip(WORDPRESS_TINY_MCE_BEFORE_INIT, SNIPPETS.element));
    expect(out.element).to.deep.equal(survivors(SNIPPETS.element).element);
  });
});
