// docs/hosting.md tells hosts to send the build's Content-Security-Policy as a header:
// the two must not drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite-csp';

const doc = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');

describe('docs/hosting.md', () => {
  it('gives the build’s policy as a header, with frame-ancestors, minus local hosts', () => {
    const header = doc.match(/^Content-Security-Policy: (.+)$/m)?.[1];
    expect(header).toBeDefined();
    const documented = header!.split('; ');
    const built = CONTENT_SECURITY_POLICY.split('; ').map((directive) =>
      directive.replace(/ http:\/\/(localhost|127\.0\.0\.1):\*/g, ''),
    );
    expect(documented).toEqual([...built, 'frame-ancestors *']);
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
