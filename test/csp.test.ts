import { expect, oneEvent, waitUntil } from '@open-wc/testing';

interface CspWindow extends Window {
  cspViolations: string[];
}

/** The built script on a page with a strict CSP and Trusted Types, in a frame of its own. */
async function strictPage(): Promise<CspWindow> {
  const frame = document.createElement('iframe');
  frame.src = '/test/csp/strict.html';
  frame.style.setProperty('width', '1000px');
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as CspWindow;
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  let page: CspWindow;
  before(async () => {
    page = await strictPage();
  });

  it('renders the ticker, its trend line and its links with zero violations', async () => {
    const ticker = page.document.querySelector('fx-ticker')!;
    await waitUntil(() => ticker.shadowRoot?.querySelectorAll('[role="list"] > [part~="item"]').length === 5, 'items rendered', {
      timeout: 4000,
    });
    const track = ticker.shadowRoot!.querySelector('.track')!;
    expect(track.getAnimations()).to.have.length(1);
    expect(page.getComputedStyle(ticker.shadowRoot!.querySelector('[part="rate"]')!).fontVariantNumeric).to.equal('tabular-nums');
    const trend = ticker.shadowRoot!.querySelector('[data-symbol="KZT"] svg[part="trend"]')!;
    expect(page.getComputedStyle(trend).fill).to.equal('none');
    expect(trend.querySelector('polyline')!.getAttribute('points')).to.match(/^[\d.]+,[\d.]+ /);
    expect(ticker.shadowRoot!.querySelector('[role="list"] a[part="link"]')!.getAttribute('href')).to.equal('/markets/KGS-USD');
    expect(ticker.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    expect(page.cspViolations).to.deep.equal([]);
  });

  it('would notice a violation (the recorder works)', async () => {
    const probe = page.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    page.document.body.append(probe);
    await waitUntil(() => page.cspViolations.length > 0, 'a recorded violation', { timeout: 2000 });
    expect(page.cspViolations[0]).to.match(/^style-src/);
  });
});
