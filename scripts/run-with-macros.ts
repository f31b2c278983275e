// tsx scripts/run-with-macros.ts SCRIPT [ARGS…]  Runs a command-line script through Vite's
// module runner with the app's Lingui plugins. The domain modules the script may import use
// Lingui macros (msg, plural), which only the Babel preset in vite.config.ts compiles; tsx
// alone fails on them ("does not provide an export named 'msg'"). SCRIPT sees ARGS as
// process.argv.slice(2), as if it had been run on its own.
import path from 'node:path';
import { runnerImport } from 'vite';
import { i18n } from '../vite.config.ts';

const [script] = process.argv.splice(2, 1);
if (!script) {
  console.error('usage: tsx scripts/run-with-macros.ts SCRIPT.ts [ARGS…]');
  process.exit(2);
}
await runnerImport(path.resolve(script), { plugins: i18n(), logLevel: 'warn' });
