// The alert for a failed load (first problem and count, per url-and-embed.md), the
// notice for a debate that loaded with warnings, and the list of every problem.
import { lazy, Suspense, useState } from 'react';
import type { Problem } from '../../loader/problems';
import { useAppStore } from '../../store/store-context';
import { LoadProblemsAlert } from '../../ui/LoadProblemsAlert';
// Loaded on first use: most readers never see a problem.
const ProblemsDialog = lazy(() =>
  import('./ProblemsDialog').then((m) => ({ default: m.ProblemsDialog })),
);
import './open.css';

/** An import's report starts with the note that names the format it was read as. */
const isImportReport = (warnings: readonly Problem[]) => warnings[0]?.code === 'import-mapped';

function WarningsNotice({
  warnings,
  onShow,
  onDismiss,
}: {
  warnings: readonly Problem[];
  onShow: () => void;
  onDismiss: () => void;
}) {
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  const imported = isImportReport(warnings);
  return (
    <div className="notice" role="status">
      <p className="notice__text">
        {imported
          ? `Imported from another format, with a report of ${warnings.length} notes on what was mapped, left out or guessed.`
          : `Loaded with ${count}: parts of the file were ignored.`}{' '}
        <button type="button" className="link-button" onClick={onShow}>
          {imported
            ? 'Show the import report'
            : `Show the ${warnings.length === 1 ? 'warning' : 'warnings'}`}
        </button>
      </p>
      <button
        type="button"
        className="button button--quiet notice__close"
        onClick={onDismiss}
        aria-label="Dismiss the warnings notice"
      >
        ✕
      </button>
    </div>
  );
}

export function LoadProblems() {
  const debate = useAppStore((s) => s.debate);
  const loadErrors = useAppStore((s) => s.loadErrors);
  const loadWarnings = useAppStore((s) => s.loadWarnings);
  const warnings = useAppStore((s) => s.warnings);
  const dismissLoadErrors = useAppStore((s) => s.dismissLoadErrors);
  // The list is open for one set of problems: a later load never pops it open by itself.
  const [listOpenFor, setListOpenFor] = useState<readonly Problem[] | null>(null);
  // Which warnings were dismissed: a new debate's warnings show again.
  const [dismissed, setDismissed] = useState<readonly Problem[] | null>(null);

  const failed = loadErrors.length > 0;
  const key = failed ? loadErrors : warnings;
  const listed = failed ? [...loadErrors, ...loadWarnings] : warnings;
  const showWarnings = !failed && warnings.length > 0 && dismissed !== warnings;
  return (
    <>
      <LoadProblemsAlert
        errors={loadErrors}
        keptDebate={debate !== null}
        onShowAll={() => setListOpenFor(key)}
        {...(debate ? { onDismiss: dismissLoadErrors } : {})}
      />
      {showWarnings && (
        <WarningsNotice
          warnings={warnings}
          onShow={() => setListOpenFor(key)}
          onDismiss={() => setDismissed(warnings)}
        />
      )}
      {listOpenFor !== null && (
        <Suspense fallback={null}>
          <ProblemsDialog
            title={
              failed
                ? 'Why this debate could not open'
                : isImportReport(warnings)
                  ? 'The import report'
                  : 'Warnings in this debate'
            }
            problems={listed}
            open={listOpenFor === key && listed.length > 0}
            onClose={() => setListOpenFor(null)}
          />
        </Suspense>
      )}
    </>
  );
}
