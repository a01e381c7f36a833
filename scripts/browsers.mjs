// The three engines the browser suite runs in, where each one's programs are found, and the
// Debian packages that provide them. TEST_BROWSERS (e.g. `TEST_BROWSERS=firefox`) picks some.
import { existsSync, readdirSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

/** WebKitGTK's MiniBrowser lives under the architecture's library directory. */
function findMiniBrowser() {
  const lib = '/usr/lib';
  const arches = existsSync(lib) ? readdirSync(lib).filter((name) => name.endsWith('-linux-gnu')) : [];
  return firstExisting(arches.map((arch) => `${lib}/${arch}/webkit2gtk-4.1/MiniBrowser`));
}

/** Debian's Firefox ESR, another Linux Firefox, then the macOS and Windows installers' places. */
const FIREFOXES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export const ENGINES = {
  chromium: {
    packages: ['chromium'],
    pathVariable: 'CHROME_PATH',
    find: () => (findChromium() ? { executablePath: findChromium() } : undefined),
  },
  firefox: {
    packages: ['firefox-esr'],
    pathVariable: 'FIREFOX_PATH',
    find: () => {
      const explicit = process.env.FIREFOX_PATH;
      const executablePath = explicit ? firstExisting([explicit]) : firstExisting(FIREFOXES);
      return executablePath ? { executablePath } : undefined;
    },
  },
  webkit: {
    // webkit2gtk-driver brings WebKitWebDriver and, through libwebkit2gtk-4.1-0, MiniBrowser.
    packages: ['webkit2gtk-driver', 'xvfb'],
    find: () => {
      const miniBrowser = findMiniBrowser();
      const driver = firstExisting(['/usr/bin/WebKitWebDriver']);
      const xvfb = firstExisting(['/usr/bin/Xvfb']);
      return miniBrowser && driver && xvfb ? { miniBrowser, driver, xvfb } : undefined;
    },
  },
};

/** The engines to test in: TEST_BROWSERS as a comma-separated list, else all three. */
export function selectedEngines() {
  const names = (process.env.TEST_BROWSERS || Object.keys(ENGINES).join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in ENGINES));
  if (unknown.length) throw new Error(`TEST_BROWSERS names ${unknown.join(', ')}; known: ${Object.keys(ENGINES).join(', ')}.`);
  return [...new Set(names)];
}
