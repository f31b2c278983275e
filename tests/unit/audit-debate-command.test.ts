// `npm run audit-debate -- FILE…` is the command README.md and docs/authoring.md promise: it
// must run as typed, on the bundled debate and on the authors' template. The domain modules
// it imports use Lingui macros, so this spawns the real command rather than importing them.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function auditDebate(...files: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      'npm',
      ['run', '--silent', 'audit-debate', '--', ...files],
      { cwd: root },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('npm run audit-debate', () => {
  // Vite's module runner starts a compiler in a fresh process; a loaded machine needs room.
  it(
    'prints the report for the bundled debate and the template, and passes both',
    { timeout: 180_000 },
    async () => {
      const { code, stdout, stderr } = await auditDebate(
        'data/eu-taliban-returns.json',
        'data/template.json',
      );
      expect(stderr).toBe('');
      expect(stdout).toContain('# Balance audit: Talking to the Taliban about returns');
      expect(stdout).toContain('# Balance audit: Should our town open a library on Sundays?');
      expect(stdout).toContain('## Should the library open on Sundays?');
      expect(stdout).toContain(
        '| side | arguments | attacks on arguments | attacks on positions | defeated |',
      );
      expect(stdout).toContain(
        'Issues whose defeated arguments all sit on one side, unexplained in the notes: 0.',
      );
      expect(stdout).not.toContain('NOT explained');
      expect(code).toBe(0);
    },
  );

  it('fails with a message naming a file that does not load', { timeout: 180_000 }, async () => {
    const { code, stdout } = await auditDebate('data/no-such-debate.json');
    expect(stdout).toContain('data/no-such-debate.json: does not load');
    expect(code).toBe(1);
  });
});
