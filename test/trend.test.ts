import { expect } from '@open-wc/testing';
import type { HistoryPoint } from '../src/snapshot.js';
import { TREND_HEIGHT, TREND_WIDTH, trendOf } from '../src/trend.js';

/** The polyline's points as numbers. */
const xy = (points: string) => points.split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);
const day = (n: number) => new Date(Date.UTC(2025, 6, 14 + n)).toISOString().slice(0, 10);
const series = (...rates: number[]): HistoryPoint[] => rates.map((rate, i) => [day(i), rate]);

describe('trendOf', () => {
  it('draws nothing for no history, an empty one or a single point', () => {
    expect(trendOf(undefined, false)).to.equal(undefined);
    expect(trendOf([], false)).to.equal(undefined);
    expect(trendOf(series(87.45), false)).to.equal(undefined);
    expect(trendOf(series(87.45), true)).to.equal(undefined);
  });

  it('ends lower when the shown S/BASE fell, which is when units per base rose', () => {
    // KZT per USD rose from 519.5 to 541.3: one tenge is worth fewer dollars.
    const trend = trendOf(series(519.5, 541.3), false)!;
    const [start, end] = xy(trend.points);
    expect(end[1]).to.be.greaterThan(start[1]);
    expect(trend.low).to.be.closeTo(1 / 541.3, 1e-15);
    expect(trend.high).to.be.closeTo(1 / 519.5, 1e-15);
  });

  it('with inverse follows BASE/S: ends higher when units per base rose', () => {
    const trend = trendOf(series(519.5, 541.3), true)!;
    const [start, end] = xy(trend.points);
    expect(end[1]).to.be.lessThan(start[1]);
    expect([trend.low, trend.high]).to.deep.equal([519.5, 541.3]);
  });

  it('spans the whole box with two points: first at the left edge, last at the right, extremes at the insets', () => {
    const [start, end] = xy(trendOf(series(100, 200), true)!.points);
    expect(start).to.deep.equal([0, TREND_HEIGHT - 1.5]);
    expect(end).to.deep.equal([TREND_WIDTH, 1.5]);
  });

  it('draws 30 days of points in date order, each point where its value is', () => {
    const rates = Array.from({ length: 31 }, (_, i) => 530 + 10 * Math.sin(i / 3));
    const trend = trendOf(series(...rates), true)!;
    const points = xy(trend.points);
    expect(points).to.have.length(31);
    expect(trend.days).to.equal(30);
    for (let i = 1; i < points.length; i++) expect(points[i][0]).to.be.greaterThan(points[i - 1][0]);
    // Higher values are drawn higher (smaller y), point by point.
    for (let i = 1; i < points.length; i++) {
      if (rates[i] > rates[i - 1]) expect(points[i][1], `point ${i}`).to.be.at.most(points[i - 1][1]);
      else expect(points[i][1], `point ${i}`).to.be.at.least(points[i - 1][1]);
    }
    const lowIndex = rates.indexOf(Math.min(...rates));
    expect(points[lowIndex][1]).to.equal(TREND_HEIGHT - 1.5);
  });

  it('keeps only the last 30 days of a longer history', () => {
    const rates = Array.from({ length: 45 }, (_, i) => 500 + i);
    const trend = trendOf(series(...rates), true)!;
    expect(xy(trend.points)).to.have.length(31);
    expect(trend.low).to.equal(514);
    expect(trend.days).to.equal(30);
  });

  it('places points by date, so a weekend without publications is a gap', () => {
    const history: HistoryPoint[] = [
      ['2025-08-08', 1],
      ['2025-08-11', 2],
      ['2025-08-12', 3],
    ];
    const xs = xy(trendOf(history, true)!.points).map(([x]) => x);
    expect(xs).to.deep.equal([0, 36, 48]);
  });

  it('draws a peg as a flat line along the middle, low equal to high', () => {
    const trend = trendOf(series(3.5, 3.5, 3.5, 3.5), false)!;
    expect(xy(trend.points).map(([, y]) => y)).to.deep.equal([8, 8, 8, 8].map(() => TREND_HEIGHT / 2));
    expect(trend.low).to.equal(trend.high);
  });

  it('ends at the height it started for rate-and-back', () => {
    const points = xy(trendOf(series(87.45, 88, 87.45), false)!.points);
    expect(points[2][1]).to.equal(points[0][1]);
    expect(points[1][1]).to.be.greaterThan(points[0][1]);
  });

  it('writes only finite numbers into the points, even for extreme values', () => {
    for (const rates of [
      [1e-300, 1e300],
      [1e-200, 1],
      [12521.25, 12548.71],
    ]) {
      for (const inverse of [false, true]) {
        const trend = trendOf(series(...rates), inverse);
        expect(trend, `${rates.join(' ')} ${inverse}`).to.not.equal(undefined);
        expect(trend!.points).to.match(/^[\d.]+,[\d.]+( [\d.]+,[\d.]+)*$/);
      }
    }
  });

  it('draws real data: KGS from a Frankfurter range, falling KGS/USD as som per dollar rose', () => {
    const history: HistoryPoint[] = [
      ['2025-08-11', 87.4465],
      ['2025-08-12', 87.4313],
      ['2025-08-13', 87.5],
    ];
    const trend = trendOf(history, false)!;
    const points = xy(trend.points);
    expect(points.at(-1)![1]).to.be.greaterThan(points[0][1]);
    expect(trend.days).to.equal(2);
    expect(trend.high).to.equal(1 / 87.4313);
  });
});
