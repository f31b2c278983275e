/*
 * Stancemap embed helper: fits each Stancemap iframe on the page to its content.
 * Add once, after the iframes: <script src=".../embed.js" async></script>
 * Each iframe needs the attribute data-stancemap. Embedded, Stancemap posts
 * { type: "stancemap:resize", height } to this page whenever its height changes.
 * A message is trusted only from the window of one of those iframes (event.source;
 * not event.origin, which reads "null" for a sandboxed iframe). Plain ES2017.
 */
(() => {
  'use strict';
  const MIN_HEIGHT = 200; // px: a sane range, whatever a frame says
  const MAX_HEIGHT = 4000;

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'stancemap:resize') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height)) return;
    // Looked up on every message, so iframes added later are sized too.
    const frames = document.querySelectorAll('iframe[data-stancemap]');
    for (let i = 0; i < frames.length; i++) {
      if (event.source && frames[i].contentWindow === event.source) {
        const clamped = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
        frames[i].style.height = clamped + 'px';
        return;
      }
    }
  });
})();
