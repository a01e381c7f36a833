#!/usr/bin/env node
// fx-ticker-feed: fetches exchange rates once and writes them in fx-ticker's feed format,
// so a busy site can serve the rates from its own CDN instead of sending every visitor to a
// public API. Plain Node 20, no dependencies; the providers are the element's own.
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROVIDER_NAMES, carryPrevious, loadOfficialRates, loadRates, sourceEntry, toSnapshot } from '../dist/providers.js';

const NAME = 'fx-ticker-feed';
const DEFAULTS = { provider: 'auto', symbols: 'KGS KZT TJS UZS TMT', base: 'USD', timeout: '30' };
/** How far back the history written from earlier runs reaches: what the trend line shows. */
const HISTORY_DAYS = 30;
const DAY_MS = 86_400_000;
/** A rates answer is a few kilobytes; anything near this is not one. */
const MAX_BYTES = 5_000_000;

const HELP = `Usage: ${NAME} [options]

Fetches exchange rates once and writes them in fx-ticker's feed format
({"base", "asOf", "rates", "previous", "source", "history"}). Run it from cron and serve the
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
  --official         each currency as its own central bank published it (KGS from
                     NBKR, KZT from NBK, TJS from NBT, UZS from CBU), read through
                     Frankfurter's "providers" parameter: one more request per bank;
                     TMT at its peg and other currencies from the blend. Frankfurter
                     only; the feed's "official" names the bank of each such rate
  --timeout SECONDS  give up on a request after this long (default: ${DEFAULTS.timeout})
  -h, --help         show this help and exit
  -v, --version      show the version and exit

Currencies the source lacks are skipped with a warning. When --out already holds an
earlier publication, its rates become the previous values of a provider that publishes
none (er-api), so the daily change appears from the second run on.

"history" (what <fx-ticker trend> draws) is Frankfurter's 30 days when the provider is
Frankfurter; for the others, each run adds its publication to the points the file held
before, keeping the last ${HISTORY_DAYS} days.

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
        official: { type: 'boolean', default: false },
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
  const symbols = [
    ...new Set(
      values.symbols
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((code) => code.toUpperCase()),
    ),
  ];
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
    if (!/^https?:$/.test(new URL(source).protocol))
      throw new UsageError(`--source must be an http(s) URL, not "${values.source}"`);
  }
  if (provider === 'feed' && source === undefined) throw new UsageError('--provider feed needs a --source URL');
  if (values.official && sourceEntry(source, provider).provider !== 'frankfurter') {
    throw new UsageError(
      '--official reads Frankfurter v2 only: leave --provider at auto or frankfurter, with a --source ending in /v2/rates if any',
    );
  }
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new UsageError(`--timeout must be a positive number of seconds, not "${values.timeout}"`);
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out needs a file name');
  return {
    provider,
    base,
    symbols,
    source,
    official: values.official,
    out: values.out === '-' ? undefined : values.out,
    timeoutMs: timeout * 1000,
  };
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

/**
 * The snapshot already in `file`, if it is a readable feed, with whether it held official rates
 * (`official`, which the element's own reading leaves out); anything else counts as none.
 */
async function readPrior(file) {
  try {
    const json = JSON.parse(await readFile(file, 'utf8'));
    return { ...toSnapshot(json), official: json.official };
  } catch {
    return undefined;
  }
}

/**
 * The history to write: the provider's own when it has one (Frankfurter's range); otherwise
 * the points `prior` (the file written before, already validated) held for each symbol, in the
 * same base, plus this publication, dated by its `asOf` (or today), one point per date, the
 * last HISTORY_DAYS days of it.
 */
function historyFor(snapshot, prior, now) {
  if (snapshot.history) return snapshot.history;
  const date = snapshot.asOf ?? now.toISOString().slice(0, 10);
  const time = Date.parse(date);
  const earlier = prior?.base === snapshot.base ? (prior.history ?? {}) : {};
  const history = {};
  for (const [code, rate] of Object.entries(snapshot.rates)) {
    const kept = (earlier[code] ?? []).filter(([pointDate]) => {
      const pointTime = Date.parse(pointDate);
      return pointTime < time && pointTime >= time - HISTORY_DAYS * DAY_MS;
    });
    history[code] = [...kept, [date, rate]];
  }
  return history;
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

  const now = new Date();
  const getJson = makeGetJson(options.timeoutMs, version);
  const query = { base: options.base, symbols: options.symbols, now };
  const loaded = options.official
    ? await loadOfficialRates(getJson, { source: options.source, query })
    : await loadRates(getJson, { source: options.source, provider: options.provider, query });
  const prior = options.out === undefined ? undefined : await readPrior(options.out);
  // A file of the blend never lends previous rates to the banks' figures, nor the other way round.
  const snapshot = !prior?.official === !options.official ? carryPrevious(prior, loaded.snapshot) : loaded.snapshot;
  const history = historyFor(snapshot, prior, now);
  // The feed format's documented key order; keys without a value are left out.
  const { base, asOf, rates, previous, source, official } = snapshot;
  const text = `${JSON.stringify({ base, asOf, rates, previous, source, official, history }, null, 2)}\n`
    // One line per history point, ["2025-08-13", 87.43], rather than four.
    .replace(/\[\s+("[^"]*"),\s+([^\s\]]+)\s+\]/g, '[$1, $2]');

  if (loaded.missing.length > 0) {
    process.stderr.write(`${NAME}: warning: ${loaded.provider} has no usable rate for ${loaded.missing.join(', ')}; skipped\n`);
  }
  for (const reason of loaded.unofficial ?? []) {
    process.stderr.write(`${NAME}: warning: no official rate from ${reason}; the blend written instead\n`);
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
    process.stdout.write(
      `${NAME}: wrote ${count} rate${count === 1 ? '' : 's'} per ${snapshot.base}` +
        `${snapshot.asOf ? ` as of ${snapshot.asOf}` : ''} from ${loaded.provider} to ${options.out}\n`,
    );
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
