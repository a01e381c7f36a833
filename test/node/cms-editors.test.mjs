// The server-side sanitizers a CMS runs on what an editor saves, given the same snippets as the
// browser tests in test/cms: sanitize-html (custom newsroom CMSs on Node) and WordPress's kses
// (every post saved by a user without `unfiltered_html`), through PHP.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import sanitizeHtml from 'sanitize-html';

const root = new URL('../../', import.meta.url);
const require = createRequire(import.meta.url);
const SNIPPETS = JSON.parse(readFileSync(new URL('test/cms/snippets.json', root), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
/** Every attribute of the element, from the manifest: what a site allows when it allows the element. */
const ATTRIBUTES = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.customElement)
  .attributes.map((attribute) => attribute.name);
const INLINE_JSON = /<script type="application\/json">(.*?)<\/script>/.exec(SNIPPETS.inline)[1];

describe(`sanitize-html ${require('sanitize-html/package.json').version}`, () => {
  it('drops the element, its attributes, the script tag and the inline JSON with its defaults', () => {
    for (const markup of Object.values(SNIPPETS)) assert.equal(sanitizeHtml(markup), '', markup);
  });

  it('keeps the element with every attribute once allowedTags and allowedAttributes name them, never a script', () => {
    const keep = {
      allowedTags: [...sanitizeHtml.defaults.allowedTags, 'fx-ticker'],
      allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, 'fx-ticker': ATTRIBUTES },
    };
    assert.equal(sanitizeHtml(SNIPPETS.element, keep), SNIPPETS.element);
    assert.equal(sanitizeHtml(SNIPPETS.script, keep), '');
    assert.equal(sanitizeHtml(SNIPPETS.inline, keep), '<fx-ticker source="none" symbols="KZT UZS"></fx-ticker>');
  });
});

/**
 * WordPress's files: WORDPRESS_DIR, else where scripts/ensure-wordpress.mjs unpacks Debian's
 * package, else where installing that package puts them.
 */
const wordpress = [
  process.env.WORDPRESS_DIR,
  fileURLToPath(new URL('.tmp/wordpress/usr/share/wordpress', root)),
  '/usr/share/wordpress',
].find((dir) => dir && existsSync(`${dir}/wp-includes/kses.php`));
const php = ['/usr/bin/php', '/usr/local/bin/php'].find((path) => existsSync(path));
const missing = !php || !wordpress;
// CI installs both (.ci/run); elsewhere the test says what it needs instead of failing.
const skip =
  missing && process.env.REQUIRE_WORDPRESS !== '1' && 'needs php and WordPress: node scripts/ensure-wordpress.mjs (as root)';
const wordpressVersion = wordpress
  ? /\$wp_version = '([^']+)'/.exec(readFileSync(`${wordpress}/wp-includes/version.php`, 'utf8'))[1]
  : '';

/** wp_filter_post_kses on `markup`, optionally with fx-ticker and `attributes` allowed by the wp_kses_allowed_html filter. */
function kses(markup, attributes = []) {
  assert.ok(!missing, 'REQUIRE_WORDPRESS=1, but php or WordPress is missing: node scripts/ensure-wordpress.mjs (as root)');
  const script = fileURLToPath(new URL('test/node/wordpress/kses.php', root));
  return execFileSync(php, [script, wordpress, ...attributes], { input: markup, encoding: 'utf8' });
}

describe(`WordPress${wordpressVersion ? ` ${wordpressVersion}` : ''} kses, for a user without unfiltered_html`, { skip }, () => {
  it('drops the element, its attributes and the script tag, and leaves the inline JSON as visible text', () => {
    assert.equal(kses(SNIPPETS.element), '');
    assert.equal(kses(SNIPPETS.script), '');
    assert.equal(kses(SNIPPETS.inline), INLINE_JSON);
  });

  it('keeps the element with every attribute once the wp_kses_allowed_html filter allows them, never a script', () => {
    assert.equal(kses(SNIPPETS.element, ATTRIBUTES), SNIPPETS.element);
    assert.equal(kses(SNIPPETS.script, ATTRIBUTES), '');
    assert.equal(kses(SNIPPETS.inline, ATTRIBUTES), `<fx-ticker source="none" symbols="KZT UZS">${INLINE_JSON}</fx-ticker>`);
  });
});
