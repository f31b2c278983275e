import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadLazyChunks } from './lazy-chunks';
import { currentLocale, activateEnglish } from '../../src/i18n/runtime';

// Components read their text in English, as on a first visit with an English browser.
activateEnglish();

beforeAll(() => {
  // jsdom has no matchMedia. Report reduced motion, so the graph engine runs in its
  // static mode: every change settles at once, with no animation frames to wait for.
  window.matchMedia ??= (query: string) =>
    ({
      matches: query.includes('prefers-reduced-motion: reduce'),
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }) as unknown as MediaQueryList;

  // jsdom has no modal dialogs: open and close the native <dialog> by its attribute.
  const dialog = HTMLDialogElement.prototype;
  dialog.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  dialog.close ??= function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

// Lazy views then appear as soon as React asks for them, not after a compile that a
// loaded machine can stretch past Testing Library's one-second wait.
beforeAll(preloadLazyChunks, 120_000);

// findBy… and waitFor wait for the element itself, the real signal; one second is too
// short a limit for a render on a shared two-core machine (seen: 2 to 6 s under load).
// The limit only bounds a hang; a test still passes the moment its element appears.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  // A test that switched language leaves the next one in English.
  if (currentLocale() !== 'en') activateEnglish();
  delete document.documentElement.dataset.ready;
});
