// A host may keep the full app out of other pages' frames, leaving only the embed view
// (`embed=1`) to be framed (docs/hosting.md, "Frames"). The setting is a meta tag in
// index.html: a build adds it with VITE_FRAMES=embed-only, or a host writes it in at
// deploy time. The header `frame-ancestors` decides who may frame the page at all; this
// decides what a frame may show.

/** The meta tag's name and the value that turns the refusal on. */
export const FRAMES_META = 'stancemap-frames';
export const EMBED_ONLY = 'embed-only';

/** Whether this page is the full app (not `embed`, from readStartup) inside a frame the host's setting refuses. */
export function refusesThisFrame(win: Window, embed: boolean): boolean {
  const setting = win.document.querySelector(`meta[name="${FRAMES_META}"]`);
  return setting?.getAttribute('content') === EMBED_ONLY && win.self !== win.top && !embed;
}
