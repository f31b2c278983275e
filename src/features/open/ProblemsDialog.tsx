import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { problemReport } from '../../loader/problem-hints';
import type { Problem } from '../../loader/problems';
import { CopyText } from '../../ui/CopyText';
import { Dialog } from '../../ui/Dialog';
import { ProblemList } from '../../ui/ProblemList';

/** Every problem of a load, with hints, and a copy of them all for the author. */
export function ProblemsDialog({
  title,
  problems,
  open,
  onClose,
}: {
  title: string;
  problems: readonly Problem[];
  open: boolean;
  onClose: () => void;
}) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const { t } = useLingui();
  const errorCount = plural(errors, { one: '# error', other: '# errors' });
  const warningCount = plural(warnings, { one: '# warning', other: '# warnings' });
  const counts =
    errors && warnings
      ? t`${errorCount} and ${warningCount}.`
      : errors
        ? t`${errorCount}.`
        : t`${warningCount}.`;
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <div className="problems">
        <p className="problems__summary">
          {counts}{' '}
          {errors > 0
            ? t`Errors stop the debate from opening; warnings do not.`
            : t`Warnings do not stop the debate from opening.`}
        </p>
        {open && <CopyText text={problemReport(problems)} label={t`Copy all problems`} />}
        <ProblemList problems={problems} />
      </div>
    </Dialog>
  );
}
