// tachometer drives Chromium through the `chromedriver` package, whose own download cannot
// work offline and would not match the system's Chromium anyway: point the package at the
// system's driver (Debian: `apt-get install chromium-driver`, /usr/bin/chromedriver), or
// CHROMEDRIVER_PATH. Returns whether a driver is in place.
import { existsSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function linkChromedriver() {
  const system = process.env.CHROMEDRIVER_PATH ?? '/usr/bin/chromedriver';
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('chromedriver/package.json'));
  } catch {
    return false;
  }
  const target = join(packageDir, 'lib', 'chromedriver', 'chromedriver');
  if (existsSync(target)) return true;
  if (!existsSync(system)) return false;
  mkdirSync(dirname(target), { recursive: true });
  try {
    unlinkSync(target); // a dangling link from an earlier machine
  } catch {
    // nothing there yet
  }
  symlinkSync(system, target);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!linkChromedriver()) {
    console.error('No chromedriver: `apt-get install chromium-driver`, or set CHROMEDRIVER_PATH.');
    process.exit(1);
  }
}
