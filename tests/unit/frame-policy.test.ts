// @vitest-environment jsdom
import type { IndexHtmlTransformHook } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { EMBED_ONLY, FRAMES_META, refusesThisFrame } from '../../src/app/frame-policy';
import { framePolicy } from '../../scripts/vite-frame-policy';
import { readStartup } from '../../src/store/url-state';

function tags(setting: string | undefined) {
  const transform = framePolicy(setting).transformIndexHtml as IndexHtmlTransformHook;
  return transform.call({} as never, '', {} as never);
}

/** A window whose document may carry the setting, framed or not. */
function windowWith(meta: string | null, framed: boolean): Window {
  document.head.replaceChildren();
  if (meta !== null) {
    const tag = document.createElement('meta');
    tag.name = FRAMES_META;
    tag.content = meta;
    document.head.append(tag);
  }
  const self = {};
  return { document, self, top: framed ? {} : self } as unknown as Window;
}

describe('VITE_FRAMES, the build setting', () => {
  it('writes the meta tag only for embed-only', () => {
    expect(tags(EMBED_ONLY)).toEqual([
      { tag: 'meta', attrs: { name: FRAMES_META, content: EMBED_ONLY }, injectTo: 'head' },
    ]);
    expect(tags(undefined)).toEqual([]);
    expect(tags('any')).toEqual([]);
  });

  it('refuses a value it does not know, naming it', () => {
    expect(() => framePolicy('none')).toThrow('VITE_FRAMES=none: expected one of any, embed-only');
  });
});

describe('refusesThisFrame', () => {
  afterEach(() => document.head.replaceChildren());
  const full = readStartup('?view=matrix').embed;
  const embed = readStartup('?embed=1').embed;

  it('refuses the full app in a frame when the page carries the setting', () => {
    expect(refusesThisFrame(windowWith(EMBED_ONLY, true), full)).toBe(true);
  });

  it('lets the embed view be framed, the app run on its own, and a page without the setting do as before', () => {
    expect(refusesThisFrame(windowWith(EMBED_ONLY, true), embed)).toBe(false);
    expect(refusesThisFrame(windowWith(EMBED_ONLY, false), full)).toBe(false);
    expect(refusesThisFrame(windowWith(null, true), full)).toBe(false);
    expect(refusesThisFrame(windowWith('any', true), full)).toBe(false);
  });
});
