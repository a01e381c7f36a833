import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const workerScript = require.resolve('msw/mockServiceWorker.js');

/** msw's worker must be served from the root so its scope covers every test page. */
const serveMockServiceWorker = {
  name: 'serve-msw-worker',
  async serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return { body: await readFile(workerScript, 'utf8'), type: 'js' };
    }
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    serveMockServiceWorker,
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname, target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
};
