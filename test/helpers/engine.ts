import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

/**
 * What the browser running the tests can do, for the few tests that need more than a page.
 * The suite runs in Chromium, Firefox and WebKit; a test one of them cannot run is skipped
 * there by name, with the reason in its title and in the browser log, never silently.
 */

interface TestBrowser {
  engine: 'chromium' | 'firefox' | 'webkit';
  emulateMedia: boolean;
  /** Whether the page's time zone can be set (puppeteer's `emulateTimezone`: Chromium, and Firefox over WebDriver BiDi). */
  emulateTimeZone: boolean;
}

/** The test runner's launcher says which engine this is and what it can do (scripts/launchers.mjs). */
export const testBrowser = await executeServerCommand<TestBrowser, undefined>('test-browser');

/**
 * Whether `emulateMedia` can set `prefers-reduced-motion` and `prefers-color-scheme`: it goes
 * through the Chrome DevTools Protocol, which only the Chromium launcher speaks.
 */
export const canEmulateMedia = testBrowser.emulateMedia;
export const NO_MEDIA_EMULATION = 'the launcher cannot emulate media features without the Chrome DevTools Protocol';

const DEFAULT_MEDIA = { reducedMotion: 'no-preference', colorScheme: 'light' } as const;

/** Puts the media features back to the defaults, where they can be emulated at all. */
export async function resetMedia(): Promise<void> {
  if (canEmulateMedia) await emulateMedia(DEFAULT_MEDIA);
}

/**
 * Whether a ReadableStream can be posted to another context. msw hands a mocked response's
 * body to its service worker that way; without it (WebKit) msw reads the whole body first,
 * so a mocked body that never ends never arrives, and streaming cannot be tested through msw.
 */
export const canTransferStreams: boolean = (() => {
  try {
    const stream = new ReadableStream({ start: (controller) => controller.close() });
    new MessageChannel().port1.postMessage(stream, [stream]);
    return true;
  } catch {
    return false;
  }
})();
export const NO_STREAM_TRANSFER = 'msw cannot stream a mocked body where ReadableStream is not transferable';

export const canEmulateTimeZone = testBrowser.emulateTimeZone;
export const NO_TIME_ZONE_EMULATION = "the WebDriver launcher cannot set the page's time zone";

/** `describe`, where `supported`; elsewhere a skipped suite whose title, and the browser log, say why. */
export function describeWhere(supported: boolean, reason: string, title: string, suite: () => void): Mocha.Suite | void {
  if (supported) return describe(title, suite);
  console.warn(`Skipped in ${testBrowser.engine}: "${title}": ${reason}.`);
  return describe.skip(`${title} (skipped in ${testBrowser.engine}: ${reason})`, suite);
}

/** `it`, where `supported`; elsewhere a skipped test whose title, and the browser log, say why. */
export function itWhere(supported: boolean, reason: string, title: string, test: Mocha.AsyncFunc): Mocha.Test {
  if (supported) return it(title, test);
  console.warn(`Skipped in ${testBrowser.engine}: "${title}": ${reason}.`);
  return it.skip(`${title} (skipped in ${testBrowser.engine}: ${reason})`, test);
}
