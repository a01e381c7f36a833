/**
 * Tabs of one site share one poll per source. The tab that holds a Web Lock named after the
 * request polls and sends each answer and failure on a BroadcastChannel of the same name; the
 * others show what it sends instead of polling themselves. Only a visible tab leads: a leader
 * that is hidden or closed lets go of the lock, and the next visible tab takes it. Where the
 * browser lacks either API there is nothing to share, and each tab polls on its own.
 */
export interface TabShare<News> {
  /** Whether this tab holds the lock, and so polls for the others. */
  readonly leading: boolean;
  /** Sends this tab's news to the other tabs (the leader's answers and failures). */
  publish(news: News): void;
  /** Leaves: lets go of the lock (another tab leads) and stops listening. */
  close(): void;
}

export interface TabShareHandlers<News> {
  /** This tab has become the leader: it polls from now on. */
  lead: () => void;
  /** This tab has stopped leading (it was hidden): another tab polls, or none while all are hidden. */
  follow: () => void;
  /** News from the leading tab. */
  hear: (news: News) => void;
}

/**
 * A tab that joins asks for the latest news, so it shows the leader's data at once rather than
 * after an interval. The answer goes to every tab, so each piece of news carries an id and a
 * tab hears it only once.
 */
type Message<News> = { news: News; id: number } | { ask: 1 };

export function shareAcrossTabs<News>(key: string, { lead, follow, hear }: TabShareHandlers<News>): TabShare<News> | undefined {
  if (!navigator.locks || typeof BroadcastChannel !== 'function') return undefined;
  const name = `fx-ticker:${key}`;
  const channel = new BroadcastChannel(name);
  const life = new AbortController();
  let leading = false;
  let latest: { news: News; id: number } | undefined;
  /** Ends the lock's callback, which lets go of the lock. */
  let release = (): void => {};
  /** The pending lock request, while this tab waits for the leader to go. */
  let waiting: AbortController | undefined;

  const claim = (): void => {
    if (leading || waiting || life.signal.aborted || document.visibilityState === 'hidden') return;
    const request = (waiting = new AbortController());
    navigator.locks
      .request(name, { signal: request.signal }, () => {
        waiting = undefined;
        leading = true;
        lead();
        return new Promise<void>((resolve) => (release = resolve));
      })
      // Aborted while waiting: this tab was hidden or closed before its turn came.
      .catch(() => {});
  };

  const resign = (): void => {
    waiting?.abort();
    waiting = undefined;
    release();
    if (leading) {
      leading = false;
      follow();
    }
  };

  channel.onmessage = ({ data }: MessageEvent<Message<News>>) => {
    if ('ask' in data) {
      if (leading && latest) channel.postMessage(latest);
    } else if (data.id !== latest?.id) {
      // Kept so that this tab, should it lead next, can answer a newcomer before its own first poll.
      hear((latest = data).news);
    }
  };
  document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? resign() : claim()), {
    signal: life.signal,
  });
  // A page that goes away (closed, navigated, a frame removed) lets go at once rather than when
  // the browser gets round to discarding it; one restored from the back-forward cache asks again.
  addEventListener('pagehide', resign, { signal: life.signal });
  addEventListener('pageshow', claim, { signal: life.signal });
  channel.postMessage({ ask: 1 } satisfies Message<News>);
  claim();

  return {
    get leading() {
      return leading;
    },
    publish(news) {
      channel.postMessage((latest = { news, id: Math.random() }));
    },
    close() {
      life.abort();
      resign();
      channel.close();
    },
  };
}
