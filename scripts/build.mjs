// `npm run build`: regenerates everything committed under dist/ and custom-elements.json.
// Each step is deterministic, so a build on a clean checkout leaves git status clean.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

// `--scripts`: only the JavaScript that tests load from dist/ (the script tag, and the ES build
// the feed command imports), in this process, leaving the types and the manifest alone. `npm
// test` runs it first, so those tests never exercise files older than src/.
if (process.argv.includes('--scripts')) {
  const { build } = await import('vite');
  for (const mode of ['es', 'iife']) {
    await build({ configFile: 'vite.config.ts', mode, logLevel: 'warn', build: { emptyOutDir: false } });
  }
  process.exit(0);
}

run('npx', 'vite', 'build', '--mode', 'es', '--logLevel', 'warn');
run('npx', 'vite', 'build', '--mode', 'iife', '--logLevel', 'warn');
run('npx', 'tsc', '-p', 'tsconfig.build.json');
// dist/fx-ticker.js (the `fx-ticker/fx-ticker.js` export) is a classic script: it exports
// nothing and registers <fx-ticker>. Without types of its own, TypeScript would take the
// sibling dist/fx-ticker.d.ts (the class module) for it and accept imports that do not exist.
writeFileSync(
  'dist/script-tag.d.ts',
  "// Types of dist/fx-ticker.js: no exports; loading it registers <fx-ticker>.\nimport './define.js';\nexport {};\n",
);
// Globs, the Lit plugin and the mapping of src/ paths to the shipped dist/ files live in
// custom-elements-manifest.config.mjs.
run('npx', 'cem', 'analyze', '--quiet');
