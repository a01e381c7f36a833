import fc from 'fast-check';

/**
 * Generators of hostile rates payloads for the property tests in test/hostile-input.test.ts.
 * Everything here stands for bytes from the network (or a page's own script): wrong types,
 * non-finite and extreme numbers, numbers as text in every local format, markup, prototype
 * keys, deep nesting and huge arrays, in and around the shapes each provider really sends.
 */

export const CENTRAL_ASIA = ['KGS', 'KZT', 'TJS', 'UZS', 'TMT'] as const;
/** The currencies the shapes use: the strip's own, the pivots (USD, RUB, UZS, EUR) and a few others. */
export const CODES = ['USD', 'EUR', 'RUB', 'UZS', 'KGS', 'KZT', 'TJS', 'TMT', 'CNY', 'GBP'] as const;
const LOWER_CODES = CODES.map((code) => code.toLowerCase());

/** Strings that would do harm if any of them ever reached the DOM as markup or as a template. */
export const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  "{{constructor.constructor('alert(1)')()}}",
  '"><svg onload=alert(1)>',
  "'><iframe srcdoc='<script>alert(1)</script>'>",
  'javascript:alert(1)',
  '${alert(1)}',
  '<!--',
  ']]>',
  '\u202eRLO',
  '\u0000',
  '\ud800',
  'NaN',
  'undefined',
  'Infinity',
] as const;

/** Keys that reach `Object.prototype` or shadow its methods when a parser is careless. */
export const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupGetter__',
] as const;

/** The field names of every provider's shape, so junk also confuses detection. */
const FIELD_NAMES = [
  'base',
  'rates',
  'previous',
  'asOf',
  'source',
  'date',
  'quote',
  'rate',
  'result',
  'base_code',
  'error-type',
  'Valute',
  'CharCode',
  'Nominal',
  'Value',
  'Previous',
  'Date',
  'Ccy',
  'Rate',
  'Diff',
  'usd',
] as const;

/**
 * An object with exactly these own, enumerable keys, as `JSON.parse` makes it: a `__proto__`
 * entry becomes an own property, not a new prototype. Optionally without any prototype.
 */
export function record(entries: ReadonlyArray<readonly [string, unknown]>, nullPrototype = false): Record<string, unknown> {
  const object: Record<string, unknown> = nullPrototype ? Object.create(null) : {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/** What the same value looks like after a trip through the wire: NaN and ±Infinity become null. */
export function viaJson(value: unknown): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner));
  } catch {
    // Longer than a string can be: no server could have sent it, so it stays as built.
    return value;
  }
  return text === undefined ? null : JSON.parse(text);
}

// ---- numbers -------------------------------------------------------------------------------

export const extremeNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0,
  -0,
  1,
  -1,
  -87.45,
  1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE, // 5e-324
  1e-310, // subnormal: its reciprocal overflows
  2.2250738585072014e-308,
  1e-300,
  1e300,
  1e305,
  1e-305,
  Number.EPSILON,
  Number.MAX_SAFE_INTEGER + 2,
  0.1 + 0.2,
);

/** Any sign and any decimal exponent a double has, so ratios of two of them land anywhere. */
export const anyMagnitude = fc
  .tuple(fc.double({ min: 1, max: 9.99, noNaN: true }), fc.integer({ min: -323, max: 307 }), fc.boolean())
  .map(([mantissa, exponent, negative]) => (negative ? -1 : 1) * mantissa * 10 ** exponent);

export const plausibleRate = fc.double({ min: 1e-4, max: 1e6, noNaN: true, noDefaultInfinity: true });

export const anyNumber: fc.Arbitrary<number> = fc.oneof(fc.double(), extremeNumber, anyMagnitude, fc.integer(), plausibleRate);

/** Numbers as text, the way central banks, spreadsheets and broken encoders write them. */
export const numericText: fc.Arbitrary<string> = fc.oneof(
  anyNumber.map(String),
  anyNumber.map((n) => n.toLocaleString('ru-RU', { maximumFractionDigits: 8 })),
  anyNumber.map((n) => n.toLocaleString('en-US', { maximumFractionDigits: 8 })),
  anyNumber.map((n) => n.toLocaleString('de-CH', { maximumFractionDigits: 8 })),
  anyNumber.map((n) => String(n).replace('.', ',')),
  anyNumber.map((n) => ` ${n}\u00a0`),
  fc.constantFrom(
    '0x10',
    '0b11',
    '1e400',
    '1e-400',
    '-0',
    '+5',
    '.5',
    '5.',
    '1,234.5',
    '1.234,5',
    '12 194,21',
    '1,2,3',
    '1..2',
    '١٢٣',
    '８７',
    '87.45abc',
    '',
    '  ',
    'Infinity',
    '-Infinity',
    'NaN',
    '1_000',
    '0',
    '-87.45',
    '1'.repeat(70),
    "1'234.5",
    '\u202f1\u202f234,5',
    '0.' + '0'.repeat(330) + '1',
    '1e308',
    '9'.repeat(60),
  ),
);

// ---- text and keys -------------------------------------------------------------------------

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_TEXT), weight: 3 },
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.constantFrom(...CODES), weight: 2 },
  { arbitrary: fc.constantFrom(...LOWER_CODES), weight: 1 },
  { arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 1 },
  { arbitrary: fc.constantFrom('x'.repeat(1_000), ' KGS ', 'kgs', 'Kgs', 'KGSS', 'K G S', 'uſd', 'ﬀi'), weight: 1 },
);

/** Text that `Date.parse` still accepts in Chromium, carrying markup. */
export const hostileDateText = fc.constantFrom(...HOSTILE_TEXT).map((text) => `${text} 2025`);

export const anyKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...CODES),
  fc.constantFrom(...LOWER_CODES),
  fc.constantFrom(...PROTO_KEYS),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constantFrom(...FIELD_NAMES),
  fc.string({ maxLength: 5 }),
);

/** Keys of a rate table: mostly currency codes, otherwise anything. */
export const codeKey: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...CODES), weight: 8 },
  { arbitrary: anyKey, weight: 3 },
);

// ---- nested junk -----------------------------------------------------------------------------

export const leaf: fc.Arbitrary<unknown> = fc.oneof(
  anyNumber,
  numericText,
  hostileText,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
);

const nested = fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ maxDepth: 3, depthIdentifier: 'junk' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5, depthIdentifier: 'junk' }),
  object: fc
    .tuple(fc.array(fc.tuple(anyKey, tie('value')), { maxLength: 5, depthIdentifier: 'junk' }), fc.boolean())
    .map(([entries, bare]) => record(entries, bare)),
})).value;

/** Nesting far deeper than any payload has, in arrays or objects. */
export const deep: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 50, max: 1000 }), fc.boolean(), leaf)
  .map(([depth, arrays, inner]) => {
    let value: unknown = inner;
    for (let i = 0; i < depth; i++) value = arrays ? [value] : record([['rates', value]]);
    return value;
  });

/** Thousands of elements, built by repetition so generating them stays cheap. */
export const hugeArrayOf = (item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> =>
  fc
    .tuple(fc.integer({ min: 1_000, max: 8_000 }), fc.array(item, { minLength: 1, maxLength: 4 }))
    .map(([length, pattern]) => Array.from({ length }, (_, i) => pattern[i % pattern.length]));

/** Junk for any place in a payload. Huge arrays only come at the top (see `hostilePayload`): nested, they multiply. */
export const junk: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: nested, weight: 12 }, { arbitrary: deep, weight: 1 });

/** A whole response of junk, huge ones included. */
export const hostilePayload: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: junk, weight: 12 },
  { arbitrary: hugeArrayOf(nested), weight: 1 },
);

// ---- provider shapes with random values ------------------------------------------------------

/** A rate as providers mostly send it, or anything else. */
export const rateValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: plausibleRate, weight: 4 },
  { arbitrary: anyNumber, weight: 3 },
  { arbitrary: numericText, weight: 2 },
  { arbitrary: junk, weight: 1 },
);

const entry = (key: string, value: fc.Arbitrary<unknown>) =>
  fc.option(
    value.map((v) => [key, v] as const),
    { nil: undefined, freq: 6 },
  );

/** An object with the given (each maybe missing) fields, a little junk beside them, maybe no prototype. */
function shaped(fields: Array<fc.Arbitrary<readonly [string, unknown] | undefined>>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.tuple(...fields), fc.array(fc.tuple(anyKey, junk), { maxLength: 2 }), fc.boolean())
    .map(([present, extras, bare]) =>
      record([...present.filter((field): field is readonly [string, unknown] => field !== undefined), ...extras], bare),
    );
}

export const rateTable = (key: fc.Arbitrary<string> = codeKey): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: fc.array(fc.tuple(key, rateValue), { maxLength: 8 }).map((entries) => record(entries)), weight: 8 },
    { arbitrary: junk, weight: 1 },
  );

export const isoDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

export const moment: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: isoDay, weight: 3 },
  { arbitrary: isoDay.map((day) => `${day}T00:00:00Z`), weight: 2 },
  {
    arbitrary: fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '2025-08-13T99:99', '+275760-09-13', '-271821-04-19'),
    weight: 1,
  },
  { arbitrary: hostileDateText, weight: 2 },
  { arbitrary: hostileText, weight: 1 },
  { arbitrary: junk, weight: 1 },
);

const code = (weightOfCodes = 4) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...CODES), weight: weightOfCodes },
    { arbitrary: hostileText, weight: 1 },
    { arbitrary: junk, weight: 1 },
  );

export const feedShape = shaped([
  entry('base', fc.oneof({ arbitrary: fc.constant('USD'), weight: 4 }, { arbitrary: code(), weight: 2 })),
  entry('asOf', moment),
  entry('rates', rateTable()),
  entry('previous', rateTable()),
  entry('source', fc.oneof(hostileText, junk)),
]);

const frankfurterRow = shaped([
  entry('date', fc.oneof({ arbitrary: isoDay, weight: 5 }, { arbitrary: moment, weight: 1 })),
  entry('base', fc.oneof({ arbitrary: fc.constant('USD'), weight: 4 }, { arbitrary: code(), weight: 2 })),
  entry('quote', code(6)),
  entry('rate', rateValue),
]);

export const frankfurterShape = fc.oneof(
  {
    arbitrary: fc.array(fc.oneof({ arbitrary: frankfurterRow, weight: 8 }, { arbitrary: junk, weight: 1 }), { maxLength: 30 }),
    weight: 12,
  },
  { arbitrary: hugeArrayOf(frankfurterRow), weight: 1 },
);

const lowerKey = fc.oneof(
  { arbitrary: fc.constantFrom(...LOWER_CODES), weight: 8 },
  { arbitrary: fc.constantFrom('1inch', 'btc', 'xau', 'uſd', 'ﬀi', 'KGS', 'Kgs'), weight: 2 },
  { arbitrary: anyKey, weight: 2 },
);

export const currencyApiShape = fc
  .tuple(
    entry('date', fc.oneof({ arbitrary: isoDay, weight: 5 }, { arbitrary: moment, weight: 1 })),
    fc.array(fc.tuple(lowerKey, fc.oneof({ arbitrary: rateTable(lowerKey), weight: 5 }, { arbitrary: junk, weight: 1 })), {
      maxLength: 3,
    }),
    fc.boolean(),
  )
  .map(([date, tables, bare]) => record([...(date ? [date] : []), ...tables], bare));

export const erApiShape = shaped([
  entry(
    'result',
    fc.oneof(
      { arbitrary: fc.constant('success'), weight: 6 },
      { arbitrary: fc.constant('error'), weight: 1 },
      { arbitrary: hostileText, weight: 1 },
    ),
  ),
  entry('base_code', fc.oneof({ arbitrary: fc.constantFrom('USD', 'EUR'), weight: 4 }, { arbitrary: code(), weight: 2 })),
  entry('error-type', fc.oneof(fc.constantFrom('unsupported-code', 'quota-reached'), hostileText)),
  entry('time_last_update_unix', fc.oneof(anyNumber, numericText, junk)),
  entry('time_last_update_utc', moment),
  entry('rates', rateTable()),
]);

const nominal = fc.oneof(
  { arbitrary: fc.constantFrom(1, 10, 100, 1000, 10000, '1', '10', '100', '10000'), weight: 5 },
  { arbitrary: anyNumber, weight: 1 },
  { arbitrary: numericText, weight: 1 },
  { arbitrary: junk, weight: 1 },
);

const cbrEntry = shaped([
  entry('CharCode', code(6)),
  entry('Nominal', nominal),
  entry('Value', rateValue),
  entry('Previous', rateValue),
]);

export const cbrShape = shaped([
  entry('Date', moment),
  entry(
    'Valute',
    fc.oneof(
      {
        arbitrary: fc
          .array(fc.tuple(codeKey, fc.oneof({ arbitrary: cbrEntry, weight: 6 }, { arbitrary: junk, weight: 1 })), {
            maxLength: 10,
          })
          .map((entries) => record(entries)),
        weight: 8,
      },
      { arbitrary: junk, weight: 1 },
    ),
  ),
]);

const dottedDay = isoDay.map((day) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`);

const cbuRow = shaped([
  entry('Ccy', code(6)),
  entry('Nominal', nominal),
  entry(
    'Rate',
    fc.oneof({ arbitrary: plausibleRate.map((rate) => rate.toFixed(2)), weight: 3 }, { arbitrary: rateValue, weight: 2 }),
  ),
  entry('Diff', fc.oneof(numericText, anyNumber, junk)),
  entry(
    'Date',
    fc.oneof(
      { arbitrary: dottedDay, weight: 3 },
      { arbitrary: fc.constantFrom('31.02.2026', '1.4.2026'), weight: 1 },
      { arbitrary: moment, weight: 1 },
    ),
  ),
]);

export const cbuShape = fc.oneof(
  {
    arbitrary: fc.array(fc.oneof({ arbitrary: cbuRow, weight: 8 }, { arbitrary: junk, weight: 1 }), { maxLength: 20 }),
    weight: 12,
  },
  { arbitrary: hugeArrayOf(cbuRow), weight: 1 },
);

/** Any provider's shape, either as built (NaN, undefined and bigint survive) or after a trip through JSON. */
export const shapedPayload: fc.Arbitrary<unknown> = fc
  .tuple(fc.oneof(feedShape, frankfurterShape, currencyApiShape, erApiShape, cbrShape, cbuShape), fc.boolean())
  .map(([payload, wire]) => (wire ? viaJson(payload) : payload));

// ---- prototype keys, literally from JSON text -------------------------------------------------

/**
 * Each provider's shape written as JSON text with `$K` for a prototype key and `$V` for any
 * JSON value, so `JSON.parse` itself makes the own `__proto__` and `constructor` properties.
 */
const PROTO_TEMPLATES = [
  '{"base":"USD","rates":{"$K":$V,"KGS":87.45},"previous":{"$K":$V,"KGS":87.4}}',
  '{"$K":{"base":"USD","rates":{"KGS":1}},"base":"USD","rates":{"$K":{"KGS":2},"KZT":520.1}}',
  '{"base":"$K","rates":{"KGS":1}}',
  '{"base":"USD","rates":{"KGS":1},"$K":{"polluted":$V},"asOf":"$K"}',
  '[{"date":"2025-08-13","base":"USD","quote":"KGS","rate":87.4,"$K":$V},{"$K":{"quote":"KZT","rate":1,"date":"2025-08-13","base":"USD"}}]',
  '[{"date":"2025-08-13","base":"$K","quote":"$K","rate":$V},{"date":"2025-08-13","base":"USD","quote":"KZT","rate":541.3}]',
  '{"date":"2025-08-13","$K":{"kgs":87.4},"usd":{"$K":$V,"kgs":87.4}}',
  '{"date":"2025-08-13","usd":{"__proto__":{"kgs":1},"constructor":$V,"kzt":541.3}}',
  '{"result":"success","base_code":"USD","rates":{"$K":$V,"KGS":87.4}}',
  '{"result":"success","base_code":"EUR","rates":{"$K":{"USD":1},"USD":1.16,"KGS":101.4}}',
  '{"Date":"2023-06-10","Valute":{"$K":{"CharCode":"$K","Nominal":1,"Value":$V},"USD":{"Nominal":1,"Value":82.6},"KGS":{"Nominal":100,"Value":94.3}}}',
  '{"Date":"2023-06-10","Valute":{"__proto__":{"CharCode":"USD","Nominal":1,"Value":82.6},"KGS":{"Nominal":100,"Value":94.3,"$K":$V}}}',
  '[{"Ccy":"USD","Nominal":"1","Rate":"12194.21","Diff":"1"},{"Ccy":"$K","Nominal":"1","Rate":$V,"$K":{"Ccy":"KGS"}}]',
  '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"base":"USD","rates":{"KGS":1}}',
  '{"provider":"feed","snapshot":{"base":"USD","rates":{"KGS":1,"$K":$V}},"missing":["$K"],"attribution":{"$K":{"href":"https://x"}}}',
] as const;

export const protoJsonText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PROTO_TEMPLATES), fc.constantFrom(...PROTO_KEYS), fc.jsonValue())
  // Replacer functions, so a `$&` or `$'` inside the generated JSON is not read as a pattern.
  .map(([template, key, value]) => template.replaceAll('$K', () => key).replaceAll('$V', () => JSON.stringify(value)));

export const protoPayload: fc.Arbitrary<unknown> = protoJsonText.map((text) => JSON.parse(text) as unknown);
