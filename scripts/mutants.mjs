// `npm run mutants`: puts each deliberate bug of test/mutants.mjs into src/, one at a time,
// runs the tests named for it, and expects them to fail. A bug the tests let through (a
// surviving mutant) means a behaviour nobody would notice breaking; an entry whose text is no
// longer in src/ means the list fell behind the code. Either makes the run fail.
//
//   npm run mutants                 every entry
//   npm run mutants -- theme focus  only entries whose description contains one of the words
//   npm run mutants -- --list       the entries and whether their text is still found
//
// The file is restored after each entry, on Ctrl-C and on any error; dist/ is rebuilt from the
// restored sources when an entry needed it.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { MUTANTS } from '../test/mutants.mjs';

const args = process.argv.slice(2);
const words = args.filter((arg) => !arg.startsWith('--'));
const selected = MUTANTS.filter(({ description }) => words.length === 0 || words.some((word) => description.includes(word)));

/** Tests that load the built files in dist/: the entry's bug must be built before they run. */
const LOADS_DIST = [
  'test/csp.test.ts',
  'test/dist-script.test.ts',
  'test/parsing.test.ts',
  'test/prerender.test.ts',
  'test/node/feed-cli.test.mjs',
  'test/node/prerender.test.mjs',
];

const occurrences = (text, find) => text.split(find).length - 1;

// Every entry is checked first, so a stale list fails in a second rather than after the slow part.
const problems = MUTANTS.flatMap(({ file, find, description }) => {
  let found;
  try {
    found = occurrences(readFileSync(file, 'utf8'), find);
  } catch {
    return [`${file} does not exist (${description})`];
  }
  if (found === 1) return [];
  return [`${file}: ${found === 0 ? 'no longer contains' : `contains ${found} times`} ${JSON.stringify(find)} (${description})`];
});
if (args.includes('--list')) {
  for (const { file, description, tests } of MUTANTS) console.log(`${description}\n    ${file} -> ${tests.join(' ')}`);
}
if (problems.length) {
  console.error(`test/mutants.mjs is out of step with src/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (args.includes('--list')) process.exit(0);

/** The file under mutation and its own text, so that any way out puts it back. */
let pending;
let child;
let distTouched = false;
const restore = () => {
  if (pending) writeFileSync(pending.file, pending.text);
  pending = undefined;
};
process.on('exit', restore);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    child?.kill('SIGTERM');
    restore();
    console.error(`\n${signal}: src/ restored${distTouched ? '; run `node scripts/build.mjs --scripts` to rebuild dist/' : ''}`);
    process.exit(130);
  });
}

/** Runs a command quietly; resolves with its exit code and the tail of its output. */
function run(command, commandArgs) {
  return new Promise((resolve) => {
    let output = '';
    child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => {
      child = undefined;
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

/** The commands that run an entry's tests: the browser tests in one run, the Node tests in another. */
function commands({ tests }) {
  const browser = tests.filter((file) => /\.test\.tsx?$/.test(file));
  const node = tests.filter((file) => file.endsWith('.mjs'));
  const list = [];
  if (browser.length) list.push(['npx', ['web-test-runner', ...browser]]);
  if (node.length) list.push([process.execPath, ['--test', ...node]]);
  return list;
}

const buildScripts = () => run(process.execPath, ['scripts/build.mjs', '--scripts']);

const survivors = [];
const started = Date.now();
for (const [index, mutant] of selected.entries()) {
  const { file, find, replace, description, tests } = mutant;
  const text = readFileSync(file, 'utf8');
  pending = { file, text };
  writeFileSync(
    file,
    text.replace(find, () => replace),
  );
  const label = `[${index + 1}/${selected.length}] ${description}`;
  let caught = false;
  let why = '';
  try {
    if (tests.some((test) => LOADS_DIST.includes(test))) {
      distTouched = true;
      const built = await buildScripts();
      if (built.code !== 0) {
        caught = true;
        why = 'the build fails';
      }
    }
    for (const [command, commandArgs] of caught ? [] : commands(mutant)) {
      const { code, output } = await run(command, commandArgs);
      if (code !== 0) {
        caught = true;
        // The first failing test by name (web-test-runner marks it ❌, node --test "not ok").
        const failed = /❌ (.+)|not ok \d+ - (.+)/.exec(output);
        why = failed
          ? (failed[1] ?? failed[2]).trim()
          : `${commandArgs.filter((arg) => arg.startsWith('test/')).join(' ')} failed`;
        break;
      }
    }
  } finally {
    restore();
  }
  console.log(`${caught ? 'caught  ' : 'SURVIVED'} ${label}${caught ? `\n           by: ${why}` : ''}`);
  if (!caught) survivors.push(`${description} (${file}; ran ${tests.join(' ')})`);
}

if (distTouched) {
  const rebuilt = await buildScripts();
  if (rebuilt.code !== 0)
    console.error('could not rebuild dist/ from the restored sources: run `node scripts/build.mjs --scripts`');
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n${selected.length - survivors.length} of ${selected.length} mutants caught in ${minutes} min.`);
if (survivors.length) {
  console.error(`Survived (no test failed):\n  ${survivors.join('\n  ')}`);
  process.exit(1);
}
