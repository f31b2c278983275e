// The graph's legibility rules, apart from the browser: what is drawn (progressive
// disclosure), how labels wrap and where they go, how the view fits them, how the keys
// reach every node, and the bundled debate's layout as a golden snapshot.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Debate, IssueId, NodeId } from '../../src/domain/model';
import { visibleGraph } from '../../src/domain/visible-graph';
import { NODE_TYPES } from '../../src/domain/model';
import { drawnGraph } from '../../src/graph/disclosure';
import { createLayoutEngine } from '../../src/graph/engine/layout-engine';
import { fitWithLabels } from '../../src/graph/fit';
import {
  estimateWidth,
  labelLines,
  LINE_HEIGHT,
  placeLabels,
  wrapLabel,
  type Box,
  type LabelRequest,
} from '../../src/graph/label-layout';
import { degreeOf } from '../../src/graph/layout-input';
import { rowsLayout } from '../../src/graph/rows-layout';
import { i18n } from '@lingui/core';
import { keyTarget, layoutNodesFor } from '../../src/graph/use-graph-model';
import { loadDebateText } from '../../src/loader/load-debate';

function bundled(): Debate {
  const text = readFileSync(new URL('../../data/eu-taliban-returns.json', import.meta.url), 'utf8');
  const result = loadDebateText(text);
  if (!result.ok) throw new Error('the bundled debate does not load');
  return result.debate;
}
const debate = bundled();
const all = visibleGraph(debate, {
  types: NODE_TYPES,
  hiddenActorKinds: [],
  neighbourhood: 0,
  selected: null,
});

// The folded count under a node is a message: English, as the app's first visit.
i18n.load({ en: {} });
i18n.activate('en');

describe('what the graph draws', () => {
  it('folds the arguments into their positions in the overview, with a count', () => {
    const graph = drawnGraph(debate, all, { issue: null, compact: false });
    expect(graph.nodes.some((n) => n.type === 'argument')).toBe(false);
    expect(graph.nodes.filter((n) => n.type !== 'argument')).toHaveLength(41);
    const folded = [...graph.folded.values()].reduce((a, b) => a + b, 0);
    expect(folded).toBe(debate.arguments.length);
    const shown = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => shown.has(e.source) && shown.has(e.target))).toBe(true);
  });

  it('draws one issue, its positions, arguments and actors when it is focused', () => {
    const graph = drawnGraph(debate, all, { issue: 'belgian-visas' as IssueId, compact: false });
    const ids = graph.nodes.map((n) => n.id);
    expect(ids.filter((id) => debate.index.node.get(id)?.type === 'issue')).toEqual([
      'belgian-visas',
    ]);
    expect(ids).toEqual(expect.arrayContaining(['visas-justified', 'visas-wrong', 'belgium']));
    expect(graph.nodes.some((n) => n.type === 'argument')).toBe(true);
  });

  it('opens a narrow screen on the map of issues', () => {
    const graph = drawnGraph(debate, all, { issue: null, compact: true });
    expect(graph.nodes.map((n) => n.type)).toEqual(debate.issues.map(() => 'issue'));
  });
});

describe('labels', () => {
  it('wraps at spaces, names issues in full and shortens long statements with “…”', () => {
    const lines = wrapLabel(
      'Should the EU hold technical talks with Taliban representatives?',
      26,
      6,
    );
    expect(lines.every((l) => [...l].length <= 26)).toBe(true);
    expect(lines.join(' ')).toBe(
      'Should the EU hold technical talks with Taliban representatives?',
    );
    const short = wrapLabel('one two three four five six seven eight nine ten', 10, 2);
    expect(short).toHaveLength(2);
    expect(short[1]).toMatch(/…$/);
  });

  const request = (id: string, x: number, y: number, priority = 1): LabelRequest<string> => ({
    id,
    type: 'actor',
    x,
    y,
    radius: 10,
    lines: ['Label'],
    font: 13,
    priority,
  });
  const view: Box = { x0: 0, y0: 0, x1: 400, y1: 400 };
  const nodeBox = (x: number, y: number): Box => ({
    x0: x - 10,
    y0: y - 10,
    x1: x + 10,
    y1: y + 10,
  });
  const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  it('puts a label under its node when that place is free', () => {
    const placed = placeLabels([request('a', 200, 200)], new Map([['a', nodeBox(200, 200)]]), view);
    const box = placed.get('a')!.box;
    expect(box.y0).toBeGreaterThan(200 + 10 - 3);
    expect(placed.get('a')!.anchor).toBe('middle');
  });

  it('moves a label before it hides it: above a node with another node under it', () => {
    const nodes = new Map([
      ['a', nodeBox(200, 200)],
      ['b', nodeBox(200, 228)],
    ]);
    const placed = placeLabels([request('a', 200, 200, 2)], nodes, view);
    const box = placed.get('a')!.box;
    expect(overlap(box, nodes.get('b')!)).toBe(false);
    expect(box.y1).toBeLessThanOrEqual(200);
  });

  it('never lets labels overlap each other, other nodes or the view’s edge', () => {
    const requests = Array.from({ length: 60 }, (_, i) =>
      request(`n${i}`, 20 + ((i * 37) % 360), 20 + ((i * 53) % 360), i),
    );
    const nodes = new Map(requests.map((r) => [r.id, nodeBox(r.x, r.y)]));
    const placed = [...placeLabels(requests, nodes, view)];
    expect(placed.length).toBeGreaterThan(10);
    for (const [id, { box }] of placed) {
      expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= 400 && box.y1 <= 400).toBe(true);
      for (const [other, node] of nodes) if (other !== id) expect(overlap(box, node)).toBe(false);
      for (const [other, place] of placed)
        if (other !== id) expect(overlap(box, place.box)).toBe(false);
    }
  });

  it('keeps a forced label (the selection) even where nothing is free', () => {
    const nodes = new Map([['a', nodeBox(5, 5)]]);
    const placed = placeLabels([{ ...request('a', 5, 5), forced: true }], nodes, {
      ...view,
      x1: 20,
      y1: 20,
    });
    expect(placed.has('a')).toBe(true);
  });
});

describe('fitting labels that keep their size on screen', () => {
  it('finds the largest scale at which every node and the label under it fit', () => {
    const items = [
      { x: -200, y: 0, radius: 10, labelWidth: 120, labelHeight: 2 * 13 * LINE_HEIGHT },
      { x: 200, y: 0, radius: 10, labelWidth: 120, labelHeight: 2 * 13 * LINE_HEIGHT },
    ];
    const t = fitWithLabels(items, {
      width: 400,
      height: 300,
      margin: 8,
      minScale: 0.1,
      maxScale: 2,
    });
    const left = t.x + -200 * t.k - 60;
    const right = t.x + 200 * t.k + 60;
    expect(left).toBeGreaterThanOrEqual(7.9);
    expect(right).toBeLessThanOrEqual(392.1);
    expect(right - left).toBeGreaterThan(380);
  });

  it('keeps a node’s whole touch target in view, not only its shape', () => {
    const node = { x: 0, y: 0, radius: 10, labelWidth: 0, labelHeight: 0 };
    const options = { width: 100, height: 100, margin: 0, minScale: 0.1, maxScale: 10 };
    expect(fitWithLabels([node], options).k).toBeCloseTo(5);
    expect(fitWithLabels([{ ...node, reach: 20 }], options).k).toBeCloseTo(2.5);
  });
});

describe('every node by keyboard', () => {
  it('reaches every drawn node with ] alone, and every issue with Page Down', () => {
    for (const issue of [null, ...debate.issues.map((i) => i.id)]) {
      const graph = drawnGraph(debate, all, { issue, compact: false });
      const placed = (id: NodeId) => ({
        id,
        type: 'actor' as const,
        radius: 1,
        room: 1,
        x: 0,
        y: 0,
      });
      const seen = new Set<NodeId>();
      let at = graph.nodes[0]!.id;
      for (let i = 0; i < graph.nodes.length; i++) {
        seen.add(at);
        at = keyTarget(']', at, graph, placed)!;
      }
      expect(seen.size).toBe(graph.nodes.length);
      const issues = new Set<NodeId>();
      at = graph.nodes[0]!.id;
      for (let i = 0; i < 10; i++) issues.add((at = keyTarget('PageDown', at, graph, placed)!));
      expect(issues.size).toBe(graph.nodes.filter((n) => n.type === 'issue').length);
    }
  });
});

describe('an issue’s focus names its issue, positions and actors in full', () => {
  const talks = 'talks-with-taliban' as IssueId;
  const focus = drawnGraph(debate, all, { issue: talks, compact: false });

  it('wraps them onto as many lines as they take, and shortens arguments only', () => {
    for (const node of focus.nodes) {
      const { lines } = labelLines(node, 0, undefined, true);
      if (node.type === 'argument') continue;
      expect(lines.join(' ')).toBe(node.shortLabel.trim().split(/\s+/).join(' '));
    }
    const long = focus.nodes.find((n) => n.type === 'position' && n.shortLabel.length > 100)!;
    expect(labelLines(long).lines.join(' ')).toMatch(/…$/);
    expect(labelLines(long, 0, undefined, true).lines.join(' ')).not.toMatch(/…/);
  });

  describe('on a narrow screen, as rows to read down', () => {
    const narrow = drawnGraph(debate, all, { issue: talks, compact: true });
    const rows = () =>
      rowsLayout(
        narrow,
        () => 12,
        (id) => (debate.index.node.get(id)?.type === 'position' ? 80 : 16),
      );

    it('puts the issue on top, each position under it and each actor under its position', () => {
      const { points, edges, height, stances, parents, trunks } = rows();
      expect(rows()).toEqual({ points, edges, height, stances, parents, trunks });
      const at = (id: string) => points.get(id as NodeId)!;
      expect(points.size).toBe(narrow.nodes.length);
      const positions = narrow.nodes.filter((n) => n.type === 'position');
      const actors = narrow.nodes.filter((n) => n.type === 'actor');
      // One column per kind, indented: issue, positions, actors.
      expect(new Set(positions.map((p) => at(p.id).x)).size).toBe(1);
      expect(new Set(actors.map((a) => at(a.id).x)).size).toBe(1);
      expect(at(talks).x).toBeLessThan(at(positions[0]!.id).x);
      expect(at(positions[0]!.id).x).toBeLessThan(at(actors[0]!.id).x);
      // Rows never share a height, and the picture is as tall as they are.
      const ys = [...points.values()].map((p) => p.y).sort((a, b) => a - b);
      expect(new Set(ys).size).toBe(ys.length);
      expect(ys[0]).toBe(at(talks).y);
      expect(height).toBeGreaterThan(ys.at(-1)!);
      // Each actor is drawn with one link, to the position it holds, which stands above it.
      for (const actor of actors) {
        const links = edges.filter((e) => e.source === actor.id || e.target === actor.id);
        expect(links).toHaveLength(1);
        const link = links[0]!;
        const position = link.source === actor.id ? link.target : link.source;
        expect(at(position).y).toBeLessThan(at(actor.id).y);
        // The one it holds most: for, when it is for any of them.
        const holdsOne = narrow.edges.some(
          (e) => (e.source === actor.id || e.target === actor.id) && e.stance === 'for',
        );
        if (holdsOne) expect(link.stance).toBe('for');
        // Its row says how it holds that position: an opponent never reads as a holder.
        expect(stances.get(actor.id)).toBe(link.stance);
      }
      expect([...stances.values()]).toContain('against');
    });

    it('draws its links as a tree: a trunk down from each parent to its lowest row', () => {
      const { points, edges, parents, trunks } = rows();
      const y = (id: NodeId) => points.get(id)!.y;
      // Every link hangs a lower row from the one it names as its parent.
      for (const edge of edges) {
        const child = parents.get(edge.source) === edge.target ? edge.source : edge.target;
        const parent = parents.get(child)!;
        expect([edge.source, edge.target]).toContain(parent);
        expect(y(parent)).toBeLessThan(y(child));
      }
      // One trunk a parent, reaching its lowest row; a trunk takes its links' look when
      // they share one (the issue's answers), and is neutral when they differ.
      expect(new Set(trunks.map((t) => t.parent))).toEqual(new Set(parents.values()));
      for (const trunk of trunks) {
        const children = [...parents].filter(([, p]) => p === trunk.parent).map(([c]) => c);
        expect(y(trunk.last)).toBe(Math.max(...children.map(y)));
      }
      expect(trunks.find((t) => t.parent === talks)?.kind).toBe('answers');
      expect(trunks.map((t) => t.kind)).toContain('trunk');
    });

    it('keeps every position’s link to its issue', () => {
      const answers = rows().edges.filter((e) => e.type === 'answers');
      expect(answers).toHaveLength(narrow.nodes.filter((n) => n.type === 'position').length);
    });
  });
});

describe('the bundled debate’s layout', () => {
  const layout = (issue: IssueId | null) => {
    const graph = drawnGraph(debate, all, { issue, compact: false });
    const engine = createLayoutEngine({ animate: false });
    engine.setGraph(layoutNodesFor(debate, graph, degreeOf(graph), issue !== null), graph.edges, {
      aspect: 1.5,
    });
    engine.settle();
    return Object.fromEntries(
      engine.nodes().map((n) => [n.id, `${Math.round(n.x) + 0} ${Math.round(n.y) + 0}`]),
    );
  };

  it('is the same picture every time (golden snapshot)', () => {
    const overview = layout(null);
    expect(layout(null)).toEqual(overview);
    expect(overview).toMatchSnapshot('overview');
    expect(layout('safeguards' as IssueId)).toMatchSnapshot('safeguards');
  });

  it('measures text the same way for layout and placement', () => {
    expect(estimateWidth('abc', 10, 700)).toBeGreaterThan(estimateWidth('abc', 10, 500));
  });
});
