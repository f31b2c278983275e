// Which ?data= links the app follows: https: anywhere (or only the listed hosts), paths
// on its own site, this computer only where the build allows it (plain http: too); never
// javascript:, data: or the like.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDataLink,
  hostAllowed,
  isLoopback,
  parseHostList,
} from '../../src/loader/debate-source';

const PAGE = 'https://maps.example.net/stancemap/?data=x';
const anyHost = { pageUrl: PAGE, allowedHosts: [] };
const withLoopback = { ...anyHost, allowLoopback: true };

describe('checkDataLink', () => {
  it.each([
    [
      'https://example.org/debates/school.json',
      'https://example.org/debates/school.json',
      'example.org',
    ],
    [
      '  https://Example.ORG:8443/a.json#frag ',
      'https://example.org:8443/a.json',
      'example.org:8443',
    ],
    [
      'data/template.json',
      'https://maps.example.net/stancemap/data/template.json',
      'maps.example.net',
    ],
    ['/other/debate.json', 'https://maps.example.net/other/debate.json', 'maps.example.net'],
    // A look-alike host is shown as the browser reads it, in punycode.
    ['https://exаmple.org/x.json', 'https://xn--exmple-4nf.org/x.json', 'xn--exmple-4nf.org'],
  ])('opens %s', (link, url, host) => {
    expect(checkDataLink(link, anyHost)).toEqual({ ok: true, url, host });
  });

  it.each([
    ['javascript:alert(1)', /never opened/],
    ['JaVaScRiPt:alert(1)', /never opened/],
    ['data:application/json,{"format":"debate-graph"}', /never opened/],
    ['blob:https://example.org/1234', /never opened/],
    ['file:///etc/passwd', /never opened/],
    ['ftp://example.org/x.json', /never opened/],
    ['http://example.org/x.json', /plain http:/],
    ['https://trusted.org@evil.example/x.json', /user name or password/],
    ['https://user:pw@example.org/x.json', /user name or password/],
    ['', /empty/],
    ['   ', /empty/],
    ['https://', /not a web address/],
    [`https://example.org/${'a'.repeat(3000)}`, /at most 2048/],
  ])('refuses %s', (link, message) => {
    const result = checkDataLink(link, anyHost);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('bad-link');
    expect(result.problem.message).toMatch(message);
  });

  it.each([
    'http://localhost:5173/data/x.json',
    'http://127.0.0.1/x.json',
    'https://127.0.0.1:8443/x.json',
    'http://[::1]:8080/x.json',
    'http://app.localhost/x.json',
    'http://127.1.2.3/x.json',
    'http://0.0.0.0:80/x.json',
  ])('refuses %s on the reader’s own machine, unless the build allows it', (link) => {
    const refused = checkDataLink(link, anyHost);
    expect(refused.ok === false && refused.problem.message).toMatch(/on the reader's own computer/);
    expect(checkDataLink(link, withLoopback).ok).toBe(true);
  });

  it('opens a path on its own site when the app itself is served from this machine', () => {
    const rules = { pageUrl: 'http://127.0.0.1:4173/', allowedHosts: [] };
    expect(checkDataLink('data/template.json', rules)).toEqual({
      ok: true,
      url: 'http://127.0.0.1:4173/data/template.json',
      host: '127.0.0.1:4173',
    });
    expect(checkDataLink('http://localhost:4173/data/template.json', rules).ok).toBe(false);
  });

  it('tells loopback hosts from look-alikes', () => {
    expect(['localhost', 'LOCALHOST', 'x.localhost', '127.0.0.1', '[::1]'].every(isLoopback)).toBe(
      true,
    );
    expect(
      ['localhost.example', '127.0.0.1.example', '128.0.0.1', 'example.org'].some(isLoopback),
    ).toBe(false);
  });

  it('knows this machine however a link spells it: a trailing dot, IPv6, numbers', () => {
    const spellings = [
      'https://localhost./x.json',
      'https://LOCALHOST..:8443/x.json',
      'https://app.localhost./x.json',
      'https://127.1/x.json',
      'https://0x7f000001/x.json',
      'https://2130706433/x.json',
      'https://0/x.json',
      'https://[::]/x.json',
      'https://[0:0:0:0:0:0:0:1]/x.json',
      'https://[::ffff:127.0.0.1]/x.json',
      'https://[::ffff:0.0.0.0]/x.json',
      'https://[::127.0.0.1]/x.json',
    ];
    const rules = { pageUrl: 'https://stancemap.example/', allowedHosts: [] };
    for (const link of spellings) {
      expect(isLoopback(new URL(link).hostname), link).toBe(true);
      const check = checkDataLink(link, rules);
      expect(check.ok, link).toBe(false);
      if (!check.ok) expect(check.problem.message, link).toContain("reader's own computer");
    }
    // Look-alikes that are other machines.
    for (const link of ['https://[::ffff:8.8.8.8]/x.json', 'https://[fe80::1]/x.json'])
      expect(isLoopback(new URL(link).hostname), link).toBe(false);
  });

  it('resolves relative links against an http: page as same-origin', () => {
    const rules = { pageUrl: 'http://intranet.school/stancemap/', allowedHosts: [] };
    expect(checkDataLink('debates/a.json', rules)).toMatchObject({
      ok: true,
      host: 'intranet.school',
    });
    expect(checkDataLink('http://other.school/a.json', rules).ok).toBe(false);
  });

  it('keeps to the allowed hosts when a build lists them, and always allows its own site', () => {
    const rules = { pageUrl: PAGE, allowedHosts: parseHostList(' example.org, *.news.example ,') };
    expect(checkDataLink('https://example.org/a.json', rules).ok).toBe(true);
    expect(checkDataLink('https://data.news.example/a.json', rules).ok).toBe(true);
    expect(checkDataLink('data/a.json', rules).ok).toBe(true);
    const refused = checkDataLink('https://evil.example/a.json', rules);
    expect(refused.ok === false && refused.problem.code).toBe('host-not-allowed');
    expect(checkDataLink('https://news.example.evil.example/a.json', rules).ok).toBe(false);
    expect(checkDataLink('https://sub.example.org/a.json', rules).ok).toBe(false);
  });

  it('never throws, and accepts only https: elsewhere, this site, or this computer if allowed', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true })),
        fc.constantFrom(PAGE, 'http://127.0.0.1:4000/app/', 'about:blank'),
        fc.boolean(),
        (link, pageUrl, allowLoopback) => {
          const result = checkDataLink(link, { pageUrl, allowedHosts: [], allowLoopback });
          if (!result.ok) return result.problem.message.length > 0;
          const url = new URL(result.url);
          if (url.origin === new URL(pageUrl).origin) return true;
          if (isLoopback(url.hostname)) return allowLoopback;
          return url.protocol === 'https:';
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the host list', () => {
  it('reads a comma-separated build setting', () => {
    expect(parseHostList(undefined)).toEqual([]);
    expect(parseHostList('')).toEqual([]);
    expect(parseHostList('A.org, b.org')).toEqual(['a.org', 'b.org']);
  });

  it('allows any host when empty', () => {
    expect(hostAllowed('anything.example', [])).toBe(true);
    expect(hostAllowed('EXAMPLE.org', ['example.org'])).toBe(true);
  });
});
