import { expect } from '@open-wc/testing';
import { shareAcrossTabs, type TabShare } from '../src/tab-share.js';
import { realTurns, waitFor } from './helpers/network.js';

type Share = typeof shareAcrossTabs<string>;

/** One tab's view of the sharing: when it was told to lead, and what it heard. */
function tab(share: Share, key: string) {
  const heard: string[] = [];
  const log = { leads: 0, follows: 0, heard, share: undefined as TabShare<string> | undefined };
  log.share = share(key, { lead: () => log.leads++, follow: () => log.follows++, hear: (news) => heard.push(news) });
  return log;
}

/**
 * A same-origin frame is a page of its own (its own module instance, document and
 * visibility), as a second tab of the site would be; locks and channels span both.
 */
async function frame() {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<script type="module">
    import { shareAcrossTabs } from '/src/tab-share.ts';
    window.shareAcrossTabs = shareAcrossTabs;
  </script>`;
  document.body.append(iframe);
  const view = () => iframe.contentWindow as Window & { shareAcrossTabs?: Share };
  await waitFor(() => !!view()?.shareAcrossTabs, 'the frame to load the module', 4000);
  const own = iframe.contentDocument!;
  const setVisibility = (state: DocumentVisibilityState) => {
    Object.defineProperty(own, 'visibilityState', { configurable: true, get: () => state });
    own.dispatchEvent(new Event('visibilitychange'));
  };
  return {
    share: view().shareAcrossTabs!,
    window: view() as Window,
    locks: view().navigator.locks,
    hide: () => setVisibility('hidden'),
    show: () => setVisibility('visible'),
    remove: () => iframe.remove(),
  };
}

describe('shareAcrossTabs', () => {
  let key: string;
  const opened: Array<{ share?: TabShare<string> }> = [];
  const open = (share: Share = shareAcrossTabs) => {
    const log = tab(share, key);
    opened.push(log);
    return log;
  };
  const leaders = () => opened.filter((log) => log.share?.leading);

  beforeEach(() => {
    // A lock outlives a test that fails before closing; a fresh name keeps tests apart.
    key = `test-${Math.random()}`;
  });

  afterEach(() => {
    for (const log of opened.splice(0)) log.share?.close();
  });

  it('lets exactly one of several tabs lead, and tells it once', async () => {
    const first = open();
    const second = open();
    const third = open();
    await waitFor(() => leaders().length === 1, 'a leader');
    await realTurns();
    expect(leaders()).to.have.length(1);
    expect(first.leads + second.leads + third.leads).to.equal(1);
    // The first to ask is the first in the lock's queue.
    expect(first.share!.leading).to.equal(true);
  });

  it("sends the leader's news to every other tab, not back to itself", async () => {
    const leader = open();
    const follower = open();
    const other = open();
    await waitFor(() => leader.share!.leading, 'the first tab to lead');
    leader.share!.publish('rates 1');
    await waitFor(() => follower.heard.length === 1 && other.heard.length === 1, 'both followers to hear');
    await realTurns();
    expect(follower.heard).to.deep.equal(['rates 1']);
    expect(other.heard).to.deep.equal(['rates 1']);
    expect(leader.heard).to.deep.equal([]);
  });

  it("tells a tab that joins later the leader's latest news at once", async () => {
    const leader = open();
    await waitFor(() => leader.share!.leading, 'the first tab to lead');
    leader.share!.publish('rates 1');
    leader.share!.publish('rates 2');
    const late = open();
    await waitFor(() => late.heard.length > 0, 'the newcomer to hear');
    await realTurns();
    expect(late.heard).to.deep.equal(['rates 2']);
    expect(late.leads).to.equal(0);
  });

  it('tells a tab that already heard the latest news nothing new when the leader repeats it for a newcomer', async () => {
    const leader = open();
    const follower = open();
    await waitFor(() => leader.share!.leading, 'the first tab to lead');
    leader.share!.publish('rates 1');
    await waitFor(() => follower.heard.length === 1, 'the follower to hear');
    const late = open();
    await waitFor(() => late.heard.length === 1, 'the newcomer to hear the repeat');
    await realTurns(50);
    expect(follower.heard).to.deep.equal(['rates 1']);
    expect(late.heard).to.deep.equal(['rates 1']);
  });

  it('hands the lead to a waiting tab when the leader closes', async () => {
    const leader = open();
    const follower = open();
    await waitFor(() => leader.share!.leading, 'the first tab to lead');
    expect(follower.leads).to.equal(0);
    leader.share!.close();
    await waitFor(() => follower.share!.leading, 'the follower to lead');
    expect(follower.leads).to.equal(1);
    expect(leader.share!.leading).to.equal(false);
  });

  it('a closed tab neither leads nor hears any more', async () => {
    const leader = open();
    const closed = open();
    await waitFor(() => leader.share!.leading, 'the first tab to lead');
    closed.share!.close();
    leader.share!.publish('after');
    leader.share!.close();
    await realTurns(50);
    expect(closed.heard).to.deep.equal([]);
    expect(closed.leads).to.equal(0);
  });

  it('keeps requests for different sources apart', async () => {
    const one = open();
    key = `${key}-other`;
    const two = open();
    await waitFor(() => leaders().length === 2, 'each source its own leader');
    one.share!.publish('source one');
    await realTurns(50);
    expect(two.heard).to.deep.equal([]);
  });

  it('hands the lead over when the leading tab is hidden, and a hidden tab does not take it', async () => {
    const [a, b] = await Promise.all([frame(), frame()]);
    try {
      const inA = open(a.share);
      await waitFor(() => inA.share!.leading, 'the first frame to lead');
      const inB = open(b.share);
      await realTurns();
      expect(inB.share!.leading).to.equal(false);
      a.hide();
      await waitFor(() => inB.share!.leading, 'the visible frame to lead');
      expect(inA.share!.leading).to.equal(false);
      expect(inA.follows, 'the hidden frame is told it follows').to.equal(1);
      expect(inB.follows).to.equal(0);
      // Hidden, A stays a follower even when B goes.
      inB.share!.close();
      await realTurns(50);
      expect(inA.share!.leading).to.equal(false);
      expect(inA.leads).to.equal(1);
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('a tab opened in the background does not ask for the lead until it is shown', async () => {
    const background = await frame();
    const claims = async () => {
      // Asked from the frame itself, so the answer comes after any request the frame made before.
      const { held = [], pending = [] } = await background.locks.query();
      return [...held, ...pending].filter((lock) => lock.name === `fx-ticker:${key}`).length;
    };
    try {
      background.hide();
      const log = open(background.share);
      expect(await claims()).to.equal(0);
      background.show();
      await waitFor(() => log.share!.leading, 'the shown tab to lead');
      expect(await claims()).to.equal(1);
      expect(log.leads).to.equal(1);
    } finally {
      background.remove();
    }
  });

  it('hands the lead over as soon as the leading page goes away, and asks again when it is restored', async () => {
    const [a, b] = await Promise.all([frame(), frame()]);
    try {
      const inA = open(a.share);
      await waitFor(() => inA.share!.leading, 'the first frame to lead');
      const inB = open(b.share);
      a.window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      await waitFor(() => inB.share!.leading, 'the other frame to lead');
      expect(inA.share!.leading).to.equal(false);
      a.window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      inB.share!.close();
      await waitFor(() => inA.share!.leading, 'the restored frame to lead again');
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('a new leader answers a newcomer with the news it last heard', async () => {
    const leader = open();
    const heir = open();
    await waitFor(() => leader.share!.leading, 'the first tab to lead');
    leader.share!.publish('rates 7');
    await waitFor(() => heir.heard.length === 1, 'the heir to hear');
    leader.share!.close();
    await waitFor(() => heir.share!.leading, 'the heir to lead');
    const late = open();
    await waitFor(() => late.heard.length > 0, 'the newcomer to hear');
    expect(late.heard).to.deep.equal(['rates 7']);
  });

  it('shares nothing where the browser lacks Web Locks, so each tab polls on its own', () => {
    Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
    try {
      expect(shareAcrossTabs(key, { lead() {}, follow() {}, hear() {} })).to.equal(undefined);
    } finally {
      delete (navigator as { locks?: unknown }).locks;
    }
    expect(navigator.locks).to.exist;
  });

  it('shares nothing where the browser lacks BroadcastChannel', () => {
    const original = globalThis.BroadcastChannel;
    (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = undefined;
    try {
      expect(shareAcrossTabs(key, { lead() {}, follow() {}, hear() {} })).to.equal(undefined);
    } finally {
      globalThis.BroadcastChannel = original;
    }
  });
});
