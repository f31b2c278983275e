import { describe, expect, it } from 'vitest';
import type { ActorId, NodeId } from '../../src/domain/model';
import { embedSnippet, escapeAttribute } from '../../src/features/share/snippet';
import { DEFAULT_SHAREABLE } from '../../src/store/app-store';
import { stateUrl } from '../../src/store/share-url';

const PAGE = 'https://example.org/tools/stancemap/';

describe('stateUrl', () => {
  it('writes the state, keeps the parameters the app does not own, and drops the fragment', () => {
    const state = { ...DEFAULT_SHAREABLE, selected: 'belgium' as NodeId };
    expect(stateUrl(state, `${PAGE}?dataset=other&select=old#x`, { embed: false })).toBe(
      `${PAGE}?dataset=other&select=belgium`,
    );
  });

  it('adds embed=1 last for an embed, and removes it for the full app', () => {
    const state = {
      ...DEFAULT_SHAREABLE,
      view: 'compare' as const,
      compare: ['a', 'b'] as ActorId[],
    };
    expect(stateUrl(state, PAGE, { embed: true })).toBe(`${PAGE}?view=compare&compare=a,b&embed=1`);
    expect(stateUrl(state, `${PAGE}?embed=1&view=graph`, { embed: false })).toBe(
      `${PAGE}?view=compare&compare=a,b`,
    );
    expect(stateUrl(DEFAULT_SHAREABLE, `${PAGE}?embed=1`, { embed: false })).toBe(PAGE);
    expect(stateUrl(DEFAULT_SHAREABLE, PAGE, { embed: true })).toBe(`${PAGE}?embed=1`);
  });

  it('keeps a data= link, and the query as it is before a debate is loaded', () => {
    const href = `${PAGE}?data=https://example.com/d.json&select=x&embed=1`;
    expect(stateUrl(null, href, { embed: false })).toBe(
      `${PAGE}?data=https%3A%2F%2Fexample.com%2Fd.json&select=x`,
    );
    expect(new URL(stateUrl(null, href, { embed: true })).searchParams.get('data')).toBe(
      'https://example.com/d.json',
    );
  });
});

describe('the embed snippet', () => {
  it('is an iframe of the given size and the host script', () => {
    const code = embedSnippet({
      src: `${PAGE}?select=a&embed=1`,
      title: 'Stancemap: A & B',
      height: 600,
      scriptSrc: `${PAGE}embed.js`,
    });
    expect(code).toBe(
      `<iframe src="${PAGE}?select=a&amp;embed=1" title="Stancemap: A &amp; B" width="100%" height="600" style="width:100%;border:0" loading="lazy" data-stancemap></iframe>\n` +
        `<script src="${PAGE}embed.js" async></script>`,
    );
  });

  it('escapes attribute text', () => {
    expect(escapeAttribute(`"><script>alert(1)</script>&'`)).toBe(
      `&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;'`,
    );
  });
});
