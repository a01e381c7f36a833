import { emulateMedia } from '@web/test-runner-commands';

/**
 * What the browser running the tests can do, for the few tests that need more than a page.
 * The suite runs in Chromium, Firefox and WebKit; a test one of them cannot run is skipped
 * there by name, with the reason in its title and in the browser log, never silently.
 */

const DEFAULT_MEDIA = { reducedMotion: 'no-preference', colorScheme: 'light' } as const;

/**
 * Whether the launcher can emulate `prefers-reduced-motion` and `prefers-color-scheme`. It
 * does so over the Chrome DevTools Protocol, so only Chromium can: WebDriver BiDi (Firefox)
 * and classic WebDriver (WebKit) have no such command. Any other failure is a real error.
 */
export const canEmulateMedia: boolean = await emulateMedia(DEFAULT_MEDIA).then(
  () => true,
  (error: Error) => {
    if (/not supported|CDP support is required/.test(error.message)) return false;
    throw error;
  },
);
export const NO_MEDIA_EMULATION = 'the launcher cannot emulate media features without the Chrome DevTools Protocol';

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
    new MessageChannel().port1.postMessage(stream, [stream as unknown as Transferable]);
    return true;
  } catch {
    return false;
  }
})();
export const NO_STREAM_TRANSFER = 'msw cannot stream a mocked body where ReadableStream is not transferable';

/** `it`, where `supported`; elsewhere a skipped test whose title, and the browser log, say why. */
export function itWhere(supported: boolean, reason: string, title: string, test: Mocha.AsyncFunc): Mocha.Test {
  if (supported) return it(title, test);
  console.warn(`Skipped in this browser: "${title}": ${reason}.`);
  return it.skip(`${title} (skipped in this browser: ${reason})`, test);
}
