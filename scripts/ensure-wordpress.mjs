// Makes sure test/node/cms-editors.test.mjs can run WordPress's kses: PHP's command line from
// Debian (php-cli, without its recommendations), and WordPress's files unpacked from Debian's
// package into .tmp/wordpress without installing it, which would pull a web server and a
// database client that kses does not need. As root with apt it installs what is missing;
// otherwise it stops with the commands to run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = fileURLToPath(new URL('../.tmp/wordpress/', import.meta.url));
const hasPhp = () => existsSync('/usr/bin/php');
const hasWordPress = () => existsSync(`${target}usr/share/wordpress/wp-includes/kses.php`);
if (hasPhp() && hasWordPress()) process.exit(0);

if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
  console.error(
    "The WordPress test needs PHP and WordPress's files:\n" +
      '  sudo apt-get update && sudo apt-get install -y --no-install-recommends php-cli\n' +
      `  mkdir -p ${target} && cd ${target} && apt-get download wordpress && dpkg-deb -x wordpress_*.deb .`,
  );
  process.exit(1);
}

const apt = (...args) =>
  execFileSync('apt-get', args, { stdio: 'inherit', cwd: target, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
mkdirSync(target, { recursive: true });
apt('update', '-qq');
if (!hasPhp()) apt('install', '-y', '-qq', '--no-install-recommends', 'php-cli');
if (!hasWordPress()) {
  apt('download', 'wordpress');
  const deb = readdirSync(target).find((name) => /^wordpress_.*\.deb$/.test(name));
  execFileSync('dpkg-deb', ['-x', `${target}${deb}`, target], { stdio: 'inherit' });
  rmSync(`${target}${deb}`);
}
if (!hasPhp() || !hasWordPress()) {
  console.error("apt-get finished, but php or WordPress's kses.php still cannot be found.");
  process.exit(1);
}
