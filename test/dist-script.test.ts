import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startNetwork } from './helpers/network.js';

// The built script exactly as a site owner embeds it: a plain <script src> and one
// element, with nothing from src/ on the page.
const FEED = {
  base: 'USD',
  asOf: '2025-08-13T00:00:00Z',
  rates: { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 },
  previous: { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 },
};

function loadScript(src: string): Promise<Event> {
  const script = document.createElement('script');
  script.src = src;
  const loaded = oneEvent(script, 'load');
  document.head.append(script);
  return loaded;
}

// Lit's shared version registries are the only globals a Lit element may add.
const LIT_REGISTRIES = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions'];

describe('dist/fx-ticker.js from a plain script tag', () => {
  let added: string[];
  before(async () => {
    await startNetwork(http.get('/rates.json', () => HttpResponse.json(FEED)));
    const before = new Set(Object.getOwnPropertyNames(window));
    await loadScript('/dist/fx-ticker.js');
    added = Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
  });

  it('registers <fx-ticker> and adds no global of its own', () => {
    expect(customElements.get('fx-ticker')).to.be.a('function');
    expect(added.filter((name) => !LIT_REGISTRIES.includes(name))).to.deep.equal([]);
  });

  it('renders five items whose numbers match the feed', async () => {
    const el = document.createElement('fx-ticker');
    el.setAttribute('source', '/rates.json');
    const updated = oneEvent(el, 'fx-ticker-update');
    document.body.append(el);
    try {
      await updated;
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const rows = [...el.shadowRoot!.querySelectorAll('[role="list"] > [part~="item"]')].map((item) => [
        item.querySelector('[part="pair"]')!.textContent,
        item.querySelector('[part="rate"]')!.textContent,
      ]);
      // 1 / rate to four significant digits, worked out by hand: 1 / 87.45 = 0.011435…
      expect(rows).to.deep.equal([
        ['KGS/USD', '0.01144'],
        ['KZT/USD', '0.001923'],
        ['TJS/USD', '0.09980'],
        ['UZS/USD', '0.00008000'],
        ['TMT/USD', '0.2857'],
      ]);
    } finally {
      el.remove();
    }
  });

  it('survives being loaded a second time', async () => {
    const errors: ErrorEvent[] = [];
    const onError = (event: ErrorEvent) => errors.push(event);
    window.addEventListener('error', onError);
    await loadScript('/dist/fx-ticker.js?again');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});
