import { expect } from '@open-wc/testing';
import { fillLink, isSafeLinkTemplate } from '../src/links.js';

describe('fillLink', () => {
  it('replaces {symbol} and {base}', () => {
    expect(fillLink('/markets/{symbol}-{base}', 'KGS', 'USD')).to.equal('/markets/KGS-USD');
  });

  it('replaces every occurrence, in query strings and fragments too', () => {
    expect(fillLink('https://news.example/fx?c={symbol}&b={base}#{symbol}', 'KZT', 'EUR')).to.equal(
      'https://news.example/fx?c=KZT&b=EUR#KZT',
    );
  });

  it('URL-encodes what it puts in', () => {
    expect(fillLink('/q/{symbol}?b={base}', 'a/b?c&d', 'x y#"<')).to.equal('/q/a%2Fb%3Fc%26d?b=x%20y%23%22%3C');
  });

  it('leaves the rest of the template, other braces included, as written', () => {
    expect(fillLink('/markets/{SYMBOL}/{currency}/{symbol}', 'KGS', 'USD')).to.equal('/markets/{SYMBOL}/{currency}/KGS');
  });
});

describe('isSafeLinkTemplate', () => {
  const allowed = [
    '/markets/{symbol}-{base}',
    'markets/{symbol}',
    '../fx/{symbol}.html',
    '?currency={symbol}',
    '#{symbol}',
    '//cdn.news.example/fx/{symbol}',
    'https://news.example/markets/{symbol}-{base}',
    'HTTP://news.example/{symbol}',
    '  https://news.example/{symbol}  ',
  ];
  for (const template of allowed) {
    it(`allows ${JSON.stringify(template)}`, () => {
      expect(isSafeLinkTemplate(template)).to.equal(true);
    });
  }

  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)//{symbol}',
    'java\tscript:alert(1)',
    '\njavascript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:desk@news.example?subject={symbol}',
    'ftp://news.example/{symbol}',
    'file:///etc/passwd',
    'blob:https://news.example/uuid',
    'http://[bad',
  ];
  for (const template of refused) {
    it(`refuses ${JSON.stringify(template)}`, () => {
      expect(isSafeLinkTemplate(template)).to.equal(false);
    });
  }
});
