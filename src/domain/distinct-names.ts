// Actors that share a display name must still be told apart wherever a reader picks or
// compares them: a shared name gets the actor's kind, and where the kind is shared too,
// its id (ids are unique within a debate).
import type { ActorId, ActorNode } from './model';

function counts(values: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const v of values) seen.set(v, (seen.get(v) ?? 0) + 1);
  return seen;
}

/**
 * Each actor's label (by `nameOf`, the full name by default), followed by "(kind)" or
 * "(kind, id)" when another actor of `actors` has the same label.
 */
export function distinctActorNames(
  actors: readonly ActorNode[],
  nameOf: (actor: ActorNode) => string = (a) => a.name,
): ReadonlyMap<ActorId, string> {
  const names = counts(actors.map(nameOf));
  const kinds = counts(actors.map((a) => `${nameOf(a)}\u0000${a.actorKind}`));
  return new Map(
    actors.map((a) => {
      const name = nameOf(a);
      if (names.get(name)! < 2) return [a.id, name];
      const kindShared = kinds.get(`${name}\u0000${a.actorKind}`)! > 1;
      return [a.id, `${name} (${kindShared ? `${a.actorKind}, ${a.id}` : a.actorKind})`];
    }),
  );
}
