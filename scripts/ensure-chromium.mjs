// Makes sure the tests have a browser: uses one that is there, installs Debian's chromium
// when this is a root shell with apt, or stops with the exact command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  process.exit(1);
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(
    'No Chromium or Chrome found. Install one, e.g.\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at a Chrome/Chromium binary.',
  );
  process.exit(1);
}

console.log('No Chromium found: installing Debian\'s chromium (apt-get install -y chromium) …');
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (!findChromium()) {
  console.error('apt-get finished, but /usr/bin/chromium is still missing.');
  process.exit(1);
}
