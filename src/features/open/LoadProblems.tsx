// The alert for a failed load (first problem and count, per url-and-embed.md), the
// notice for a debate that loaded with warnings, and the list of every problem.
import { lazy, Suspense, useState } from 'react';
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const count = warnings.length;
  const imported = isImportReport(warnings);
  return (
    <div className="notice" role="status">
      <p className="notice__text">
        {imported
          ? t`Imported from another format, with a report of ${plural(count, { one: '# note', other: '# notes' })} on what was mapped, left out or guessed.`
          : t`Loaded with ${plural(count, { one: '# warning', other: '# warnings' })}: parts of the file were ignored.`}{' '}
        <button type="button" className="link-button" onClick={onShow}>
          {imported
            ? t`Show the import report`
            : plural(count, { one: 'Show the warning', other: 'Show the warnings' })}
        </button>
      </p>
      <button
        type="button"
        className="button button--quiet notice__close"
        onClick={onDismiss}
        aria-label={t`Dismiss the warnings notice`}
      >
        ✕
      </button>
    </div>
  );
}

export function LoadProblems() {
  const { t } = useLingui();
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
                ? t`Why this debate could not open`
                : isImportReport(warnings)
                  ? t`The import report`
                  : t`Warnings in this debate`
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
