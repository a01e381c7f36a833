#!/usr/bin/env node
// fx-ticker-feed: fetches exchange rates once and writes them in fx-ticker's feed format,
// so a busy site can serve the rates from its own CDN instead of sending every visitor to a
// public API. Plain Node 20, no dependencies; the providers are the element's own.
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROVIDER_NAMES, carryPrevious, loadRates, toSnapshot } from '../dist/providers.js';

const NAME = 'fx-ticker-feed';
const DEFAULTS = { provider: 'auto', symbols: 'KGS KZT TJS UZS TMT', base: 'USD', timeout: '30' };
/** A rates answer is a few kilobytes; anything near this is not one. */
const MAX_BYTES = 5_000_000;

const HELP = `Usage: ${NAME} [options]

Fetches exchange rates once and writes them in fx-ticker's feed format
({"base", "asOf", "rates", "previous", "source"}). Run it from cron and serve the
file with a Cache-Control header; point <fx-ticker source="…/rates.json"> at it.

Options:
  --provider NAME    how to read the source: auto, ${PROVIDER_NAMES.join(', ')}
                     (default: ${DEFAULTS.provider}; auto without --source reads Frankfurter)
  --symbols LIST     currencies to include, separated by spaces and/or commas
                     (default: "${DEFAULTS.symbols}")
  --base CODE        the currency every rate is quoted against (default: ${DEFAULTS.base})
  --source URL       read this URL instead of the provider's public one, e.g. a
                     self-hosted Frankfurter (https://example.org/v2/rates)
  --out FILE         write the feed here, atomically: the old file is replaced only
                     by a complete new one, and stays as it is when anything fails
                     (default: print to standard output)
  --timeout SECONDS  give up on a request after this long (default: ${DEFAULTS.timeout})
  -h, --help         show this help and exit
  -v, --version      show the version and exit

Currencies the source lacks are skipped with a warning. When --out already holds an
earlier publication, its rates become the previous values of a provider that publishes
none (er-api), so the daily change appears from the second run on.

Exit status: 0 written, 1 the fetch, the data or the write failed, 2 bad options.

Example:
  ${NAME} --provider frankfurter --symbols "KGS KZT TJS UZS TMT" --base USD --out rates.json
`;

class UsageError extends Error {}

function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        provider: { type: 'string', default: DEFAULTS.provider },
        symbols: { type: 'string', default: DEFAULTS.symbols },
        base: { type: 'string', default: DEFAULTS.base },
        source: { type: 'string' },
        out: { type: 'string' },
        timeout: { type: 'string', default: DEFAULTS.timeout },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values } = parsed;
  if (values.help || values.version) return values;

  const provider = values.provider.trim().toLowerCase();
  if (provider !== 'auto' && !PROVIDER_NAMES.includes(provider)) {
    throw new UsageError(`--provider must be auto or one of ${PROVIDER_NAMES.join(', ')}, not "${values.provider}"`);
  }
  const base = values.base.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(base)) throw new UsageError(`--base must be a three-letter ISO 4217 code, not "${values.base}"`);
  const symbols = [...new Set(values.symbols.split(/[\s,]+/).filter(Boolean).map((code) => code.toUpperCase()))];
  const invalid = symbols.filter((code) => !/^[A-Z]{3}$/.test(code));
  if (symbols.length === 0) throw new UsageError('--symbols needs at least one currency code');
  if (invalid.length > 0) throw new UsageError(`--symbols has codes that are not ISO 4217: ${invalid.join(', ')}`);
  let source;
  if (values.source !== undefined) {
    try {
      source = new URL(values.source).href;
    } catch {
      throw new UsageError(`--source must be an absolute http(s) URL, not "${values.source}"`);
    }
    if (!/^https?:$/.test(new URL(source).protocol)) throw new UsageError(`--source must be an http(s) URL, not "${values.source}"`);
  }
  if (provider === 'feed' && source === undefined) throw new UsageError('--provider feed needs a --source URL');
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout must be a positive number of seconds, not "${values.timeout}"`);
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out needs a file name');
  return { provider, base, symbols, source, out: values.out === '-' ? undefined : values.out, timeoutMs: timeout * 1000 };
}

/** The GetJson the adapters expect: rejects on network errors, timeouts, HTTP errors and non-JSON. */
function makeGetJson(timeoutMs, version) {
  return async (url) => {
    let response;
    try {
      response = await fetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json', 'user-agent': `${NAME}/${version}` },
      });
    } catch (error) {
      if (error?.name === 'TimeoutError') throw new Error(`${url}: no answer within ${timeoutMs / 1000} s`);
      const cause = error?.cause?.code ?? error?.cause?.message ?? error?.message;
      throw new Error(`${url}: request failed (${cause})`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    let text;
    try {
      text = await response.text();
    } catch (error) {
      if (error?.name === 'TimeoutError') throw new Error(`${url}: no complete answer within ${timeoutMs / 1000} s`);
      throw new Error(`${url}: the answer could not be read (${error?.message})`);
    }
    if (text.length > MAX_BYTES) throw new Error(`${url}: the answer is larger than ${MAX_BYTES} bytes`);
    try {
      return JSON.parse(text);
    } catch {
      const start = text.slice(0, 60).replace(/\s+/g, ' ').trim();
      throw new Error(`${url}: the answer is not JSON (it begins "${start}")`);
    }
  };
}

/** The snapshot already in `file`, if it is a readable feed; anything else counts as none. */
async function readPrior(file) {
  try {
    return toSnapshot(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/**
 * Writes to a temporary file in the same directory, flushes it, then renames it over the
 * target: a reader (the CDN, the web server) sees the old file or the new one, never half
 * of either, and a failure leaves the old file untouched.
 */
async function writeAtomically(file, text) {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let handle;
  try {
    handle = await open(temporary, 'wx', 0o644);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, file);
  } catch (error) {
    await handle?.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

async function packageVersion() {
  try {
    return JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function main(argv) {
  const options = readOptions(argv);
  const version = await packageVersion();
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }

  const loaded = await loadRates(makeGetJson(options.timeoutMs, version), {
    source: options.source,
    provider: options.provider,
    query: { base: options.base, symbols: options.symbols, now: new Date() },
  });
  const prior = options.out === undefined ? undefined : await readPrior(options.out);
  const snapshot = carryPrevious(prior, loaded.snapshot);
  // The feed format's documented key order; keys without a value are left out.
  const { base, asOf, rates, previous, source } = snapshot;
  const text = `${JSON.stringify({ base, asOf, rates, previous, source }, null, 2)}\n`;

  if (loaded.missing.length > 0) {
    process.stderr.write(`${NAME}: warning: ${loaded.provider} has no usable rate for ${loaded.missing.join(', ')}; skipped\n`);
  }
  if (loaded.attribution) {
    process.stderr.write(
      `${NAME}: note: ${loaded.provider}'s terms require a visible link "${loaded.attribution.text}" ` +
        `(${loaded.attribution.href}) on every page that shows these rates\n`,
    );
  }
  if (options.out === undefined) {
    process.stdout.write(text);
  } else {
    await writeAtomically(options.out, text);
    const count = Object.keys(snapshot.rates).length;
    process.stdout.write(`${NAME}: wrote ${count} rate${count === 1 ? '' : 's'} per ${snapshot.base}` +
      `${snapshot.asOf ? ` as of ${snapshot.asOf}` : ''} from ${loaded.provider} to ${options.out}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${NAME}: ${error.message}\nTry '${NAME} --help'.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`${NAME}: error: ${error?.message ?? error}; nothing was written\n`);
      process.exitCode = 1;
    }
  },
);
