import { problemReport } from '../../loader/problem-hints';
import type { Problem } from '../../loader/problems';
import { CopyText } from '../../ui/CopyText';
import { Dialog } from '../../ui/Dialog';
import { ProblemList } from '../../ui/ProblemList';
import { plural } from '../../lib/plural';

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
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <div className="problems">
        <p className="problems__summary">
          {[errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')]
            .filter(Boolean)
            .join(' and ')}
          {errors > 0
            ? '. Errors stop the debate from opening; warnings do not.'
            : '. Warnings do not stop the debate from opening.'}
        </p>
        {open && <CopyText text={problemReport(problems)} label="Copy all problems" />}
        <ProblemList problems={problems} />
      </div>
    </Dialog>
  );
}
