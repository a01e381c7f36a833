// `npm run check:package`, last step: the tarball `npm pack` would publish holds exactly what
// users need (the builds, the feed command, the manifest, README, LICENSE, package.json),
// nothing from src/, test/, demo/ or the tooling, and every file that package.json and
// custom-elements.json point at.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ALLOWED = [
  /^dist\/.+\.(js|d\.ts)$/,
  /^bin\/[^/]+\.js$/,
  /^custom-elements\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^package\.json$/,
];

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = packed.files.map((file) => file.path).sort();
const unexpected = files.filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
const required = [
  ...targets(pkg.exports),
  ...targets(pkg.bin),
  pkg.main,
  pkg.types,
  pkg.customElements,
  pkg.unpkg,
  pkg.jsdelivr,
  'LICENSE',
  'README.md',
].filter(Boolean);
// Tools open the modules the manifest names, so those must ship too.
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
required.push(...manifest.modules.map((module) => module.path));
const missing = [...new Set(required.map((path) => path.replace(/^\.\//, '')))].filter((path) => !files.includes(path));

for (const path of unexpected) console.error(`not for users, but in the package: ${path}`);
for (const path of missing) console.error(`named in package.json or the manifest, but not in the package: ${path}`);
if (unexpected.length || missing.length) process.exit(1);

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `npm pack: ${files.length} files, ${kB(packed.size)} packed, ${kB(packed.unpackedSize)} unpacked; nothing unexpected, nothing missing.`,
);
