// npm run validate -- FILE…  Prints every problem of each debate file with its path,
// and exits non-zero if any file has an error (warnings alone pass).
import { readFile } from 'node:fs/promises';
import { loadDebateText } from '../src/loader/load-debate.ts';
import { hintFor } from '../src/loader/problem-hints.ts';
import { formatProblem, type Problem } from '../src/loader/problems.ts';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run validate -- FILE.json [FILE.json …]');
  process.exit(2);
}

function print(file: string, problems: readonly Problem[]) {
  for (const p of problems) {
    console.log(`${file}: ${p.severity} ${p.code} ${formatProblem(p)}`);
    console.log(`    hint: ${hintFor(p)}`);
  }
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.log(`${file}: error cannot read the file (${(error as Error).message})`);
    failed = true;
    continue;
  }
  const result = loadDebateText(text);
  if (result.ok) {
    print(file, result.warnings);
    const { debate } = result;
    console.log(
      `${file}: ok — ${debate.issues.length} issues, ${debate.positions.length} positions, ${debate.actors.length} actors, ` +
        `${debate.stances.length} stances, ${debate.arguments.length} arguments` +
        (result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''),
    );
  } else {
    print(file, [...result.errors, ...result.warnings]);
    console.log(`${file}: ${result.errors.length} error(s)`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
