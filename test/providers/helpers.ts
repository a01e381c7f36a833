import type { GetJson, RatesQuery } from '../../src/providers/index.js';

/** A real or hand-written payload from test/fixtures, parsed. */
export async function fixture(name: string): Promise<unknown> {
  const response = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

export const CENTRAL_ASIA = ['KGS', 'KZT', 'TJS', 'UZS', 'TMT'] as const;

export const query = (overrides: Partial<RatesQuery> = {}): RatesQuery => ({
  base: 'USD',
  symbols: CENTRAL_ASIA,
  now: new Date('2025-08-13T12:00:00Z'),
  ...overrides,
});

export type FakeGetJson = GetJson & { urls: string[] };

/**
 * A `GetJson` that records every URL asked for and answers from `answer`: a value
 * resolves, an Error rejects (what a network, HTTP or JSON failure looks like to callers).
 */
export function fakeGetJson(answer: (url: string) => unknown): FakeGetJson {
  const urls: string[] = [];
  const getJson = ((url: string) => {
    urls.push(url);
    const body = answer(url);
    if (body instanceof Error) return Promise.reject(body);
    // A fresh copy each time, as a real fetch would give.
    return Promise.resolve(body === undefined ? undefined : JSON.parse(JSON.stringify(body)));
  }) as FakeGetJson;
  getJson.urls = urls;
  return getJson;
}

/** Exact to the last few bits: the expected value is computed by the formula, not copied from output. */
export const closeTo = (expected: number): [number, number] => [expected, Math.abs(expected) * 1e-12];

/** A plain copy of a null-prototype table, for deep equality and readable diffs. */
export const plain = (table: Record<string, number> | undefined) => (table ? { ...table } : undefined);
