import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startNetwork } from './helpers/network.js';

describe('msw in the test browser', () => {
  before(() => startNetwork(http.get('https://example.test/rates.json', () => HttpResponse.json({ ok: 1 }))));
  it('answers fetches at the HTTP level', async () => {
    const res = await fetch('https://example.test/rates.json');
    expect(await res.json()).to.deep.equal({ ok: 1 });
  });
});
