// The classroom copy's page, read back as a browser reads it (jsdom's HTML parser):
// whatever the debate holds, the page has exactly its three scripts, the debate comes
// back unchanged, and the app's parts come back byte for byte (so a copy can make copies
// under the same script hash).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  classroomCopyHtml,
  copyPolicy,
  inlineableScript,
  inlineProblem,
  type CopyParts,
} from '../../src/lib/classroom-copy-html';
import { openClassroomCopy, thisClassroomCopy } from '../../src/features/offline/classroom-copy';
import { appPartsOf, copySearch, onlineAddress } from '../../src/features/offline/make-copy';
import { copyOnlineAddress } from '../../src/lib/copy-online';
import { mayRegisterServiceWorker } from '../../src/features/offline/register-service-worker';
import { createAppStore, DEFAULT_SHAREABLE } from '../../src/store/app-store';
import { smallDebate } from '../fixtures/small-debate';

const HOSTILE = '</script><script>window.__pwned = 1</script><!-- <script> </style> & "quotes"';

function parts(overrides: Partial<CopyParts> = {}): CopyParts {
  const script = inlineableScript('console.log("</script> and <!-- in a string")');
  return {
    script,
    style: 'body { color: red; }',
    policy: copyPolicy('abc='),
    debateJson: JSON.stringify(smallDebate()),
    info: { made: '2026-11-30T18:00:00.000Z', title: 'Uniforms', search: '?view=matrix' },
    ...overrides,
  };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the classroom copy page', () => {
  it('gives back the debate, the copy’s facts and the app’s parts, whatever the debate’s text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const debate = smallDebate();
        debate.meta.title = text + HOSTILE;
        const source = parts({
          debateJson: JSON.stringify(debate),
          info: { ...parts().info, title: HOSTILE + text },
        });
        const doc = parse(classroomCopyHtml(source));
        expect(doc.scripts).toHaveLength(3);
        const copy = thisClassroomCopy(doc);
        expect(copy?.info.title).toBe(HOSTILE + text);
        expect(JSON.parse(copy!.debateText)).toEqual(debate);
        expect(appPartsOf(doc)).toEqual({
          script: source.script,
          style: source.style,
          policy: source.policy,
        });
      }),
      { numRuns: 100 },
    );
  });

  it('names the debate in the page title and keeps every script but its own out by policy', () => {
    const doc = parse(classroomCopyHtml(parts()));
    expect(doc.title).toBe('Uniforms · Stancemap offline copy');
    const policy = doc
      .querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content')!;
    expect(policy).toContain("script-src 'sha256-abc='");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('refuses code or style that would end its element early', () => {
    expect(() => classroomCopyHtml(parts({ style: 'a{}</style><script>x()</script>' }))).toThrow(
      /style cannot be inlined/,
    );
    expect(() => classroomCopyHtml(parts({ script: 'x="\r"' }))).toThrow(/carriage return/);
  });

  it('is not a copy without both blocks, or with facts that are not a copy’s', () => {
    expect(thisClassroomCopy(parse('<p>Stancemap</p>'))).toBeNull();
    const broken = classroomCopyHtml(parts()).replace('"made":"', '"made":1,"x":"');
    expect(thisClassroomCopy(parse(broken))).toBeNull();
  });
});

describe('inlining the app’s code', () => {
  it('escapes closers and comment openers without changing what the code means', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const code = inlineableScript(`(${JSON.stringify(text + HOSTILE)})`);
        expect(inlineProblem(code, 'script')).toBeNull();
        expect(new Function(`return ${code}`)()).toBe(text + HOSTILE);
      }),
    );
  });
});

describe('opening a copy', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('loads its debate with the source it names, on the screen in the address', async () => {
    const store = createAppStore();
    window.history.replaceState(null, '', '/?view=timeline');
    const copy = thisClassroomCopy(
      parse(
        classroomCopyHtml(
          parts({
            info: {
              ...parts().info,
              source: {
                kind: 'url',
                host: 'debates.example',
                url: 'https://debates.example/a.json',
              },
            },
          }),
        ),
      ),
    )!;
    await openClassroomCopy(store, copy);
    const state = store.getState();
    expect(state.debate?.meta.title).toBe('Should schools require uniforms?');
    expect(state.view).toBe('timeline');
    expect(state.debateSource).toEqual({
      kind: 'url',
      host: 'debates.example',
      url: 'https://debates.example/a.json',
    });
  });

  it('opens the screen it was saved on, without where the debate came from', () => {
    const search = copySearch(
      { ...DEFAULT_SHAREABLE, view: 'matrix', theme: 'dark' },
      '?data=https://x.example/a.json&dataset=b&embed=1&lang=fr',
      'en',
    );
    expect(new URLSearchParams(search)).toEqual(
      new URLSearchParams({ lang: 'fr', view: 'matrix', theme: 'dark' }),
    );
    // The language on screen goes with it when the address does not name one.
    expect(new URLSearchParams(copySearch(DEFAULT_SHAREABLE, '', 'fa-AF')).get('lang')).toBe(
      'fa-AF',
    );
  });
});

describe('the online address a copy records, for its Share dialog', () => {
  const URL_SOURCE = { kind: 'url', host: 'x.example', url: 'https://x.example/a.json' } as const;

  it('is the hosted app with only what picks the debate', () => {
    expect(
      onlineAddress(
        'https://example.org/stancemap/?dataset=b&view=matrix&q=x#stand',
        { kind: 'bundled' },
        undefined,
      ),
    ).toBe('https://example.org/stancemap/?dataset=b');
    expect(
      onlineAddress(
        'https://example.org/stancemap/?data=https%3A%2F%2Fx.example%2Fa.json',
        URL_SOURCE,
        undefined,
      ),
    ).toBe('https://example.org/stancemap/?data=https%3A%2F%2Fx.example%2Fa.json');
  });

  it('passes from a copy to its copies, and is absent for a file or a copy that never knew it', () => {
    const recorded = 'https://example.org/stancemap/';
    expect(onlineAddress('file:///home/t/copy.html?view=matrix', URL_SOURCE, recorded)).toBe(
      recorded,
    );
    expect(onlineAddress('file:///home/t/copy.html', { kind: 'bundled' }, undefined)).toBe(
      undefined,
    );
    expect(
      onlineAddress('https://example.org/stancemap/', { kind: 'file', name: 'a.json' }, undefined),
    ).toBe(undefined);
  });

  it('is read back only when it is a web address', () => {
    const read = (online: string) =>
      copyOnlineAddress(parse(classroomCopyHtml(parts({ info: { ...parts().info, online } }))));
    expect(read('https://example.org/stancemap/?dataset=b')).toBe(
      'https://example.org/stancemap/?dataset=b',
    );
    expect(read('javascript:alert(1)')).toBeNull();
    expect(read('file:///etc/passwd')).toBeNull();
    // The hosted app is no copy at all.
    expect(copyOnlineAddress(parse('<!doctype html><title>app</title>'))).toBeUndefined();
  });
});

describe('where the service worker registers', () => {
  it('only on a page of its own over http(s)', () => {
    const page = { protocol: 'https:', embed: false, framed: false };
    expect(mayRegisterServiceWorker(page)).toBe(true);
    expect(mayRegisterServiceWorker({ ...page, protocol: 'http:' })).toBe(true);
    expect(mayRegisterServiceWorker({ ...page, protocol: 'file:' })).toBe(false);
    expect(mayRegisterServiceWorker({ ...page, embed: true })).toBe(false);
    expect(mayRegisterServiceWorker({ ...page, framed: true })).toBe(false);
  });
});
