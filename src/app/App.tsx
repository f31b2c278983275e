import { useEffect } from 'react';
import { DebateOverview } from '../features/overview/DebateOverview';
import { useAppStore } from '../store/store-context';
import { LoadProblemsAlert } from '../ui/LoadProblemsAlert';

/** Tells tests and embedders the first screen is drawn (url-and-embed.md, test hooks). */
function useReadyHook(drawn: boolean) {
  useEffect(() => {
    if (drawn) document.documentElement.dataset.ready = 'true';
  }, [drawn]);
}

export function App() {
  const debate = useAppStore((s) => s.debate);
  const status = useAppStore((s) => s.status);
  const loadErrors = useAppStore((s) => s.loadErrors);
  useReadyHook(debate !== null);

  return (
    <div className="app">
      <header className="app__header">
        <p className="app__brand">Stancemap</p>
        {debate && <h1 className="app__title">{debate.meta.title}</h1>}
      </header>
      <main className="app__main">
        <LoadProblemsAlert errors={loadErrors} keptDebate={debate !== null} />
        {status === 'loading' && (
          <p role="status" className="app__loading">
            Loading the debate…
          </p>
        )}
        {debate && (
          <>
            <p className="app__summary">{debate.meta.summary}</p>
            <DebateOverview debate={debate} />
          </>
        )}
      </main>
    </div>
  );
}
