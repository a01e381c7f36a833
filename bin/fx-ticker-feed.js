#!/usr/bin/env node
// fx-ticker-feed: fetches exchange rates once and writes them in fx-ticker's feed format,
// so a busy site can serve the rates from its own CDN instead of sending every visitor to a
// public API; with --prerender, also writes the strip itself into HTML pages. Plain Node 20; the
// providers are the element's own, and the prerender is the element's own render (dist/prerender.js).
import { chmod, chown, open, readFile, rename, stat, unlink } from 'node:fs/promises';
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
       ${NAME} [options] --prerender FILE [FILE…]

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
  --prerender FILE…  write into each <fx-ticker> of these HTML files its first render
                     with this run's rates (a declarative shadow root, styles included)
                     and the rates as its inline JSON, so the page shows the strip before
                     (and without) JavaScript. Each element is drawn as a browser would,
                     with its own attributes and the nearest lang; the rates it needs are
                     read from --provider/--source (its own source attribute is not read).
                     Everything outside the elements stays byte for byte; a second run
                     replaces what the first wrote; every file is written atomically, and
                     none is changed when anything fails. May be combined with --out
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

Examples:
  ${NAME} --provider frankfurter --symbols "KGS KZT TJS UZS TMT" --base USD --out rates.json
  ${NAME} --prerender public/index.html public/ru/index.html
`;

class UsageError extends Error {}

function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      // Files after --prerender's first: `--prerender a.html b.html`.
      allowPositionals: true,
      options: {
        provider: { type: 'string', default: DEFAULTS.provider },
        symbols: { type: 'string', default: DEFAULTS.symbols },
        base: { type: 'string', default: DEFAULTS.base },
        source: { type: 'string' },
        out: { type: 'string' },
        official: { type: 'boolean', default: false },
        prerender: { type: 'string', multiple: true, default: [] },
        timeout: { type: 'string', default: DEFAULTS.timeout },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return values;
  if (positionals.length > 0 && values.prerender.length === 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}" (HTML files follow --prerender)`);
  }
  const pages = [...values.prerender, ...positionals];
  if (pages.some((file) => file.trim() === '')) throw new UsageError('--prerender needs file names');

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
    // Only the feed: with --prerender and no --out, nothing goes to standard output but the report.
    feed: pages.length === 0 || values.out !== undefined,
    pages,
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
 * Writes each file to a temporary file in its directory and flushes it, and only when all are
 * written renames each over its target: a reader (the CDN, the web server) sees the old file or
 * the new one, never half of either, and a failure before the renames leaves every file as it
 * was. A file that exists keeps its permissions (and, run as root, its owner).
 */
async function writeAllAtomically(writes) {
  const staged = [];
  try {
    for (const { file, text } of writes) {
      const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
      const before = await stat(file).catch(() => undefined);
      const handle = await open(temporary, 'wx', 0o644).catch((error) => {
        throw new Error(`${file} cannot be written (${error.code ?? error.message})`);
      });
      staged.push({ file, temporary });
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (before) {
        await chmod(temporary, before.mode & 0o7777);
        if (process.getuid?.() === 0) await chown(temporary, before.uid, before.gid);
      }
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => unlink(temporary).catch(() => {})));
    throw error;
  }
  for (const { file, temporary } of staged) await rename(temporary, file);
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
  const writes = [];
  const reports = [];
  if (options.feed) {
    const feed = await feedFor(options, getJson, now);
    if (feed.file === undefined) {
      process.stdout.write(feed.text);
    } else {
      writes.push(feed);
      reports.push(feed.report);
    }
  }
  if (options.pages.length > 0) {
    const pages = await prerenderPages(options, getJson, now);
    writes.push(...pages.writes);
    reports.push(...pages.reports);
  }
  await writeAllAtomically(writes);
  for (const report of reports) process.stdout.write(`${NAME}: ${report}\n`);
  return 0;
}

/** The feed: its text, and where it goes (`file`; none: standard output). */
/** What a load left out or asks of the site, on stderr: skipped codes, banks that failed, a required credit. */
function reportLoad(loaded, { skipped, blend }) {
  if (loaded.missing.length > 0) {
    process.stderr.write(`${NAME}: warning: ${loaded.provider} has no usable rate for ${loaded.missing.join(', ')}${skipped}\n`);
  }
  for (const reason of loaded.unofficial ?? []) {
    process.stderr.write(`${NAME}: warning: no official rate from ${reason}; the blend ${blend} instead\n`);
  }
  if (loaded.attribution) {
    process.stderr.write(
      `${NAME}: note: ${loaded.provider}'s terms require a visible link "${loaded.attribution.text}" ` +
        `(${loaded.attribution.href}) on every page that shows these rates\n`,
    );
  }
}

async function feedFor(options, getJson, now) {
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

  reportLoad(loaded, { skipped: '; skipped', blend: 'written' });
  const count = Object.keys(snapshot.rates).length;
  const report =
    `wrote ${count} rate${count === 1 ? '' : 's'} per ${snapshot.base}` +
    `${snapshot.asOf ? ` as of ${snapshot.asOf}` : ''} from ${loaded.provider} to ${options.out}`;
  return { file: options.out, text, report };
}

/** A page must be UTF-8: the strip is written as UTF-8 text, and anything else would lose bytes on the way. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const DECLARED_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Prerenders every <fx-ticker> of the pages with rates loaded once for all of them; resolves with
 * the pages to write (those that changed) and what to report. Rejects, naming the file, when a
 * page cannot be read, is not UTF-8, or has a ticker that cannot be drawn.
 */
async function prerenderPages(options, getJson, now) {
  // Loaded here, not at the top: the feed alone needs no server renderer.
  const { loadRatesFor, prerenderPage } = await import('../dist/prerender.js');
  const pages = [];
  for (const file of options.pages) {
    const bytes = await readFile(file).catch((error) => {
      throw new Error(`${file} cannot be read (${error.code ?? error.message})`);
    });
    let text;
    try {
      text = UTF8.decode(bytes);
    } catch {
      throw new Error(`${file} is not UTF-8 text; the strip is written as UTF-8, so it was left as it was`);
    }
    const charset = DECLARED_CHARSET.exec(text)?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) {
      throw new Error(`${file} declares the charset ${charset}; the strip is written as UTF-8, so it was left as it was`);
    }
    pages.push({ file, text });
  }
  const rates = await loadRatesFor(
    pages.map((page) => page.text),
    { source: options.source, provider: options.provider, official: options.official, getJson, now },
  );
  for (const loaded of rates.loads) reportLoad(loaded, { skipped: '', blend: 'drawn' });
  const writes = [];
  const reports = [];
  const hashes = new Set();
  for (const { file, text } of pages) {
    let page;
    try {
      page = prerenderPage(text, rates);
    } catch (error) {
      throw new Error(`${file}: ${error.message}`);
    }
    for (const warning of page.warnings) process.stderr.write(`${NAME}: warning: ${file}: ${warning}\n`);
    if (page.tickers === 0) {
      process.stderr.write(`${NAME}: note: ${file} has no <fx-ticker> to prerender; left alone\n`);
      continue;
    }
    if (page.styleHash) hashes.add(page.styleHash);
    const tickers = `${page.tickers} ticker${page.tickers === 1 ? '' : 's'}`;
    if (page.html === text) {
      reports.push(`${file}: ${tickers} already as prerendered; left alone`);
      continue;
    }
    writes.push({ file, text: page.html });
    reports.push(`prerendered ${tickers} in ${file}`);
  }
  for (const hash of hashes) {
    reports.push(`under a Content-Security-Policy, the prerendered styles need style-src ${hash} (docs/prerender.md)`);
  }
  return { writes, reports };
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
