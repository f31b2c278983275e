// npm run audit-debate -- FILE…  Prints a balance report for each debate file: per issue,
// arguments and attacks by side, defeated arguments by side, stances by basis, positions
// with actors on both sides and mirror stances. Exits non-zero when a file does not load,
// an inferred stance gives no reason, or an issue's defeated arguments all sit on one
// side without the notes explaining why.
import { readFile } from 'node:fs/promises';
import { auditBalance, formatBalance } from '../src/domain/balance-audit.ts';
import { loadDebateText } from '../src/loader/load-debate.ts';
import { formatProblem } from '../src/loader/problems.ts';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run audit-debate -- FILE.json [FILE.json …]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  const result = loadDebateText(await readFile(file, 'utf8').catch(() => ''));
  if (!result.ok) {
    console.log(`${file}: does not load — ${result.errors.map(formatProblem).join('; ')}`);
    failed = true;
    continue;
  }
  const balance = auditBalance(result.debate);
  process.stdout.write(formatBalance(result.debate, balance));
  if (balance.inferredWithoutReason.length || balance.unexplainedOneSided.length) failed = true;
}
process.exit(failed ? 1 : 0);
