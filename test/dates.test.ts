/**
 * Dates on screen in time zones west (New York: UTC−4 in August, −5 in January) and east
 * (Almaty: UTC+5) of UTC, set on the test page through web-test-runner.config.mjs's
 * `emulate-time-zone` command: a publication date names a day, which must read the same
 * everywhere; an instant is shown in the reader's own clock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { formatDate } from '../src/format.js';
import type { FxTicker } from '../src/fx-ticker.js';
import { canEmulateTimeZone, describeWhere, NO_TIME_ZONE_EMULATION } from './helpers/engine.js';
import { FEED } from './helpers/ticker.js';

const setTimeZone = (timeZone?: string) => executeServerCommand('emulate-time-zone', { timeZone });

/** The local clock time of 2025-08-13T09:30:00Z in each zone, read off a world clock. */
const HALF_PAST_NINE_UTC: Record<string, string> = {
  'America/New_York': 'Aug 13, 2025, 5:30 AM',
  'Asia/Almaty': 'Aug 13, 2025, 2:30 PM',
};
/** The same, written in Kazakh from the element's own table (src/i18n.ts DATES). */
const HALF_PAST_NINE_UTC_KAZAKH: Record<string, string> = {
  'America/New_York': '2025 ж. 13 там., 05:30',
  'Asia/Almaty': '2025 ж. 13 там., 14:30',
};

async function statusFor(asOf: string): Promise<string> {
  const el = await fixture<FxTicker>(html`<fx-ticker source="none" locale="en-US" .rates=${{ ...FEED, asOf }}></fx-ticker>`);
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[part="status"]')!.textContent.replace(/\s+/g, ' ').trim();
}

for (const zone of Object.keys(HALF_PAST_NINE_UTC)) {
  describeWhere(canEmulateTimeZone, NO_TIME_ZONE_EMULATION, `dates in the time zone ${zone}`, () => {
    before(() => setTimeZone(zone));
    after(() => setTimeZone());

    it('runs in that time zone, away from UTC', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      expect(new Date('2025-08-13T00:00:00Z').getTimezoneOffset()).not.to.equal(0);
    });

    for (const asOf of [
      '2025-08-13',
      '2025-08-13T00:00:00Z',
      '2025-08-13T00:00Z',
      '2025-08-13T00:00:00.000Z',
      '2025-08-13T00:00:00+00:00',
    ]) {
      it(`shows the publication day ${asOf} as that day, without a time`, async () => {
        expect(await statusFor(asOf)).to.equal('as of Aug 13, 2025');
      });
    }

    it('shows the first day of a year as that day, not the last day of the one before', async () => {
      expect(await statusFor('2025-01-01')).to.equal('as of Jan 1, 2025');
      expect(await statusFor('2025-12-31T00:00:00Z')).to.equal('as of Dec 31, 2025');
    });

    it("shows an instant in the reader's own clock", async () => {
      expect(await statusFor('2025-08-13T09:30:00Z')).to.equal(`as of ${HALF_PAST_NINE_UTC[zone]}`);
    });

    it("writes a publication day and an instant the same way in the region's own languages", () => {
      expect(formatDate('2025-08-13', 'kk')).to.equal('2025 ж. 13 там.');
      expect(formatDate('2025-01-01T00:00:00Z', 'tk')).to.equal('1 ýan 2025');
      expect(formatDate('2025-08-13T09:30:00Z', 'kk')).to.equal(HALF_PAST_NINE_UTC_KAZAKH[zone]);
    });
  });
}
