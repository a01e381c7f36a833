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
export declare function shareAcrossTabs<News>(key: string, { lead, follow, hear }: TabShareHandlers<News>): TabShare<News> | undefined;
