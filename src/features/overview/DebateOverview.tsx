// The first screen: the debate in plain lists — its actors, and each issue with its
// positions. Simple, complete and readable by anyone, with or without the graph.
import type { Debate } from '../../domain/model';

export function DebateOverview({ debate }: { debate: Debate }) {
  return (
    <div className="overview">
      <section aria-labelledby="overview-issues" className="overview__section">
        <h2 id="overview-issues">Issues and positions</h2>
        <ol className="overview__issues">
          {debate.issues.map((issue) => (
            <li key={issue.id} className="card">
              <h3>{issue.question}</h3>
              <p>{issue.summary}</p>
              <ul aria-label={`Positions on: ${issue.question}`} className="overview__positions">
                {(debate.index.positionsOfIssue.get(issue.id) ?? []).map((position) => (
                  <li key={position.id}>{position.statement}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="overview-actors" className="overview__section">
        <h2 id="overview-actors">Actors</h2>
        <ul className="overview__actors">
          {debate.actors.map((actor) => (
            <li key={actor.id} className="card">
              <h3>
                {actor.name} <span className="tag">{actor.actorKind}</span>
              </h3>
              <p>{actor.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
