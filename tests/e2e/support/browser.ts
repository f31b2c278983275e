// Launches headless Chromium through playwright-core. Debian's chromium by default;
// set STANCEMAP_CHROME to the path of another Chrome or Chromium on other systems.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromePath(): string {
  const fromEnv = process.env.STANCEMAP_CHROME;
  if (fromEnv) return fromEnv;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian: apt-get install chromium) or set STANCEMAP_CHROME to its path.',
    );
  }
  return found;
}

/** `extraArgs`: more command-line switches, e.g. `--host-resolver-rules` for a test's own host names. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
