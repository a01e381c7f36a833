import { expect } from '@open-wc/testing';
import {
  DEFAULT_SYMBOLS,
  readBase,
  readDecimals,
  readDigits,
  readDirection,
  readInterval,
  readLocale,
  readSpeed,
  readSymbols,
  readTheme,
} from '../src/options.js';

describe('attribute readers', () => {
  it('reads symbols separated by spaces and/or commas, in order, any case', () => {
    expect(readSymbols('kzt, UZS  tjs,,KGS')).to.deep.equal({ value: ['KZT', 'UZS', 'TJS', 'KGS'], invalid: false });
  });
  it('drops duplicate symbols', () => {
    expect(readSymbols('KZT KZT').value).to.deep.equal(['KZT']);
  });
  it('accepts an array of symbols', () => {
    expect(readSymbols(['kgs', 'TMT']).value).to.deep.equal(['KGS', 'TMT']);
  });
  it('keeps the good codes and flags the bad ones', () => {
    expect(readSymbols('KZT <b> DOLLARS')).to.deep.equal({ value: ['KZT'], invalid: true });
  });
  it('falls back to the five default symbols when nothing is usable', () => {
    expect(readSymbols('???')).to.deep.equal({ value: DEFAULT_SYMBOLS, invalid: true });
    expect(readSymbols('')).to.deep.equal({ value: DEFAULT_SYMBOLS, invalid: false });
    expect(readSymbols(null)).to.deep.equal({ value: DEFAULT_SYMBOLS, invalid: false });
  });

  it('reads the base', () => {
    expect(readBase('eur')).to.deep.equal({ value: 'EUR', invalid: false });
    expect(readBase('dollar')).to.deep.equal({ value: 'USD', invalid: true });
    expect(readBase(undefined)).to.deep.equal({ value: 'USD', invalid: false });
  });

  const intervals: Array<[unknown, number, boolean]> = [
    [undefined, 300, false],
    [60, 60, false],
    ['120', 120, false],
    [3, 10, false],
    [0, 300, true],
    [-5, 300, true],
    [Number.NaN, 300, true],
    ['soon', 300, true],
  ];
  for (const [raw, value, invalid] of intervals) {
    it(`interval ${String(raw)} → ${value}${invalid ? ' (invalid)' : ''}`, () => {
      expect(readInterval(raw)).to.deep.equal({ value, invalid });
    });
  }

  it('reads speed: 0 is a static list, negatives fall back', () => {
    expect(readSpeed(0)).to.deep.equal({ value: 0, invalid: false });
    expect(readSpeed(80)).to.deep.equal({ value: 80, invalid: false });
    expect(readSpeed(-1)).to.deep.equal({ value: 40, invalid: true });
    expect(readSpeed(Number.NaN)).to.deep.equal({ value: 40, invalid: true });
  });

  it('reads digits as a whole number from 1 to 21', () => {
    expect(readDigits(6)).to.deep.equal({ value: 6, invalid: false });
    expect(readDigits(0)).to.deep.equal({ value: 4, invalid: true });
    expect(readDigits(2.5)).to.deep.equal({ value: 4, invalid: true });
    expect(readDigits(99)).to.deep.equal({ value: 4, invalid: true });
  });

  it('reads decimals, unset by default', () => {
    expect(readDecimals(null)).to.deep.equal({ value: undefined, invalid: false });
    expect(readDecimals(0)).to.deep.equal({ value: 0, invalid: false });
    expect(readDecimals(5)).to.deep.equal({ value: 5, invalid: false });
    expect(readDecimals(-1)).to.deep.equal({ value: undefined, invalid: true });
    expect(readDecimals('x')).to.deep.equal({ value: undefined, invalid: true });
  });

  it('reads theme and direction', () => {
    expect(readTheme('DARK')).to.deep.equal({ value: 'dark', invalid: false });
    expect(readTheme('purple')).to.deep.equal({ value: 'auto', invalid: true });
    expect(readDirection(undefined, false).value).to.equal('left');
    expect(readDirection(undefined, true).value).to.equal('right');
    expect(readDirection('left', true).value).to.equal('left');
    expect(readDirection('up', false)).to.deep.equal({ value: 'left', invalid: true });
  });

  it('reads a locale, falling back to the nearest lang and then English', () => {
    expect(readLocale('ru', 'en')).to.deep.equal({ value: 'ru', invalid: false });
    expect(readLocale(undefined, 'kk')).to.deep.equal({ value: 'kk', invalid: false });
    expect(readLocale('not a locale!', 'de')).to.deep.equal({ value: 'de', invalid: true });
    expect(readLocale(undefined, '')).to.deep.equal({ value: 'en', invalid: false });
  });
});

describe('locales this browser may lack', () => {
  it('keeps a well-formed tag even without locale data, so the words still follow it', () => {
    expect(readLocale('ky', 'en')).to.deep.equal({ value: 'ky', invalid: false });
    expect(readLocale('tg-TJ', 'en')).to.deep.equal({ value: 'tg-TJ', invalid: false });
  });
});
