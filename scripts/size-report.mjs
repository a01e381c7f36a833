// `npm run size:report`: what each source module costs in the script-tag build.
//
// Bundles src/script-tag.ts the way dist/fx-ticker.js is built (IIFE, Lit inside, minified,
// es2022), with esbuild and its metafile and source map, and prints per module:
//   min   bytes of minified output that come from the module;
//   gzip  how many bytes the gzipped bundle would lose without that code, i.e. its cost
//         in context (gzip shares repeated text across modules, so these do not add up
//         to the total exactly).
// Source transforms declared in vite.config.ts (such as minifying the CSS of *.styles.ts)
// are applied first, so the figures follow what the real build ships.
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { loadConfigFromFile } from 'vite';

const ENTRY = 'src/script-tag.ts';
const OUTFILE = '.tmp/size-report/fx-ticker.js';
const SHIPPED = 'dist/fx-ticker.js';
const LIT = /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//;

const gzip = (text) => gzipSync(text, { level: 9 }).length;

const transforms = await viteSourceTransforms();
const result = await build({
  entryPoints: [ENTRY],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'none',
  metafile: true,
  sourcemap: 'external',
  write: false,
  outfile: OUTFILE,
  logLevel: 'warning',
  plugins: [applyTransforms(transforms)],
});

const code = result.outputFiles.find((file) => file.path.endsWith('.js')).text;
const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text);
const output = Object.values(result.metafile.outputs).find((entry) => entry.entryPoint);
const ranges = rangesBySource(code, map);
const total = { min: Buffer.byteLength(code), gzip: gzip(code) };

/** How much smaller the gzipped bundle gets when the code of `sources` is left out. */
const gzipCost = (sources) => {
  const dropped = new Set(sources);
  let kept = '';
  let from = 0;
  const cuts = [...dropped].flatMap((source) => ranges.get(source) ?? []).sort((a, b) => a[0] - b[0]);
  for (const [start, end] of cuts) {
    kept += code.slice(from, start);
    from = end;
  }
  kept += code.slice(from);
  return total.gzip - gzip(kept);
};

const rows = Object.entries(output.inputs)
  .map(([path, { bytesInOutput }]) => ({ path, min: bytesInOutput, gzip: gzipCost([mapSource(map, path)]) }))
  .filter((row) => row.min > 0)
  .sort((a, b) => b.min - a.min);
const lit = rows.filter((row) => LIT.test(row.path));
const ours = rows.filter((row) => !LIT.test(row.path));
const providers = ours.filter((row) => row.path.startsWith('src/providers/'));

const group = (label, members) => ({
  path: label,
  min: members.reduce((sum, row) => sum + row.min, 0),
  gzip: gzipCost(members.map((row) => mapSource(map, row.path))),
});

const kB = (bytes) => (bytes / 1000).toFixed(2).padStart(6);
const pct = (part, whole) => `${((100 * part) / whole).toFixed(0).padStart(3)}%`;
const line = ({ path, min, gzip: gz }) =>
  `${path.padEnd(44)} ${kB(min)} ${pct(min, total.min)}  ${kB(gz)} ${pct(gz, total.gzip)}`;
const rule = '-'.repeat(78);

console.log(`Cost of each module in the script-tag build (${ENTRY}, esbuild, minified IIFE), in kB (1000 bytes)`);
console.log(`${'module'.padEnd(44)} ${'min'.padStart(6)} ${'share'.padStart(4)}  ${'gzip'.padStart(6)} ${'share'.padStart(4)}`);
console.log(rule);
console.log('Ours');
for (const row of ours) console.log(line({ ...row, path: `  ${row.path}` }));
console.log('Lit');
for (const row of lit) console.log(line({ ...row, path: `  ${row.path.replace(/^.*node_modules\//, '')}` }));
console.log(rule);
console.log(line(group('ours, all of src/', ours)));
console.log(line(group('  of which src/providers/', providers)));
console.log(line(group('Lit', lit)));
console.log(line({ path: 'whole bundle', ...total }));
console.log(rule);

const shipped = await readFile(SHIPPED).catch(() => undefined);
if (shipped) {
  console.log(
    `${SHIPPED} as last built by \`npm run build\` (vite): ${kB(shipped.length).trim()} kB min, ${kB(gzip(shipped)).trim()} kB gzip.`,
  );
}

/** The `transform` hooks of the plugins vite.config.ts declares for the script-tag build. */
async function viteSourceTransforms() {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'iife' }, 'vite.config.ts', undefined, 'silent');
  return (loaded?.config.plugins ?? [])
    .flat()
    .map((plugin) => plugin && (typeof plugin.transform === 'function' ? plugin.transform : plugin.transform?.handler))
    .filter(Boolean);
}

/**
 * An esbuild plugin that runs our TypeScript sources through those hooks before bundling,
 * and keeps the source map in terms of the files bundled: Lit ships source maps of its
 * own, which esbuild would otherwise follow back to Lit's TypeScript sources.
 */
function applyTransforms(hooks) {
  return {
    name: 'vite-source-transforms',
    setup(builder) {
      builder.onLoad({ filter: /\/node_modules\/.*\.js$/ }, async ({ path }) => ({
        contents: (await readFile(path, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, ''),
        loader: 'js',
      }));
      if (hooks.length === 0) return;
      builder.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
        let contents = await readFile(path, 'utf8');
        for (const hook of hooks) {
          const next = await hook.call({}, contents, path);
          if (typeof next === 'string') contents = next;
          else if (next?.code) contents = next.code;
        }
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** The source-map index of a metafile input path (the map's paths are relative to the output). */
function mapSource(sourceMap, inputPath) {
  return sourceMap.sources.indexOf(relative(dirname(OUTFILE), inputPath));
}

/**
 * The character ranges of the output each source produced, from the source map: every
 * mapping segment runs until the next one; bytes before the first segment of a line, and
 * unmapped segments, belong to no module (the bundle's own glue).
 */
function rangesBySource(text, sourceMap) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const found = new Map();
  const add = (source, start, end) => {
    if (source < 0 || end <= start) return;
    const list = found.get(source) ?? [];
    const last = list[list.length - 1];
    if (last && last[1] === start) last[1] = end;
    else list.push([start, end]);
    found.set(source, list);
  };
  let source = 0;
  sourceMap.mappings.split(';').forEach((segments, lineIndex) => {
    const lineStart = lineStarts[lineIndex];
    const lineEnd = lineStarts[lineIndex + 1] ?? text.length;
    let column = 0;
    let current = { source: -1, at: lineStart };
    for (const segment of segments.split(',')) {
      if (!segment) continue;
      const [columnDelta, sourceDelta] = decodeVlq(segment);
      column += columnDelta;
      add(current.source, current.at, lineStart + column);
      const mapped = sourceDelta !== undefined;
      if (mapped) source += sourceDelta;
      current = { source: mapped ? source : -1, at: lineStart + column };
    }
    add(current.source, current.at, lineEnd);
  });
  return found;
}

function decodeVlq(segment) {
  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGITS.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
