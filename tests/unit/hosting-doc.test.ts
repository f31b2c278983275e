// docs/hosting.md tells hosts to send the build's Content-Security-Policy as a header:
// the two must not drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, policyFor } from '../../scripts/vite-csp';
import { EMBED_ONLY, FRAMES_META } from '../../src/app/frame-policy';

const doc = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');

describe('docs/hosting.md', () => {
  it('gives the build’s policy as a header, with frame-ancestors naming the publisher’s sites', () => {
    const header = doc.match(/^Content-Security-Policy: (.+)$/m)?.[1];
    expect(header).toBeDefined();
    const documented = header!.split('; ');
    expect(documented.slice(0, -1)).toEqual(CONTENT_SECURITY_POLICY.split('; '));
    expect(documented.at(-1)).toMatch(/^frame-ancestors 'self' https:\/\/\S+/);
    expect(documented.at(-1)).not.toContain('*;');
  });

  it('keeps this machine out of a default build’s policy, and documents the setting that allows it', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(policyFor({ allowLoopback: true })).toContain(
      "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
    );
    expect(doc).toContain('VITE_ALLOW_LOOPBACK_DATA=1');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
  });

  it('documents the setting that keeps the full app out of frames, as the build writes it', () => {
    expect(doc).toContain('VITE_FRAMES=embed-only');
    expect(doc).toContain(`<meta name="${FRAMES_META}" content="${EMBED_ONLY}">`);
  });

  it('documents the host script’s range and the embed parameter', () => {
    expect(doc).toContain('embed=1');
    expect(doc).toContain('between 200 and 4,000 px');
    const script = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
    expect(script).toMatch(/MIN_HEIGHT = 200\b/);
    expect(script).toMatch(/MAX_HEIGHT = 4000\b/);
    expect(Buffer.byteLength(script)).toBeLessThan(2048);
  });
});
