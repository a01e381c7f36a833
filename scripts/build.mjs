// `npm run build`: regenerates everything committed under dist/ and custom-elements.json.
// Each step is deterministic, so a build on a clean checkout leaves git status clean.
import { execFileSync } from 'node:child_process';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

run('npx', 'vite', 'build', '--mode', 'es', '--logLevel', 'warn');
run('npx', 'vite', 'build', '--mode', 'iife', '--logLevel', 'warn');
run('npx', 'tsc', '-p', 'tsconfig.build.json');
run('npx', 'cem', 'analyze', '--litelement', '--globs', 'src/fx-ticker.ts', '--quiet');
