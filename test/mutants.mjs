// Deliberate bugs for `npm run mutants` (scripts/mutants.mjs). Each is a small, realistic
// mistake in src/ and the test files that must fail when it is made. `find` must occur exactly
// once in `file`: when src/ changes, update the entry (or replace it with the same bug in the
// new code) rather than deleting it. Add an entry with every behaviour you test.

const ELEMENT = 'src/fx-ticker.ts';
const POLLER = 'src/poller.ts';
const MARQUEE = 'src/marquee-controller.ts';
const STYLES = 'src/fx-ticker.styles.ts';
const FETCH = 'src/fetch-json.ts';
const FORMAT = 'src/format.ts';
const FRANKFURTER = 'src/providers/frankfurter.ts';
const TREND = 'src/trend.ts';
const LINKS = 'src/links.ts';
const TABS = 'src/tab-share.ts';
const OFFICIAL = 'src/providers/official.ts';
const FEED_COMMAND = 'bin/fx-ticker-feed.js';
const PROVIDERS = 'src/providers/index.ts';
const CENTRAL_BANKS = 'src/providers/central-banks.ts';
const SNAPSHOT = 'src/snapshot.ts';
const CARRY = 'src/providers/carry.ts';
const STORAGE = 'src/snapshot-cache.ts';
const SHARED = 'src/providers/shared.ts';
const CURRENCY_API = 'src/providers/currency-api.ts';
const OPTIONS = 'src/options.ts';
const ER_API = 'src/providers/er-api.ts';
const WORDS = 'src/i18n.ts';
const CONFIGURATOR = 'demo/configurator.ts';

export const MUTANTS = [
  // ---- a connected element follows its attributes -------------------------------------------
  {
    description: 'a connected ticker never resubscribes when source, base, symbols or provider change',
    file: ELEMENT,
    find: 'if (key === this.#subscriptionKey) return;',
    replace: 'if (this.#subscription || key === this.#subscriptionKey) return;',
    tests: ['test/subscription.test.ts'],
  },
  {
    description: 'a change of symbols alone does not resubscribe',
    file: ELEMENT,
    find: "const key = this.#isOffline ? 'none' : JSON.stringify(request);",
    replace: "const key = this.#isOffline ? 'none' : JSON.stringify({ ...request, symbols: [] });",
    tests: ['test/subscription.test.ts'],
  },
  {
    description: 'an interval changed at runtime never reaches the poller',
    file: ELEMENT,
    find: "this.#subscription?.setInterval(this.#option('interval', readInterval(this.interval)));",
    replace: '',
    tests: ['test/subscription.test.ts'],
  },
  {
    description: 'refresh() with source="none" does not read the inline JSON again',
    file: ELEMENT,
    find: 'if (this.#isOffline) this.#readInlineJson();',
    replace: '',
    tests: ['test/subscription.test.ts'],
  },
  {
    description: 'a stored snapshot replaces fresher data already on screen',
    file: ELEMENT,
    find: 'if (fromCache && this.shown) return;',
    replace: '',
    tests: ['test/subscription.test.ts'],
  },
  {
    description: 'inline JSON is read at once even while the page is still parsing (no children yet)',
    file: ELEMENT,
    find: "if (document.readyState === 'loading') {",
    replace: 'if (false) {',
    tests: ['test/parsing.test.ts'],
  },

  // ---- stopping --------------------------------------------------------------------------------
  {
    description: "the last ticker's removal leaves its request in flight",
    file: POLLER,
    find: '    life.abort();\n    controller.abort();',
    replace: '    life.abort();',
    tests: ['test/subscription.test.ts', 'test/poller.test.ts'],
  },
  {
    description: "requests ignore the poller's abort signal",
    file: POLLER,
    find: 'fetchJson(url, signal, cache)',
    replace: 'fetchJson(url, undefined, cache)',
    tests: ['test/subscription.test.ts'],
  },
  {
    description: 'a body over the size limit is refused but keeps downloading (reader not cancelled)',
    file: FETCH,
    find: 'void reader?.cancel();',
    replace: '',
    tests: ['test/fetch-json.test.ts'],
  },

  // ---- long waits ------------------------------------------------------------------------------
  {
    description: "a wait beyond setTimeout's range is passed to it as is (and fires at once)",
    file: POLLER,
    find: 'setTimeout(schedule, Math.min(wait, MAX_TIMER_MS))',
    replace: 'setTimeout(schedule, wait)',
    tests: ['test/poller.test.ts'],
  },
  {
    description: 'Retry-After is honoured without a ceiling',
    file: POLLER,
    find: 'Math.min(retryAfterMs, pollingPolicy.maxRetryAfterMs)',
    replace: 'retryAfterMs',
    tests: ['test/poller.test.ts'],
  },

  // ---- motion and focus ------------------------------------------------------------------------
  {
    description: 'focus inside the strip does not pause it',
    file: MARQUEE,
    find: "this.#pause('focus', !(event.composedPath()[0] as Element).matches?.('button'))",
    replace: "this.#pause('focus', false)",
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'focus leaving the strip does not resume it',
    file: MARQUEE,
    find: "if (!host.contains((event as FocusEvent).relatedTarget as Node | null)) this.#pause('focus', false);",
    replace: '',
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'one copy more than the width needs',
    file: MARQUEE,
    find: 'Math.ceil(this.#viewport!.clientWidth / width)',
    replace: 'Math.ceil(this.#viewport!.clientWidth / width) + 1',
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'too few copies: a gap on wide hosts',
    file: MARQUEE,
    find: 'Math.ceil(this.#viewport!.clientWidth / width)',
    replace: 'Math.floor(this.#viewport!.clientWidth / width)',
    tests: ['test/motion.test.ts'],
  },

  {
    description: 'each update watches the items anew, so every update is measured after its frame',
    file: MARQUEE,
    find: 'for (const item of set?.children ?? []) this.#resize!.observe(item);',
    replace: 'for (const item of set?.children ?? []) this.#resize!.unobserve(item), this.#resize!.observe(item);',
    tests: ['test/first-paint.test.ts'],
  },
  {
    description: 'an update re-creates the copies instead of changing their numbers in place',
    file: MARQUEE,
    find: 'while (track.children.length > copies + 1) track.lastElementChild!.remove();',
    replace: 'while (track.children.length > 1) track.lastElementChild!.remove();',
    tests: ['test/first-paint.test.ts'],
  },
  {
    description: 'an item that changes width pushes the item on screen (no shift of the track)',
    file: MARQUEE,
    find: 'anchor < 0 ? 0 : before[anchor][0] - edges[anchor][0]',
    replace: '0',
    tests: ['test/motion.test.ts'],
  },
  {
    description: "an item's width change goes unobserved, so the item on screen is pushed",
    file: MARQUEE,
    find: 'for (const item of set?.children ?? []) this.#resize!.observe(item);',
    replace: '',
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'a speed, direction or speed="0" set at runtime waits for a resize',
    file: MARQUEE,
    find: 'this.#sync(this.#width, 0);',
    replace: '',
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'copies carry the list roles, spoken phrases and link targets of the set',
    file: ELEMENT,
    find: '() => this.#items.map((item) => renderItem(item, true)),',
    replace: '() => this.#items.map((item) => renderItem(item)),',
    tests: ['test/first-paint.test.ts', 'test/links-element.test.ts'],
  },
  {
    description: 'the reading direction is read from the computed style at every render (a forced style pass)',
    file: ELEMENT,
    find: "return this.matches(':dir(rtl)');",
    replace: "return getComputedStyle(this).direction === 'rtl';",
    tests: ['test/first-paint.test.ts'],
  },
  {
    description: 'the status formats the confirmation time for a note it does not show',
    file: ELEMENT,
    find: '(this.failure || shown?.stale) && this.#confirmedAt ?',
    replace: 'this.#confirmedAt ?',
    tests: ['test/first-paint.test.ts'],
  },
  {
    description: "the strip's layout follows a CSS direction the element does not read: a gap",
    file: STYLES,
    find: 'direction: ltr;',
    replace: '',
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'the strip lays out left to right on a right-to-left page while moving right: a gap',
    file: STYLES,
    find: 'direction: rtl;',
    replace: '',
    tests: ['test/motion.test.ts'],
  },

  // ---- theme and accessibility -----------------------------------------------------------------
  {
    description: 'theme="auto" ignores a dark colour-scheme preference',
    file: STYLES,
    find: 'color-scheme: light dark;',
    replace: 'color-scheme: light;',
    tests: ['test/fx-ticker.test.ts'],
  },
  {
    description: 'theme="light" follows a dark preference',
    file: STYLES,
    find: '  .light {\n    color-scheme: light;\n  }',
    replace: '',
    tests: ['test/fx-ticker.test.ts'],
  },
  {
    description: 'the failure note is too faint to read',
    file: STYLES,
    find: '  .down,\n  .note {',
    replace: '  .note {\n    color: #ccc;\n  }\n  .down {',
    tests: ['test/accessibility.test.ts'],
  },
  {
    description: 'the attribution link sends the referrer',
    file: ELEMENT,
    find: 'rel="noopener noreferrer"',
    replace: 'rel="noopener"',
    tests: ['test/providers-element.test.ts'],
  },
  {
    description: 'the attribution link replaces the page instead of opening a tab',
    file: ELEMENT,
    find: 'target="_blank" rel=',
    replace: 'rel=',
    tests: ['test/providers-element.test.ts'],
  },

  // ---- warnings --------------------------------------------------------------------------------
  {
    description: 'no warning for symbols the source lacks',
    file: ELEMENT,
    find: 'if (loaded.missing.length) this.#warnOnce(',
    replace: 'if (false) this.#warnOnce(',
    tests: ['test/fx-ticker.test.ts'],
  },
  {
    description: 'no warning for any invalid attribute',
    file: ELEMENT,
    find: 'if (read.invalid) this.#warnOnce(',
    replace: 'if (false) this.#warnOnce(',
    tests: ['test/fx-ticker.test.ts'],
  },
  {
    description: 'an invalid theme is used without a warning',
    file: ELEMENT,
    find: "this.#option('theme', readTheme(this.theme))",
    replace: 'readTheme(this.theme).value',
    tests: ['test/fx-ticker.test.ts'],
  },
  {
    description: 'an invalid locale is used without a warning',
    file: ELEMENT,
    find: "this.#option('locale', readLocale(this.locale, nearestLang))",
    replace: 'readLocale(this.locale, nearestLang).value',
    tests: ['test/fx-ticker.test.ts'],
  },
  {
    description: 'an invalid speed is used without a warning',
    file: ELEMENT,
    find: "this.#option('speed', readSpeed(this.speed))",
    replace: 'readSpeed(this.speed).value',
    tests: ['test/fx-ticker.test.ts'],
  },
  {
    description: 'a numeric attribute that is not a number is named NaN in its warning',
    file: ELEMENT,
    find: 'invalid ${name}="${this.#written(name)}"',
    replace: 'invalid ${name}="${String(this[name])}"',
    tests: ['test/fx-ticker.test.ts'],
  },
  {
    description: 'the same warning is repeated on every render',
    file: ELEMENT,
    find: 'if (this.#warned.has(message)) return;',
    replace: '',
    tests: ['test/fx-ticker.test.ts'],
  },

  // ---- dates -----------------------------------------------------------------------------------
  {
    description: "a publication day is shown in the reader's zone (the day before, west of UTC)",
    file: ELEMENT,
    find: "{ dateStyle: 'medium', timeZone: 'UTC' }",
    replace: "{ dateStyle: 'medium' }",
    tests: ['test/dates.test.ts'],
  },
  {
    description: 'a publication day is read as local midnight (the day before, east of UTC)',
    file: ELEMENT,
    find: '.format(new Date(asOf));',
    replace: '.format(new Date(day ? `${asOf.slice(0, 10)}T00:00` : asOf));',
    tests: ['test/dates.test.ts'],
  },
  {
    description: 'midnight UTC written with milliseconds is shown as an instant',
    file: ELEMENT,
    find: 'T00:00(:00(\\.0+)?)?',
    replace: 'T00:00(:00)?',
    tests: ['test/dates.test.ts'],
  },

  {
    description: 'a body that is not JSON is reported like a network failure, without quoting it',
    file: FETCH,
    find: 'throw failure(`not JSON: ${JSON.stringify(text.slice(0, 40))}`);',
    replace: 'throw new TypeError(`${url}: not JSON`);',
    tests: ['test/fx-ticker.test.ts'],
  },

  // ---- values on screen ------------------------------------------------------------------------
  {
    description: 'trailing zeros of the significant digits are dropped (0.09980 shown as 0.0998)',
    file: FORMAT,
    find: 'minimumSignificantDigits: style.digits,',
    replace: 'minimumSignificantDigits: 1,',
    tests: ['test/dist-script.test.ts', 'test/providers-element.test.ts'],
  },
  {
    description: 'a falling change is written with a hyphen instead of a minus sign',
    file: FORMAT,
    find: ".replace('-', MINUS)",
    replace: '',
    tests: ['test/providers-element.test.ts'],
  },
  {
    description: 'the change is computed upside down (a weaker currency reads as a rise)',
    file: FORMAT,
    find: 'const ratio = inverse ? rate / previous : previous / rate;',
    replace: 'const ratio = inverse ? previous / rate : rate / previous;',
    tests: ['test/providers-element.test.ts'],
  },
  {
    description: 'a payload with no usable rate for any shown symbol blanks the strip instead of being refused',
    file: ELEMENT,
    find: "      return this.#fail(new RatesFormatError(`no usable rate for ${this.#symbols.join(' ')} against ${next.snapshot.base}`));",
    replace: '',
    tests: ['test/hostile-input.test.ts'],
  },
  {
    description: 'a rate of zero is accepted as usable',
    file: SNAPSHOT,
    find: "typeof value === 'number' && Number.isFinite(value) && value > 0;",
    replace: "typeof value === 'number' && Number.isFinite(value) && value >= 0;",
    tests: ['test/hostile-input.test.ts'],
  },
  // ---- real sources, tabs, trend and links ------------------------------------------------------
  {
    description: "Frankfurter's day-long cacheable answers are taken from the HTTP cache",
    file: FRANKFURTER,
    find: "export const FRANKFURTER_CACHE: RequestCache = 'no-store';",
    replace: "export const FRANKFURTER_CACHE: RequestCache = 'default';",
    tests: ['test/http-cache.test.ts'],
  },
  {
    description: 'every tab polls on its own instead of the one holding the lock',
    file: POLLER,
    find: '  let following = !!share;',
    replace: '  let following = false;',
    tests: ['test/tab-polling.test.ts'],
  },
  {
    description: 'the trend follows the rate instead of the shown value',
    file: TREND,
    find: 'const value = inverse ? rate : 1 / rate;',
    replace: 'const value = inverse ? 1 / rate : rate;',
    tests: ['test/trend.test.ts'],
  },
  {
    description: 'an href template with a script scheme makes links',
    file: LINKS,
    find: '/^https?:$/',
    replace: '/^(https?|javascript):$/',
    tests: ['test/links.test.ts'],
  },
  {
    description: 'a leading page that goes away keeps the lock until the browser discards it',
    file: TABS,
    find: "  addEventListener('pagehide', resign, { signal: life.signal });",
    replace: '',
    tests: ['test/tab-share.test.ts'],
  },
  {
    description: 'a stopped poller posts its failure to a closed channel',
    file: POLLER,
    find: '      if (life.signal.aborted) return;',
    replace: '',
    tests: ['test/poller-tabs.test.ts'],
  },
  // ---- official rates: each currency from its home bank ----------------------------------------
  {
    description: "a bank's figure is paired with the blend's previous rate (a change across two sources)",
    file: OFFICIAL,
    find: '      published.previous[code] = own.previous[code];',
    replace: '      published.previous[code] ??= own.previous[code];',
    tests: ['test/providers/official.test.ts'],
  },
  {
    description: 'the banks are asked in one blended request instead of one request each',
    file: OFFICIAL,
    find: '&providers=${HOME_BANKS[code]}`',
    replace: '&providers=${Object.values(HOME_BANKS).join()}`',
    tests: ['test/providers/official.test.ts'],
  },
  {
    description: 'one failed bank fails the whole',
    file: OFFICIAL,
    find: '        (error: Error) => ({ error: error.message }),',
    replace: '        (error: Error) => Promise.reject(error),',
    tests: ['test/providers/official.test.ts', 'test/node/feed-cli.test.mjs'],
  },
  {
    description: "a rate crossed into another base is still called the bank's own",
    file: OFFICIAL,
    find: 'published.base === query.base && ',
    replace: '',
    tests: ['test/providers/official.test.ts'],
  },
  {
    description: "a bank answer in another base is taken as the bank's figure",
    file: OFFICIAL,
    find: 'own.base !== published.base || ',
    replace: '',
    tests: ['test/providers/official.test.ts'],
  },
  // ---- providers, feed validation, storage and options: realistic slips ---------------------
  {
    description: 'CBU previous rate taken as Rate + Diff, the wrong sign',
    file: CENTRAL_BANKS,
    find: 'readNumber(row.Rate) - readNumber(row.Diff)',
    replace: 'readNumber(row.Rate) + readNumber(row.Diff)',
    tests: ['test/providers/cbu.test.ts'],
  },
  {
    description: 'CBR Nominal ignored: roubles per 100 KZT read as per 1',
    file: CENTRAL_BANKS,
    find: 'published.rates[code] = unitsPerPivot(nominal, value);',
    replace: 'published.rates[code] = unitsPerPivot(1, value);',
    tests: ['test/providers/cbr.test.ts'],
  },
  {
    description: 'a bank row with a negative nominal passes for a rate',
    file: CENTRAL_BANKS,
    find: 'return units > 0 ? units / readNumber(pivotUnits) : NaN;',
    replace: 'return units / readNumber(pivotUnits);',
    tests: ['test/providers/cbr.test.ts', 'test/providers/cbu.test.ts'],
  },
  {
    description: 'CBU dated by its last row rather than its newest',
    file: CENTRAL_BANKS,
    find: "if (isIsoDay(date) && date > (published.asOf ?? '')) published.asOf = date;",
    replace: 'if (isIsoDay(date)) published.asOf = date;',
    tests: ['test/providers/cbu.test.ts'],
  },
  {
    description: 'er-api time read as milliseconds rather than seconds',
    file: ER_API,
    find: 'unix * 1000',
    replace: 'unix',
    tests: ['test/providers/er-api.test.ts'],
  },
  {
    description: "currency-api's day before taken even when it is not older",
    file: CURRENCY_API,
    find: 'prior.base === published.base && prior.asOf! < published.asOf!',
    replace: 'prior.base === published.base',
    tests: ['test/providers/currency-api.test.ts'],
  },
  {
    description: "currency-api's previous day computed as the day after",
    file: CURRENCY_API,
    find: 'Date.parse(date) - 86_400_000',
    replace: 'Date.parse(date) + 86_400_000',
    tests: ['test/providers/currency-api.test.ts'],
  },
  {
    description: 'a decimal comma read as a thousands separator',
    file: SHARED,
    find: ".replace(',', '.')",
    replace: ".replace(',', '')",
    tests: ['test/providers/numbers.test.ts', 'test/providers/cbu.test.ts'],
  },
  {
    description: 'a symbol the source does not quote is dropped without a word',
    file: SHARED,
    find: 'missing.push(code);',
    replace: '',
    tests: ['test/providers/frankfurter.test.ts', 'test/providers/load-rates.test.ts', 'test/providers/er-api.test.ts'],
  },
  {
    description: 'a previous value carried across a change of base',
    file: CARRY,
    find: "if (prior?.base !== next.base || (prior.asOf ?? '') > (next.asOf ?? '')) return next;",
    replace: "if (!prior || (prior.asOf ?? '') > (next.asOf ?? '')) return next;",
    tests: ['test/providers/carry-previous.test.ts'],
  },
  {
    description: 'a republished day carries its own rates as the previous ones: every change 0 %',
    file: CARRY,
    find: 'const carried = same ? prior.previous : prior.rates;',
    replace: 'const carried = prior.rates;',
    tests: ['test/providers/carry-previous.test.ts'],
  },
  {
    description: "a feed's own previous value overruled by the carried one",
    file: CARRY,
    find: 'if (isUsableRate(own)) {',
    replace: 'if (isUsableRate(own) && !isUsableRate(carried[code])) {',
    tests: ['test/providers/carry-previous.test.ts'],
  },
  {
    description: 'history points out of date order kept',
    file: SNAPSHOT,
    find: 'if (time > last) {',
    replace: 'if (!Number.isNaN(time)) {',
    tests: ['test/snapshot.test.ts', 'test/trend.test.ts'],
  },
  {
    description: 'crossing into another base keeps the old base out of the rates',
    file: SNAPSHOT,
    find: 'const withOldBase = { ...table, [snapshot.base]: 1 };',
    replace: 'const withOldBase = { ...table };',
    tests: ['test/snapshot.test.ts'],
  },
  {
    description: 'a stored snapshot from an unknown provider read back',
    file: STORAGE,
    find: 'if (!isProviderName(provider)) return undefined;',
    replace: '',
    tests: ['test/snapshot-cache.test.ts'],
  },
  {
    description: "a stored er-api snapshot loses ExchangeRate-API's required attribution",
    file: STORAGE,
    find: "attribution: provider === 'er-api' ? { ...ER_API_ATTRIBUTION } : undefined,",
    replace: 'attribution: undefined,',
    tests: ['test/snapshot-cache.test.ts'],
  },
  {
    description: 'an interval under the minimum polls as often as asked',
    file: OPTIONS,
    find: 'value: Math.max(MIN_INTERVAL_SECONDS, read.value)',
    replace: 'value: read.value',
    tests: ['test/options.test.ts'],
  },
  {
    description: 'repeated symbols shown twice',
    file: OPTIONS,
    find: 'const codes = [...new Set(tokens.filter(isCurrencyCode))];',
    replace: 'const codes = tokens.filter(isCurrencyCode);',
    tests: ['test/options.test.ts'],
  },
  {
    description: 'a locale with a region (kk-KZ) gets English words',
    file: WORDS,
    find: 'const language = locale.split(/[-_]/)[0].toLowerCase();',
    replace: 'const language = locale.toLowerCase();',
    tests: ['test/languages.test.ts'],
  },
  {
    description: 'Frankfurter: the previous rate taken from the same day when a day has two rows',
    file: FRANKFURTER,
    find: '} else if (!(quote in previous) && date < latestDate[quote]) {',
    replace: '} else if (!(quote in previous)) {',
    tests: ['test/providers/frankfurter.test.ts'],
  },
  {
    description: 'Frankfurter asked for a range that starts today: no previous day, no trend',
    file: FRANKFURTER,
    find: 'params.push(`from=${isoDay(now.getTime() - LOOKBACK_MS)}`);',
    replace: 'params.push(`from=${isoDay(now.getTime())}`);',
    tests: ['test/providers/frankfurter.test.ts', 'test/providers/fetch-rates.test.ts'],
  },
  {
    description: 'Frankfurter rows of another base mixed into the rates',
    file: FRANKFURTER,
    find: '.filter((row) => row.base === base)',
    replace: '',
    tests: ['test/providers/frankfurter.test.ts'],
  },

  // ---- the feed command ---------------------------------------------------------------------
  {
    description: 'feed command: history kept without its 30-day limit',
    file: FEED_COMMAND,
    find: 'return pointTime < time && pointTime >= time - HISTORY_DAYS * DAY_MS;',
    replace: 'return pointTime < time;',
    tests: ['test/node/feed-cli.test.mjs'],
  },
  {
    description: 'feed command: a run on the same day adds its point a second time',
    file: FEED_COMMAND,
    find: 'return pointTime < time && pointTime >= time - HISTORY_DAYS * DAY_MS;',
    replace: 'return pointTime <= time && pointTime >= time - HISTORY_DAYS * DAY_MS;',
    tests: ['test/node/feed-cli.test.mjs'],
  },
  {
    description: 'feed command: a failed fetch exits 0, so cron never reports it',
    file: FEED_COMMAND,
    find: '      process.exitCode = 1;',
    replace: '      process.exitCode = 0;',
    tests: ['test/node/feed-cli.test.mjs'],
  },
  {
    description: 'feed command: an HTTP error page read as the answer',
    file: FEED_COMMAND,
    find: '    if (!response.ok) {',
    replace: '    if (false) {',
    tests: ['test/node/feed-cli.test.mjs'],
  },
  {
    description: 'feed command: no request ever times out',
    file: FEED_COMMAND,
    find: '        signal: AbortSignal.timeout(timeoutMs),\n',
    replace: '',
    tests: ['test/node/feed-cli.test.mjs'],
  },
  {
    description: 'feed command: an answer of any size is read',
    file: FEED_COMMAND,
    find: 'if (text.length > MAX_BYTES) throw',
    replace: 'if (false) throw',
    tests: ['test/node/feed-cli.test.mjs'],
  },
  {
    description: "feed command: er-api's required attribution goes unmentioned",
    file: FEED_COMMAND,
    find: '  if (loaded.attribution) {',
    replace: '  if (false) {',
    tests: ['test/node/feed-cli.test.mjs'],
  },
  {
    description: 'feed command: a half-written file replaces the old one (no temporary file)',
    file: FEED_COMMAND,
    find: 'const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);',
    replace: 'const temporary = file;',
    tests: ['test/node/feed-cli.test.mjs'],
  },

  // ---- polling: schedule, back-off and fallback ----------------------------------------------
  {
    description: 'back-off does not grow: every retry after the first failure waits as long',
    file: POLLER,
    find: 'pollingPolicy.firstRetryMs * 2 ** (failures - 1)',
    replace: 'pollingPolicy.firstRetryMs',
    tests: ['test/poller.test.ts'],
  },
  {
    description: 'back-off can outgrow the interval: a failing source is retried less often than a good one is polled',
    file: POLLER,
    find: 'pollingPolicy.firstRetryMs * 2 ** (failures - 1), intervalMs, pollingPolicy.maxRetryMs',
    replace: 'pollingPolicy.firstRetryMs * 2 ** (failures - 1), pollingPolicy.maxRetryMs',
    tests: ['test/poller.test.ts'],
  },
  {
    description: 'a hidden page keeps polling',
    file: POLLER,
    find: "if (!subscribers.size || following || document.visibilityState === 'hidden') return;",
    replace: 'if (!subscribers.size || following) return;',
    tests: ['test/poller.test.ts', 'test/subscription.test.ts'],
  },
  {
    description: 'the shortest interval of the tickers sharing a poller is not the one used',
    file: POLLER,
    find: '1000 * Math.min(...[...subscribers]',
    replace: '1000 * Math.max(...[...subscribers]',
    tests: ['test/poller.test.ts', 'test/subscription.test.ts'],
  },
  {
    description: 'Retry-After honoured for any status, not only 429 and 503',
    file: POLLER,
    find: 'if (status === 429 || status === 503) delay =',
    replace: 'delay =',
    tests: ['test/poller.test.ts', 'test/network.test.ts'],
  },
  {
    description: 'the last source of the chain given up on as early as a fallback is',
    file: POLLER,
    find: 'index < chain.length - 1 ? pollingPolicy.fallbackAfterMs : pollingPolicy.timeoutMs',
    replace: 'pollingPolicy.fallbackAfterMs',
    tests: ['test/poller.test.ts', 'test/sources.test.ts'],
  },
  {
    description: 'a stored snapshot rewritten by every identical poll',
    file: POLLER,
    find: 'if (json === subscriber.json) continue;',
    replace: '',
    tests: ['test/poller.test.ts', 'test/snapshot-cache.test.ts', 'test/subscription.test.ts'],
  },

  // ---- fetching, links and the trend line ----------------------------------------------------
  {
    description: "a request sends the reader's cookies to the rates source",
    file: FETCH,
    find: "credentials: 'omit',",
    replace: '',
    tests: ['test/fetch-json.test.ts', 'test/network.test.ts', 'test/http-cache.test.ts'],
  },
  {
    description: 'a body without Content-Length read to any size',
    file: FETCH,
    find: 'limit((size += value.length));',
    replace: 'size += value.length;',
    tests: ['test/fetch-json.test.ts'],
  },
  {
    description: 'Retry-After as an HTTP date read as seconds',
    file: FETCH,
    find: 'const ms = /^\\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - Date.now();',
    replace: 'const ms = Number(text) * 1000;',
    tests: ['test/fetch-json.test.ts', 'test/network.test.ts'],
  },
  {
    description: 'a link template fills {symbol} unencoded',
    file: LINKS,
    find: "encodeURIComponent(name === 'symbol' ? symbol : base)",
    replace: "name === 'symbol' ? symbol : base",
    tests: ['test/links.test.ts'],
  },
  {
    description: 'the trend line reaches back past its 30 days',
    file: TREND,
    find: 'if (time >= last - TREND_DAYS * DAY_MS && isUsableRate(value)) shown.push([time, value]);',
    replace: 'if (isUsableRate(value)) shown.push([time, value]);',
    tests: ['test/trend.test.ts'],
  },
  {
    description: 'a flat history drawn along the top edge instead of the middle',
    file: TREND,
    find: 'high === low ? TREND_HEIGHT / 2 :',
    replace: 'high === low ? INSET :',
    tests: ['test/trend.test.ts'],
  },
  {
    description: 'the trend names its days by count of points rather than by the dates they span',
    file: TREND,
    find: 'days: Math.round((last - first) / DAY_MS)',
    replace: 'days: shown.length',
    tests: ['test/trend.test.ts', 'test/trend-element.test.ts'],
  },

  // ---- what a reader sees, hears and can stop ------------------------------------------------
  {
    description: 'the pause button does not say whether it is pressed',
    file: ELEMENT,
    find: 'aria-pressed=${this.paused}',
    replace: '',
    tests: ['test/accessibility.test.ts', 'test/motion.test.ts'],
  },
  {
    description: 'the note is not a live region: a screen reader never hears that rates are stale',
    file: ELEMENT,
    find: '<span class="note" role="status">',
    replace: '<span class="note">',
    tests: ['test/accessibility.test.ts', 'test/resilience.test.ts'],
  },
  {
    description: 'reduced motion ignored: the strip keeps moving',
    file: MARQUEE,
    find: 'this.isStatic = this.#now.speed === 0 || this.#reducedMotion.matches;',
    replace: 'this.isStatic = this.#now.speed === 0;',
    tests: ['test/motion.test.ts', 'test/accessibility.test.ts'],
  },
  {
    description: 'a change of the reduced-motion preference is not followed until the next update',
    file: MARQUEE,
    find: "this.#on(this.#reducedMotion, 'change', () => host.requestUpdate());",
    replace: '',
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'a hidden page keeps the strip animating',
    file: MARQUEE,
    find: "const onVisibility = () => this.#pause('hidden', document.visibilityState === 'hidden');",
    replace: "const onVisibility = () => this.#pause('hidden', false);",
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'a strip scrolled off screen keeps animating',
    file: MARQUEE,
    find: "this.#pause('offscreen', !entries.at(-1)!.isIntersecting)",
    replace: "this.#pause('offscreen', false)",
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'hovering the strip does not hold it',
    file: MARQUEE,
    find: "this.#pause('hover', event.type === 'pointerenter');",
    replace: "this.#pause('hover', false);",
    tests: ['test/motion.test.ts'],
  },
  {
    description: 'the copies are read out: a screen reader hears every rate two or three times',
    file: MARQUEE,
    find: "copy.ariaHidden = 'true';",
    replace: '',
    tests: ['test/accessibility.test.ts', 'test/first-paint.test.ts'],
  },
  {
    description: "the copies' links take focus: a keyboard reader tabs through every item again",
    file: MARQUEE,
    find: 'copy.inert = true;',
    replace: '',
    tests: ['test/accessibility.test.ts', 'test/links-element.test.ts'],
  },
  {
    description: 'a hidden ticker still shows',
    file: STYLES,
    find: '  :host([hidden]) {\n    display: none;\n  }',
    replace: '',
    tests: ['test/accessibility.test.ts'],
  },
  {
    description: 'the spoken phrases show on screen (a typo in their class)',
    file: STYLES,
    find: '  .visually-hidden {',
    replace: '  .visualy-hidden {',
    tests: ['test/accessibility.test.ts'],
  },

  // ---- reading a source by its shape, and formatting ----------------------------------------
  {
    description: "a feed with a date is taken for currency-api's shape",
    file: PROVIDERS,
    find: "  ['rates', 'feed'],\n  ['date', 'currency-api'],",
    replace: "  ['date', 'currency-api'],\n  ['rates', 'feed'],",
    tests: ['test/providers/detect.test.ts', 'test/providers/load-rates.test.ts'],
  },
  {
    description: 'a self-hosted Frankfurter at /v2/rates is read by its shape, without its query',
    file: PROVIDERS,
    find: "provider === 'auto' && (!url || /\\/v2\\/rates\\/?([?#]|$)/.test(url)) ? 'frankfurter' : provider",
    replace: "provider === 'auto' && !url ? 'frankfurter' : provider",
    tests: ['test/providers/fetch-rates.test.ts', 'test/providers/load-rates.test.ts', 'test/sources.test.ts'],
  },
  {
    description: "currency-api's day before never asked for, so it shows no change",
    file: PROVIDERS,
    find: 'if (previousUrl) fetched.previousBody = await getJson(previousUrl).catch(() => undefined);',
    replace: '',
    tests: ['test/providers/fetch-rates.test.ts', 'test/providers/currency-api.test.ts'],
  },
  {
    description: "a failed request for currency-api's day before fails the whole poll",
    file: PROVIDERS,
    find: 'await getJson(previousUrl).catch(() => undefined);',
    replace: 'await getJson(previousUrl);',
    tests: ['test/providers/fetch-rates.test.ts', 'test/providers/load-rates.test.ts'],
  },
  {
    description: 'a change that rounds to 0.00 % still marked up or down',
    file: FORMAT,
    find: "const direction: Direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';",
    replace: "const direction: Direction = changePercent > 0 ? 'up' : changePercent < 0 ? 'down' : 'flat';",
    tests: ['test/format.test.ts'],
  },
  {
    description: 'a rate against its own base shown as 1',
    file: FORMAT,
    find: '  if (symbol === snapshot.base) return undefined;',
    replace: '',
    tests: ['test/format.test.ts', 'test/fx-ticker.test.ts'],
  },
  {
    description: 'formatters shared across locales: a Russian ticker formats like the first one built',
    file: FORMAT,
    find: 'const key = Kind.name + locale + JSON.stringify(options);',
    replace: 'const key = Kind.name + JSON.stringify(options);',
    tests: ['test/format.test.ts', 'test/languages.test.ts'],
  },

  // ---- tabs sharing one poll -----------------------------------------------------------------
  {
    description: 'a new tab never asks the others for their latest answer, so it waits for the next poll',
    file: TABS,
    find: '  channel.postMessage({ ask: 1 } satisfies Message<News>);\n',
    replace: '',
    tests: ['test/tab-share.test.ts', 'test/tab-polling.test.ts'],
  },
  {
    description: 'the leading tab does not answer when a new tab asks',
    file: TABS,
    find: 'if (leading && latest) channel.postMessage(latest);',
    replace: '',
    tests: ['test/tab-share.test.ts', 'test/tab-polling.test.ts'],
  },
  {
    description: 'the same news heard twice',
    file: TABS,
    find: '} else if (data.id !== latest?.id) {',
    replace: '} else {',
    tests: ['test/tab-share.test.ts'],
  },
  {
    description: 'a hidden tab keeps the lead and polls for the others',
    file: TABS,
    find: "(document.visibilityState === 'hidden' ? resign() : claim())",
    replace: "(document.visibilityState === 'hidden' ? undefined : claim())",
    tests: ['test/tab-share.test.ts', 'test/tab-polling.test.ts'],
  },
  {
    description: 'a closed share keeps its lock: no other tab ever leads',
    file: TABS,
    find: '      life.abort();\n      resign();\n      channel.close();',
    replace: '      life.abort();\n      channel.close();',
    tests: ['test/tab-share.test.ts', 'test/poller-tabs.test.ts'],
  },
  // ---- the configurator's "where will you paste it?" ---------------------------------------------
  {
    description: 'the configurator writes the plain snippet whatever CMS is chosen to paste it into',
    file: CONFIGURATOR,
    find: "  if (place === 'page') return snippet;",
    replace: '  if (place) return snippet;',
    tests: ['test/configurator.test.ts'],
  },
  {
    description: 'choosing where to paste the snippet changes nothing until another option changes',
    file: CONFIGURATOR,
    find: "  pasteChoice?.addEventListener('change', update);\n",
    replace: '',
    tests: ['test/configurator.test.ts'],
  },
];
