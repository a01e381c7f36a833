import { expect } from '@open-wc/testing';
import { isUsableRate } from '../../src/snapshot.js';
import { readNumber } from '../../src/providers/shared.js';

describe('readNumber', () => {
  const readable: Array<[unknown, number]> = [
    [87.45, 87.45],
    [-16.5, -16.5],
    ['139.40', 139.4],
    ['-0.19', -0.19],
    ['+0.14', 0.14],
    ['75,5273', 75.5273],
    ['12 194,21', 12194.21],
    ['12\u00a0194,21', 12194.21],
    ['12\u202f194,21', 12194.21],
    ["12'194.21", 12194.21],
    ['  3.5  ', 3.5],
    ['10000', 10000],
    ['1e-4', 0.0001],
    ['.5', 0.5],
    ['0', 0],
  ];
  for (const [input, expected] of readable) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
      expect(readNumber(input)).to.equal(expected);
    });
  }

  const unreadable: unknown[] = [
    '',
    ' ',
    'abc',
    '12abc',
    '0x10',
    'Infinity',
    'NaN',
    '1,2,3',
    '1.2.3',
    // Both separators: which one groups is a guess no provider here needs, so it is refused.
    '12,194.21',
    '12.194,21',
    '-',
    '.',
    NaN,
    Infinity,
    -Infinity,
    null,
    undefined,
    true,
    {},
    [],
    ['1'],
    '1'.repeat(100),
  ];
  for (const input of unreadable) {
    it(`reads ${typeof input === 'string' ? JSON.stringify(input) : String(input)} as NaN, which no rate check accepts`, () => {
      expect(readNumber(input)).to.be.NaN;
      expect(isUsableRate(readNumber(input))).to.equal(false);
    });
  }
});

describe('readNumber, checked as a rate or a nominal', () => {
  const cases: Array<[unknown, number | undefined]> = [
    ['100', 100],
    ['18,5774', 18.5774],
    [0, undefined],
    ['0,00', undefined],
    [-3, undefined],
    ['-0.19', undefined],
    ['x', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected === undefined ? 'no usable rate' : expected}`, () => {
      const number = readNumber(input);
      expect(isUsableRate(number) ? number : undefined).to.equal(expected);
    });
  }
});
