// web-test-runner's browsers: one launcher per engine, each pointed at the browser installed
// on the machine (a launcher's own browser download fails offline).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { ENGINES, selectedEngines } from './browsers.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

/**
 * Each engine's launcher, and what the tests may ask of it beyond the page (see
 * test/helpers/engine.ts). Media emulation (`emulateMedia`) goes through the Chrome DevTools
 * Protocol; WebDriver BiDi and classic WebDriver have no command for it.
 */
const ENGINE_LAUNCHERS = {
  chromium: {
    launch: ({ executablePath }) => chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } }),
    can: { emulateMedia: true, emulateTimeZone: true },
  },
  firefox: {
    // puppeteer-core over WebDriver BiDi: the launcher @web/test-runner-puppeteer builds,
    // without its `puppeteer` dependency, whose install downloads a Chrome.
    launch: ({ executablePath }) =>
      chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath, headless: true } }),
    can: { emulateMedia: false, emulateTimeZone: true },
  },
  webkit: {
    launch: (programs) => new WebKitLauncher(programs),
    can: { emulateMedia: false, emulateTimeZone: false },
  },
};

const abilities = new WeakMap();

/** The launchers of the engines TEST_BROWSERS selects (all three by default). */
export function testLaunchers() {
  return selectedEngines().map((name) => {
    const { launch, can } = ENGINE_LAUNCHERS[name];
    const launcher = launch(ENGINES[name].find() ?? {});
    abilities.set(launcher, { engine: name, ...can });
    return launcher;
  });
}

/** Answers a test's `executeServerCommand('test-browser')` with its engine and abilities. */
export const testBrowserCommand = {
  name: 'test-browser-command',
  executeCommand({ command, session }) {
    if (command === 'test-browser') return abilities.get(session.browser);
  },
};

/**
 * WebKitGTK's MiniBrowser, driven over classic WebDriver by WebKitWebDriver through
 * @web/test-runner-webdriver. MiniBrowser has no headless mode, so the launcher also starts
 * a virtual X display (Xvfb) and the driver, and stops both after the run.
 */
class WebKitLauncher extends WebdriverLauncher {
  #programs;
  #children = [];

  /** `programs`: the paths of MiniBrowser, WebKitWebDriver and Xvfb (see browsers.mjs). */
  constructor(programs) {
    super({
      hostname: '127.0.0.1',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio asks for WebDriver BiDi unless told otherwise; WebKitWebDriver speaks classic.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: programs.miniBrowser, args: ['--automation'] },
      },
    });
    this.#programs = programs;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    // -displayfd: Xvfb takes the first free display and prints its number when it is ready.
    const xvfb = this.#spawn(this.#programs.xvfb, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    const display = await Promise.race([
      new Promise((resolve) => xvfb.stdout.once('data', (chunk) => resolve(`:${String(chunk).trim()}`))),
      failure(xvfb),
    ]);
    const port = await freePort();
    const driver = this.#spawn(this.#programs.driver, [`--port=${port}`], { DISPLAY: display });
    // The driver prints nothing when it is up: ask it until it answers.
    await Promise.race([untilAnswers(`http://127.0.0.1:${port}/status`), failure(driver)]);
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    for (const child of this.#children.splice(0).reverse()) child.kill();
  }

  /** Starts a helper, keeping the end of what it says on stderr (Xvfb is chatty) for errors. */
  #spawn(command, args, env = {}) {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.said = '';
    child.stderr.on('data', (chunk) => (child.said = (child.said + chunk).slice(-2000)));
    this.#children.push(child);
    return child;
  }
}

/** Rejects if the helper cannot start or exits, with what it said. */
function failure(child) {
  return new Promise((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`${child.spawnfile} exited (${code ?? signal}) before it was ready:\n${child.said}`)),
    );
  });
}

async function untilAnswers(url, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`, { cause: error });
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
