// "As of" in the graph. Graph nodes carry no dates; only events do. So the one reading
// that does not invent facts: an actor whose every event is after `at` had not yet
// entered the story as the dataset tells it (dates.ts defines "after").
import { isAfter } from './dates';
import type { ActorId, Debate } from './model';

/**
 * Actors who take part in at least one event and whose every event is after `at`: as of
 * that date they had not yet entered the story as the dataset tells it. Stances and
 * arguments carry no dates, so an actor without events is never counted as later.
 */
export function laterActorIds(debate: Debate, at: string | null): ReadonlySet<ActorId> {
  const later = new Set<ActorId>();
  if (at === null) return later;
  for (const actor of debate.actors) {
    const events = debate.index.eventsOfActor.get(actor.id) ?? [];
    if (events.length > 0 && events.every((e) => isAfter(e.date, at))) later.add(actor.id);
  }
  return later;
}
