// VITE_FRAMES=embed-only when building: the full app refuses to run inside a frame and
// only the embed view (embed=1) may be framed (src/app/frame-policy.ts, docs/hosting.md).
// The build writes the setting into index.html as a meta tag, which a host may also add
// or remove at deploy time without building again.
import type { Plugin } from 'vite';
import { EMBED_ONLY, FRAMES_META } from '../src/app/frame-policy.ts';

/** The values VITE_FRAMES may take; unset (or "any") leaves frames to frame-ancestors alone. */
const FRAME_SETTINGS = ['any', EMBED_ONLY];

export function framePolicy(setting: string | undefined): Plugin {
  const value = setting || 'any';
  if (!FRAME_SETTINGS.includes(value))
    throw new Error(`VITE_FRAMES=${value}: expected one of ${FRAME_SETTINGS.join(', ')}`);
  return {
    name: 'stancemap-frame-policy',
    apply: 'build',
    transformIndexHtml: () =>
      value === EMBED_ONLY
        ? [{ tag: 'meta', attrs: { name: FRAMES_META, content: EMBED_ONLY }, injectTo: 'head' }]
        : [],
  };
}
