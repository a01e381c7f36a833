import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { DEMO_FEED, DEMO_FRANKFURTER, SCRIPT_URL, wireConfigurator, type Configurator } from '../demo/configurator.js';
import type { FxTicker } from '../src/fx-ticker.js';
import { startNetwork } from './helpers/network.js';
import { FEED, readItems } from './helpers/ticker.js';

const MOCKED_SOURCE = 'https://rates.example.test/site-feed.json';

/** The configurator exactly as demo/configurator.html has it. */
let pageMarkup = '';

describe('the live configurator (demo/configurator.html)', () => {
  let root: HTMLElement;
  let configurator: Configurator | undefined;

  before(async () => {
    // Read before the mock worker starts, which answers only the handlers below.
    const page = await (await fetch('/demo/configurator.html')).text();
    pageMarkup = new DOMParser().parseFromString(page, 'text/html').querySelector('[data-configurator]')!.outerHTML;
    await startNetwork(
      http.get(DEMO_FEED, () => HttpResponse.json(FEED)),
      // The local copy of Frankfurter: the blend without `providers`, the bank's own KZT with it.
      http.get(DEMO_FRANKFURTER, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.get('providers') === 'NBK'
            ? [{ date: '2025-08-13', base: 'USD', quote: 'KZT', rate: 478.77 }]
            : [{ date: '2025-08-13', base: 'USD', quote: 'KZT', rate: 478.23 }],
        ),
      ),
      http.get(MOCKED_SOURCE, () => HttpResponse.json(FEED)),
      // Other previews (a named provider's public URL, a URL being typed) read something too;
      // no test needs the answer.
      http.get(
        /^https:\/\/(www\.cbr-xml-daily\.ru|api\.frankfurter\.dev|rates\.example\.test)\//,
        () => new HttpResponse(null, { status: 503 }),
      ),
    );
  });

  beforeEach(async () => {
    localStorage.clear();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = pageMarkup;
    root = container.querySelector<HTMLElement>('[data-configurator]')!;
    configurator = wireConfigurator(root);
  });

  afterEach(() => {
    configurator?.destroy();
    sinon.restore();
  });

  const preview = () => root.querySelector<FxTicker>('fx-ticker[data-preview]')!;
  const snippet = () => root.querySelector('[data-snippet]')!.textContent;
  const note = () => root.querySelector('[data-snippet-note]')!.textContent;
  const status = () => root.querySelector('[data-copy-status]')!.textContent;
  function set(name: string, value: string | boolean): void {
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
    else control.value = value;
    control.dispatchEvent(
      new Event(control instanceof HTMLSelectElement || control.type === 'checkbox' ? 'change' : 'input', { bubbles: true }),
    );
  }

  it('starts with the plain snippet and a preview of the local feed, and says so', () => {
    expect(snippet()).to.equal(`<script src="${SCRIPT_URL}" defer></script>\n<fx-ticker></fx-ticker>`);
    expect(preview().getAttribute('source')).to.equal(DEMO_FEED);
    expect(note()).to.contain(DEMO_FEED).and.contain('leaves source out');
  });

  it('updates the preview and the snippet as a control changes, listing only non-default values', () => {
    set('symbols', 'kzt, uzs');
    expect(preview().getAttribute('symbols')).to.equal('KZT UZS');
    expect(snippet()).to.contain('<fx-ticker symbols="KZT UZS"></fx-ticker>');

    set('theme', 'dark');
    set('speed', '25');
    set('direction', 'right');
    expect(preview().getAttribute('theme')).to.equal('dark');
    expect(snippet()).to.contain('<fx-ticker symbols="KZT UZS" theme="dark" speed="25" direction="right"></fx-ticker>');

    set('theme', 'auto');
    set('speed', '40');
    set('symbols', 'KGS KZT TJS UZS TMT');
    expect(preview().hasAttribute('theme')).to.equal(false);
    expect(snippet()).to.contain('<fx-ticker direction="right"></fx-ticker>');
  });

  it('writes inverse as a bare attribute, and decimals instead of digits', () => {
    set('inverse', true);
    set('digits', '6');
    expect(snippet()).to.contain('<fx-ticker inverse digits="6"></fx-ticker>');
    set('decimals', '2');
    expect(snippet()).to.contain('<fx-ticker inverse decimals="2"></fx-ticker>');
    expect(root.querySelector<HTMLInputElement>('[name="digits"]')!.disabled).to.equal(true);
    expect(preview().hasAttribute('inverse')).to.equal(true);
    expect(preview().getAttribute('decimals')).to.equal('2');
  });

  it('leaves out a number the browser finds invalid', () => {
    set('speed', '-5');
    expect(snippet()).not.to.contain('speed');
    expect(preview().hasAttribute('speed')).to.equal(false);
  });

  it('names a provider without a URL, and never offers the feed format without one', () => {
    set('sourceKind', 'provider');
    set('provider', 'cbr');
    expect(snippet()).to.contain('<fx-ticker provider="cbr"></fx-ticker>');
    expect(preview().hasAttribute('source')).to.equal(false);
    expect(preview().getAttribute('provider')).to.equal('cbr');
    expect(root.querySelector<HTMLOptionElement>('[name="provider"] option[value="feed"]')!.disabled).to.equal(true);
  });

  it('gives a snippet that, pasted into a blank page, renders the rates of its source', async () => {
    set('sourceKind', 'custom');
    set('source', MOCKED_SOURCE);
    set('provider', 'feed');
    set('symbols', 'KZT UZS');
    expect(snippet()).to.contain(`<fx-ticker source="${MOCKED_SOURCE}" provider="feed" symbols="KZT UZS"></fx-ticker>`);

    const blank = await fixture<HTMLDivElement>(html`<div></div>`);
    const updated = oneEvent(blank, 'fx-ticker-update');
    blank.innerHTML = snippet()!; // the script tag stays inert: the test page has the element already
    await updated;
    const pasted = blank.querySelector<FxTicker>('fx-ticker')!;
    await pasted.updateComplete;
    expect(readItems(pasted).map((item) => [item.pair, item.rate])).to.deep.equal([
      ['KZT/USD', '0.001923'],
      ['UZS/USD', '0.00008000'],
    ]);
  });

  it('adds trend, a link template and a language only when chosen, and the preview follows', () => {
    set('trend', true);
    set('href', ' /markets/{symbol}-{base} ');
    set('locale', 'kk');
    expect(snippet()).to.equal(
      `<script src="${SCRIPT_URL}" defer></script>\n<fx-ticker locale="kk" trend href="/markets/{symbol}-{base}"></fx-ticker>`,
    );
    expect(preview().hasAttribute('trend')).to.equal(true);
    expect(preview().getAttribute('href')).to.equal('/markets/{symbol}-{base}');
    expect(preview().getAttribute('locale')).to.equal('kk');
    set('trend', false);
    set('href', '');
    set('locale', '');
    expect(snippet()).to.equal(`<script src="${SCRIPT_URL}" defer></script>\n<fx-ticker></fx-ticker>`);
    expect(preview().hasAttribute('trend')).to.equal(false);
  });

  it('pins the major version in the script URL, so a future major release never changes a pasted snippet', () => {
    expect(SCRIPT_URL).to.equal('https://cdn.jsdelivr.net/npm/fx-ticker@0/dist/fx-ticker.js');
    expect(snippet()).to.contain('/fx-ticker@0/dist/fx-ticker.js');
  });

  it('offers official rates where the source is Frankfurter, and previews them from the local copy', async () => {
    const official = root.querySelector<HTMLInputElement>('[name="official"]')!;
    expect(official.disabled).to.equal(false);
    set('symbols', 'KZT');
    set('official', true);
    expect(snippet()).to.equal(`<script src="${SCRIPT_URL}" defer></script>\n<fx-ticker symbols="KZT" official></fx-ticker>`);
    expect(preview().getAttribute('source')).to.equal(DEMO_FRANKFURTER);
    expect(preview().hasAttribute('official')).to.equal(true);
    expect(note()).to.contain('--official');
    await waitUntil(() => readItems(preview())[0]?.rate === (1 / 478.77).toPrecision(4), 'the bank figure in the preview');

    // A provider or a URL that is not Frankfurter cannot give it: the box is disabled and the snippet leaves it out.
    set('sourceKind', 'provider');
    set('provider', 'frankfurter');
    expect(official.disabled).to.equal(false);
    expect(snippet()).to.contain('official');
    set('provider', 'cbu');
    expect(official.disabled).to.equal(true);
    expect(snippet()).not.to.contain('official');
    expect(preview().hasAttribute('official')).to.equal(false);
    set('sourceKind', 'custom');
    set('provider', 'auto');
    set('source', 'https://rates.example.test/v2/rates');
    expect(official.disabled).to.equal(false);
    expect(snippet()).to.contain(' official');
    set('source', MOCKED_SOURCE);
    expect(official.disabled).to.equal(true);
    expect(snippet()).not.to.contain('official');
  });

  it('offers each language of the ticker by its own name', () => {
    const options = [...root.querySelectorAll<HTMLOptionElement>('select[name="locale"] option')].map((option) => option.value);
    expect(options).to.deep.equal(['', 'en', 'ru', 'kk', 'ky', 'uz', 'tg', 'tk']);
  });

  it('labels each line with where it goes in the chosen CMS, and says what its editor does', () => {
    const paste = () => root.querySelector('[data-paste-note]')!.textContent;
    const plain = snippet();
    expect(paste()).to.contain('script tag once');
    set('paste', 'wordpress');
    expect(snippet()).to.equal(
      "<!-- Script: once, in the theme's header (a child theme's functions.php, or a header-code plugin) -->\n" +
        `${plain.split('\n')[0]}\n<!-- Element: in a Custom HTML block (or a Custom HTML widget) -->\n<fx-ticker></fx-ticker>`,
    );
    expect(paste()).to.contain('wp_kses_allowed_html').and.contain('docs/cms.md');
    expect(root.querySelector('[data-paste-note] code')!.textContent).to.equal('wp_kses_allowed_html');
    set('theme', 'dark');
    expect(snippet()).to.match(/\n<fx-ticker theme="dark"><\/fx-ticker>$/);
    for (const [place, says] of [
      ['bitrix', 'header.php'],
      ['tilda', 'HEAD'],
      ['joomla', 'Extended Elements'],
      ['drupal', 'Full HTML'],
    ]) {
      set('paste', place);
      expect(snippet() + paste(), place).to.contain(says);
    }
    set('paste', 'page');
    expect(snippet()).to.equal(plain.replace('<fx-ticker>', '<fx-ticker theme="dark">'));
  });

  it('offers each CMS of the guide in docs/cms.md', () => {
    const places = [...root.querySelectorAll<HTMLOptionElement>('select[name="paste"] option')].map((option) => option.value);
    expect(places).to.deep.equal(['page', 'wordpress', 'bitrix', 'tilda', 'joomla', 'drupal']);
  });

  it('escapes a URL in the attribute it writes', () => {
    set('sourceKind', 'custom');
    set('source', 'https://rates.example.test/feed?a=1&b="2"');
    expect(snippet()).to.contain('source="https://rates.example.test/feed?a=1&amp;b=&quot;2&quot;"');
  });

  it('copies the snippet with the Clipboard API and says so', async () => {
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    set('theme', 'dark');
    root.querySelector<HTMLButtonElement>('[data-copy]')!.click();
    await waitUntil(() => status() === 'Copied', 'the "Copied" confirmation');
    expect(writeText.calledOnceWithExactly(snippet())).to.equal(true);
  });

  it('selects the snippet for a keyboard copy when the Clipboard API refuses', async () => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
    root.querySelector<HTMLButtonElement>('[data-copy]')!.click();
    await waitUntil(() => status().startsWith('Selected'), 'the select-all fallback');
    expect(getSelection()!.toString()).to.equal(snippet());
  });
});
