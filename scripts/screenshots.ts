// npm run screenshots: serves the build and saves screenshots of the app at a
// phone, a laptop and a projector size into docs/screenshots/, to look at.
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';

const SIZES = [
  { name: 'phone-320', width: 320, height: 640 },
  { name: 'laptop-1280', width: 1280, height: 800 },
  { name: 'projector-1920', width: 1920, height: 1080 },
];
const query = process.argv[2] ?? '';
const outDir = new URL('../docs/screenshots/', import.meta.url);
await mkdir(outDir, { recursive: true });

const [browser, server] = await Promise.all([
  launchBrowser(),
  startStaticServer(new URL('../dist', import.meta.url).pathname),
]);
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    await page.goto(server.appUrl + query);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
      timeout: 15_000,
    });
    const file = new URL(
      `${size.name}${query ? '-' + query.replace(/\W+/g, '_') : ''}.png`,
      outDir,
    );
    await page.screenshot({ path: file.pathname });
    console.log(file.pathname);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
