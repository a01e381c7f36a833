import { expect, oneEvent, waitUntil } from '@open-wc/testing';

// The built script in <head> without defer, as many CMS templates include scripts: the parser
// meets <fx-ticker> with its class already defined and connects it before reading its inline JSON.
describe('an element upgraded while the page is still parsing', () => {
  it('reads its inline JSON once the children are there', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/parsing/upgrade-while-parsing.html';
    frame.style.setProperty('width', '1000px');
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    try {
      await loaded;
      const ticker = frame.contentDocument!.querySelector('fx-ticker')!;
      const rates = () =>
        [...(ticker.shadowRoot?.querySelectorAll('[role="list"] [part="rate"]') ?? [])].map((rate) => rate.textContent);
      await waitUntil(() => rates().length > 0, 'items rendered', { timeout: 2000 });
      expect(rates()).to.deep.equal(['0.01144', '0.001923']);
    } finally {
      frame.remove();
    }
  });
});
