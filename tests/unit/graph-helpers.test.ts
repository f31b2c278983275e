import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/domain/model';
import { neighbourhoodOf } from '../../src/domain/neighbourhood';
import { searchNodes } from '../../src/domain/search';
import { visibleGraph } from '../../src/domain/visible-graph';
import { neighbourInDirection } from '../../src/graph/interaction/arrow-navigation';
import { loadFixture } from '../fixtures/load';

const debate = loadFixture();
const id = (s: string) => s as NodeId;

describe('arrow keys along links', () => {
  const from = { id: 'c', x: 0, y: 0 };
  const around = [
    { id: 'right', x: 100, y: 10 },
    { id: 'up', x: -5, y: -80 },
    { id: 'down-left', x: -60, y: 70 },
  ];
  it('picks the neighbour that lies in the arrow’s direction', () => {
    expect(neighbourInDirection(from, around, 'ArrowRight')).toBe('right');
    expect(neighbourInDirection(from, around, 'ArrowUp')).toBe('up');
    expect(neighbourInDirection(from, around, 'ArrowDown')).toBe('down-left');
  });
  it('still moves when nothing lies that way, and returns null with no neighbours', () => {
    expect(neighbourInDirection(from, [{ id: 'only', x: 50, y: 0 }], 'ArrowLeft')).toBe('only');
    expect(neighbourInDirection(from, [], 'ArrowLeft')).toBeNull();
  });
});

describe('finding and filtering', () => {
  it('searches names, statements and claims, ignoring case and accents, label matches first', () => {
    // Names starting with the query first, then names with it inside, then other text.
    expect(searchNodes(debate, 'UNIFORMS')).toEqual([
      'equality',
      'cost-burden',
      'uniforms',
      'cost',
      'require',
      'optional',
      'pupils',
    ]);
    expect(searchNodes(debate, 'pâŕents')).toEqual(['parents']);
    expect(searchNodes(debate, '   ')).toEqual([]);
  });

  it('finds the neighbourhood within n steps, both directions', () => {
    expect([...neighbourhoodOf(debate, id('subsidy'), 1)].sort()).toEqual([
      'cost-burden',
      'subsidy',
    ]);
    expect([...neighbourhoodOf(debate, id('subsidy'), 2)].sort()).toEqual([
      'cost-burden',
      'equality',
      'parents',
      'pupils',
      'subsidy',
    ]);
  });

  it('shows only chosen types and actor kinds, with the edges between what is shown', () => {
    const graph = visibleGraph(debate, {
      types: ['position', 'actor'],
      hiddenActorKinds: ['institution'],
      neighbourhood: 0,
      selected: null,
    });
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'require',
      'optional',
      'school-pays',
      'parents',
      'pupils',
    ]);
    expect(graph.edges.every((e) => e.type === 'stance')).toBe(true);
    expect(graph.edges).toHaveLength(3);
  });
});
