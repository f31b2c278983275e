import { describe, expect, it } from 'vitest';
import { distinctActorNames } from '../../src/domain/distinct-names';
import type { ActorId, ActorNode } from '../../src/domain/model';

const actor = (id: string, name: string, actorKind: string, shortLabel = name) =>
  ({ id: id as ActorId, name, shortLabel, actorKind }) as ActorNode;

describe('distinctActorNames', () => {
  it('keeps unique names, adds the kind to a shared name, and the id when the kind is shared too', () => {
    const names = distinctActorNames([
      actor('a', 'Council', 'body'),
      actor('b', 'Council', 'group'),
      actor('c', 'Council', 'group'),
      actor('d', 'Parents', 'group'),
    ]);
    expect([...names.values()]).toEqual([
      'Council (body)',
      'Council (group, b)',
      'Council (group, c)',
      'Parents',
    ]);
    expect(new Set(names.values()).size).toBe(4);
  });

  it('reads any label, e.g. short names', () => {
    const names = distinctActorNames(
      [
        actor('a', 'City council', 'body', 'Council'),
        actor('b', 'Student council', 'group', 'Council'),
      ],
      (a) => a.shortLabel,
    );
    expect([...names.values()]).toEqual(['Council (body)', 'Council (group)']);
  });
});
