import { Trans } from '@lingui/react/macro';
import { useAppStore } from '../store/store-context';

/** On paper only: the debate's sources, so a handout says where every quote comes from. */
export function PrintSources() {
  const debate = useAppStore((s) => s.debate);
  if (!debate) return null;
  return (
    <section className="print-only" aria-hidden="true">
      <h2>
        <Trans>Sources</Trans>
      </h2>
      <ol>
        {debate.sources.map((source) => (
          <li key={source.id}>
            {source.title}
            {source.publisher && `, ${source.publisher}`}
            {source.date && ` (${source.date})`}
            {source.url && ` — ${source.url}`}
          </li>
        ))}
      </ol>
      {debate.meta.notes && (
        <>
          <h3>
            <Trans>What the sources leave out</Trans>
          </h3>
          <p>{debate.meta.notes}</p>
        </>
      )}
      <p>
        <Trans>
          Printed from Stancemap · <bdi>{debate.meta.title}</bdi> · data updated{' '}
          {debate.meta.updated}
        </Trans>
        {debate.meta.license && ` · ${debate.meta.license}`}
      </p>
    </section>
  );
}
