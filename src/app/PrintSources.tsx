import { useAppStore } from '../store/store-context';

/** On paper only: the debate's sources, so a handout says where every quote comes from. */
export function PrintSources() {
  const debate = useAppStore((s) => s.debate);
  if (!debate) return null;
  return (
    <section className="print-only" aria-hidden="true">
      <h2>Sources</h2>
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
          <h3>What the sources leave out</h3>
          <p>{debate.meta.notes}</p>
        </>
      )}
      <p>
        Printed from Stancemap · {debate.meta.title} · data updated {debate.meta.updated}
        {debate.meta.license && ` · ${debate.meta.license}`}
      </p>
    </section>
  );
}
