// Makes sure the tests have their browsers: uses those that are there, installs the Debian
// packages of the missing ones when this is a root shell with apt (one apt-get for all), or
// stops with the exact command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, selectedEngines } from './browsers.mjs';

const missing = () => selectedEngines().filter((name) => !ENGINES[name].find());

let absent = missing();
if (absent.length === 0) process.exit(0);

for (const variable of absent.map((name) => ENGINES[name].pathVariable).filter((name) => process.env[name])) {
  console.error(`${variable} is set to ${process.env[variable]}, but no file is there.`);
  process.exit(1);
}

const packages = absent.flatMap((name) => ENGINES[name].packages);
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  const others = selectedEngines().filter(
    (name) => !absent.includes(name) && (name !== 'webkit' || process.platform === 'linux'),
  );
  const install =
    process.platform === 'linux'
      ? `Install ${absent.length > 1 ? 'them' : 'it'}, e.g.\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`
      : // The WebKit engine here is WebKitGTK, which is Linux only (on macOS and Windows: WSL or a container, see CONTRIBUTING.md).
        'Install Chrome or Firefox, ';
  console.error(
    `No ${absent.join(', ')} found for the tests. ${install}` +
      'point CHROME_PATH or FIREFOX_PATH at a browser binary, or test in fewer engines with\n' +
      `  TEST_BROWSERS=${others.join(',') || 'chromium'} npm test`,
  );
  process.exit(1);
}

console.log(`Not installed: ${absent.join(', ')}. Installing Debian's ${packages.join(' ')} (apt-get install -y) …`);
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
absent = missing();
if (absent.length) {
  console.error(`apt-get finished, but ${absent.join(', ')} still cannot be found.`);
  process.exit(1);
}
