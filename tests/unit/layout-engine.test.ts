import { describe, expect, it, vi } from 'vitest';
import type { EdgeType, IssueId, NodeId } from '../../src/domain/model';
import { anchorPoints, ringRadius } from '../../src/graph/engine/anchors';
import { keepOutBox, nameAbove } from '../../src/graph/engine/name-boxes';
import {
  createLayoutEngine,
  type LayoutEngine,
  type LayoutInputEdge,
  type LayoutInputNode,
  type SimNode,
} from '../../src/graph/engine/layout-engine';

// A tiny builder for layout input: arguments cluster around the issue of what they
// target, as the app's graph builder will do.
function graphBuilder() {
  const nodes: LayoutInputNode[] = [];
  const edges: LayoutInputEdge[] = [];
  const issueOf = new Map<string, IssueId>();
  const id = (name: string) => name as NodeId;
  const edge = (source: string, target: string, type: EdgeType) =>
    edges.push({ source: id(source), target: id(target), type });
  const builder = {
    issue(name: string) {
      issueOf.set(name, name as IssueId);
      nodes.push({ id: id(name), type: 'issue', radius: 24, anchor: name as IssueId });
      return builder;
    },
    position(name: string, issue: string) {
      issueOf.set(name, issue as IssueId);
      nodes.push({ id: id(name), type: 'position', radius: 13, anchor: issue as IssueId });
      edge(name, issue, 'answers');
      return builder;
    },
    actor(name: string, radius = 12) {
      nodes.push({ id: id(name), type: 'actor', radius, anchor: null });
      return builder;
    },
    argument(name: string, relation: 'supports' | 'attacks', target: string) {
      const anchor = issueOf.get(target) ?? null;
      if (anchor !== null) issueOf.set(name, anchor);
      nodes.push({ id: id(name), type: 'argument', radius: 8, anchor });
      edge(name, target, relation);
      return builder;
    },
    stance(actor: string, position: string) {
      edge(actor, position, 'stance');
      return builder;
    },
    makes(actor: string, argument: string) {
      edge(actor, argument, 'makes');
      return builder;
    },
    memberOf(actor: string, group: string) {
      edge(actor, group, 'member-of');
      return builder;
    },
    build() {
      return { nodes: [...nodes], edges: [...edges] };
    },
  };
  return builder;
}

/** Three issues, two positions each, four actors, five arguments. */
function schoolDebate() {
  return graphBuilder()
    .issue('uniforms')
    .issue('cost')
    .issue('safety')
    .position('require', 'uniforms')
    .position('optional', 'uniforms')
    .position('school-pays', 'cost')
    .position('parents-pay', 'cost')
    .position('cameras', 'safety')
    .position('guards', 'safety')
    .actor('council', 16)
    .actor('parents', 14)
    .actor('pupils', 12)
    .actor('teachers', 12)
    .stance('council', 'require')
    .stance('council', 'school-pays')
    .stance('parents', 'optional')
    .stance('parents', 'school-pays')
    .stance('pupils', 'optional')
    .stance('pupils', 'cameras')
    .stance('teachers', 'require')
    .stance('teachers', 'guards')
    .argument('equality', 'supports', 'require')
    .argument('cost-burden', 'attacks', 'equality')
    .argument('subsidy', 'supports', 'school-pays')
    .argument('privacy', 'attacks', 'cameras')
    .argument('deterrence', 'supports', 'guards')
    .makes('council', 'equality')
    .makes('parents', 'cost-burden')
    .memberOf('pupils', 'council')
    .build();
}

const ISSUES = ['uniforms', 'cost', 'safety'] as IssueId[];
const n = (name: string) => name as NodeId;

function settled(graph = schoolDebate()): LayoutEngine {
  const engine = createLayoutEngine({ animate: false });
  engine.setGraph(graph.nodes, graph.edges);
  engine.settle();
  return engine;
}

function coordinates(engine: LayoutEngine): Record<string, [number, number]> {
  return Object.fromEntries(engine.nodes().map((d) => [d.id, [d.x, d.y]]));
}

/** `id: "x y"` rounded to whole units; `+ 0` turns -0 into 0 so a sign cannot flip. */
function rounded(engine: LayoutEngine): Record<string, string> {
  return Object.fromEntries(
    engine.nodes().map((d) => [d.id, `${Math.round(d.x) + 0} ${Math.round(d.y) + 0}`]),
  );
}

function at(engine: LayoutEngine, name: string): SimNode {
  const node = engine.node(n(name));
  if (node === undefined) throw new Error(`no node ${name}`);
  return node;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

/** A requestAnimationFrame stand-in: frames run only when the test flushes them. */
function fakeFrames() {
  const queue: { handle: number; callback: () => void }[] = [];
  let next = 1;
  const requestFrame = vi.fn((callback: () => void) => {
    queue.push({ handle: next, callback });
    return next++;
  });
  const cancelFrame = vi.fn((handle: number) => {
    const i = queue.findIndex((f) => f.handle === handle);
    if (i >= 0) queue.splice(i, 1);
  });
  /** Runs queued frames one at a time, as a browser would; returns how many ran. */
  const flush = (limit = 10_000) => {
    let ran = 0;
    for (let f = queue.shift(); f !== undefined && ran < limit; f = queue.shift()) {
      f.callback();
      ran += 1;
    }
    return ran;
  };
  return { requestFrame, cancelFrame, flush, queue };
}

/** An engine on fake frames, holding the school debate. */
function engineOnFakeFrames(animate: boolean) {
  const frames = fakeFrames();
  const engine = createLayoutEngine({ animate, ...frames });
  const graph = schoolDebate();
  engine.setGraph(graph.nodes, graph.edges);
  return { frames, engine };
}

describe('layout engine: the picture', () => {
  it('lays out a small debate the same way as the golden snapshot', () => {
    expect(rounded(settled())).toMatchSnapshot();
  });

  it('settles in parts to exactly the picture of one settle, with one frame at the end', () => {
    const graph = schoolDebate();
    const engine = createLayoutEngine({ animate: false });
    engine.setGraph(graph.nodes, graph.edges);
    const frames = vi.fn();
    engine.onFrame(frames);
    let parts = 1;
    let ticks = 0;
    // Stop after every seventh tick, as a time budget would.
    while (!engine.settleSome(() => ++ticks % 7 === 0)) parts += 1;
    expect(parts).toBeGreaterThan(10);
    expect(frames).toHaveBeenCalledTimes(1);
    expect(coordinates(engine)).toEqual(coordinates(settled(graph)));
  });

  it('puts each issue exactly on its anchor: a ring around the origin, the first at the top', () => {
    const graph = schoolDebate();
    const engine = settled(graph);
    const expected = anchorPoints(
      ISSUES,
      ringRadius(
        ISSUES.length,
        graph.nodes.map((d) => d.radius),
      ),
    );
    const ring = distance(at(engine, 'uniforms'), { x: 0, y: 0 });
    expect(ring).toBeGreaterThan(100);
    for (const issue of ISSUES) {
      const node = at(engine, issue);
      const point = expected.get(issue);
      expect(point).toBeDefined();
      expect({ x: node.x, y: node.y }).toEqual(point);
      expect(distance(node, { x: 0, y: 0 })).toBeCloseTo(ring, 6);
    }
    expect(at(engine, 'uniforms').x).toBe(0);
    expect(at(engine, 'uniforms').y).toBeCloseTo(-ring, 6);
  });

  it('never lets two nodes overlap', () => {
    const nodes = settled().nodes();
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1)) {
        expect(distance(a, b), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(a.radius + b.radius);
      }
    }
  });

  it('keeps each issue’s name box free: above an issue in the upper half, below one in the lower', () => {
    const graph = schoolDebate();
    const keepOut = { width: 160, height: 60 };
    const engine = createLayoutEngine({ animate: false });
    engine.setGraph(
      graph.nodes.map((node) => (node.type === 'issue' ? { ...node, keepOut } : node)),
      graph.edges,
    );
    engine.settle();
    for (const issue of ISSUES) {
      const box = keepOutBox(at(engine, issue));
      expect(box.y1 <= at(engine, issue).y, issue).toBe(nameAbove(at(engine, issue).y));
      for (const node of engine.nodes()) {
        if (node.id === issue) continue;
        const inside =
          node.x + node.radius > box.x0 &&
          node.x - node.radius < box.x1 &&
          node.y + node.radius > box.y0 &&
          node.y - node.radius < box.y1;
        expect(inside, `${node.id} in the name box of ${issue}`).toBe(false);
      }
    }
  });

  it('keeps every position and argument nearer its own issue than any other', () => {
    const graph = schoolDebate();
    const engine = settled(graph);
    for (const input of graph.nodes) {
      if (input.type !== 'position' && input.type !== 'argument') continue;
      const own = input.anchor;
      expect(own).not.toBeNull();
      const node = at(engine, input.id);
      const mine = distance(node, at(engine, String(own)));
      for (const other of ISSUES.filter((issue) => issue !== own)) {
        expect(mine, `${input.id} is nearer ${other}`).toBeLessThan(
          distance(node, at(engine, other)),
        );
      }
    }
  });

  it('puts positions close to their issue, arguments further out, actors inside the ring', () => {
    const graph = schoolDebate();
    const engine = settled(graph);
    const ring = distance(at(engine, 'uniforms'), { x: 0, y: 0 });
    const fromIssue = (type: string) => {
      const gaps = graph.nodes
        .filter((d) => d.type === type)
        .map((d) => distance(at(engine, d.id), at(engine, String(d.anchor))));
      return gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
    };
    expect(fromIssue('position')).toBeLessThan(ring / 2);
    expect(fromIssue('argument')).toBeGreaterThan(fromIssue('position'));
    for (const actor of ['council', 'parents', 'pupils', 'teachers']) {
      expect(distance(at(engine, actor), { x: 0, y: 0 })).toBeLessThan(ring);
    }
  });

  it('centres the picture on the origin', () => {
    const { x0, y0, x1, y1 } = settled().bounds();
    expect(x0).toBeLessThan(0);
    expect(y0).toBeLessThan(0);
    expect(x1).toBeGreaterThan(0);
    expect(y1).toBeGreaterThan(0);
  });

  it('is deterministic: two engines, the same input, the same coordinates', () => {
    const first = coordinates(settled());
    const second = coordinates(settled());
    expect(second).toEqual(first);
    expect(Object.values(first).every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(
      true,
    );
  });
});

describe('layout engine: changing the graph', () => {
  it('keeps the positions and pins of surviving nodes when the graph changes', () => {
    const engine = settled();
    engine.pin(n('pupils'), 300, 260);
    const before = coordinates(engine);
    const full = schoolDebate();
    const withoutArguments = {
      nodes: full.nodes.filter((d) => d.type !== 'argument'),
      edges: full.edges.filter((e) => e.type !== 'supports' && e.type !== 'attacks'),
    };
    engine.setGraph(withoutArguments.nodes, withoutArguments.edges);

    expect(engine.node(n('equality'))).toBeUndefined();
    expect(engine.nodes()).toHaveLength(withoutArguments.nodes.length);
    for (const node of engine.nodes()) expect([node.x, node.y]).toEqual(before[node.id]);
    expect(engine.isPinned(n('pupils'))).toBe(true);

    engine.settle();
    expect([at(engine, 'pupils').x, at(engine, 'pupils').y]).toEqual([300, 260]);
    // The issues did not move either: filtering keeps the ring.
    for (const issue of ISSUES) {
      expect([at(engine, issue).x, at(engine, issue).y]).toEqual(before[issue]);
    }
  });

  it('starts a new node next to its placed neighbour, or at its anchor', () => {
    const engine = settled();
    const graph = graphBuilder()
      .issue('uniforms')
      .issue('cost')
      .issue('safety')
      .position('require', 'uniforms')
      .argument('tradition', 'supports', 'require')
      .build();
    const full = schoolDebate();
    engine.setGraph([...full.nodes, ...graph.nodes.slice(4)], [...full.edges, ...graph.edges]);
    expect(distance(at(engine, 'tradition'), at(engine, 'require'))).toBeLessThan(20);

    const fresh = createLayoutEngine({ animate: false });
    fresh.setGraph(
      [
        { id: n('cost'), type: 'issue', radius: 24, anchor: null },
        { id: n('safety'), type: 'issue', radius: 24, anchor: null },
        { id: n('lonely'), type: 'position', radius: 13, anchor: 'safety' as IssueId },
      ],
      [],
    );
    expect(distance(at(fresh, 'lonely'), at(fresh, 'safety'))).toBeLessThan(20);
  });

  it('keeps the clusters apart when the issues themselves are filtered out', () => {
    const engine = settled();
    const anchors = new Map(ISSUES.map((issue) => [issue, { ...at(engine, issue) }]));
    const full = schoolDebate();
    engine.setGraph(
      full.nodes.filter((d) => d.type !== 'issue'),
      full.edges.filter((e) => e.type !== 'answers'),
    );
    engine.settle();
    for (const input of full.nodes) {
      if (input.type !== 'position' || input.anchor === null) continue;
      const node = at(engine, input.id);
      const own = distance(node, anchors.get(input.anchor) ?? { x: NaN, y: NaN });
      for (const [issue, point] of anchors) {
        if (issue !== input.anchor) expect(own).toBeLessThan(distance(node, point));
      }
    }
  });

  it('grows the ring when the graph outgrows it, moving each cluster with its issue', () => {
    const small = graphBuilder()
      .issue('uniforms')
      .issue('cost')
      .position('require', 'uniforms')
      .position('school-pays', 'cost');
    const engine = createLayoutEngine({ animate: false });
    const before = small.build();
    engine.setGraph(before.nodes, before.edges);
    engine.settle();
    const issueBefore = { ...at(engine, 'cost') };
    const positionBefore = { ...at(engine, 'school-pays') };

    for (let i = 0; i < 120; i += 1) small.argument(`a${i}`, 'supports', 'school-pays');
    const after = small.build();
    engine.setGraph(after.nodes, after.edges);
    const issueAfter = at(engine, 'cost');
    expect(issueAfter.x).toBeGreaterThan(issueBefore.x * 1.25);
    expect(issueAfter.y).toBe(0); // two issues: left and right
    expect(at(engine, 'school-pays').x - positionBefore.x).toBeCloseTo(
      issueAfter.x - issueBefore.x,
      9,
    );
    expect(at(engine, 'uniforms').x).toBe(-issueAfter.x);
  });

  it('drops edges to missing nodes and self-loops instead of failing', () => {
    const engine = createLayoutEngine({ animate: false });
    engine.setGraph(
      [{ id: n('a'), type: 'actor', radius: 10, anchor: null }],
      [
        { source: n('a'), target: n('ghost'), type: 'stance' },
        { source: n('a'), target: n('a'), type: 'member-of' },
      ],
    );
    engine.settle();
    expect(Number.isFinite(at(engine, 'a').x)).toBe(true);
  });

  it('unpin releases a node to the forces; an unpinned issue returns to its anchor', () => {
    const engine = settled();
    engine.pin(n('pupils'), 300, 260);
    engine.settle();
    expect(at(engine, 'pupils').fx).toBe(300);
    engine.unpin(n('pupils'));
    expect(engine.isPinned(n('pupils'))).toBe(false);
    expect(at(engine, 'pupils').fx).toBeNull();
    engine.reheat();
    expect(distance(at(engine, 'pupils'), { x: 300, y: 260 })).toBeGreaterThan(50);

    const anchor = { x: at(engine, 'cost').x, y: at(engine, 'cost').y };
    engine.pin(n('cost'), anchor.x + 200, anchor.y);
    expect(at(engine, 'cost').x).toBe(anchor.x + 200);
    engine.settle();
    expect(at(engine, 'cost').x).toBe(anchor.x + 200);
    engine.unpin(n('cost'));
    expect({ x: at(engine, 'cost').x, y: at(engine, 'cost').y }).toEqual(anchor);
    expect(engine.isPinned(n('cost'))).toBe(false);
  });
});

describe('layout engine: places given for every node (a focus drawn as rows)', () => {
  it('holds each node on its given place, and brings it back after a drag', () => {
    const graph = schoolDebate();
    const fixed = new Map(graph.nodes.map((node, i) => [node.id, { x: 10 * i, y: 30 * i }]));
    const engine = createLayoutEngine({ animate: false });
    engine.setGraph(graph.nodes, graph.edges, { fixed });
    engine.settle();
    for (const [id, place] of fixed)
      expect({ x: at(engine, id).x, y: at(engine, id).y }).toEqual(place);
    engine.pin(n('require'), 500, 500);
    engine.unpin(n('require'));
    expect({ x: at(engine, 'require').x, y: at(engine, 'require').y }).toEqual(
      fixed.get(n('require')),
    );
  });
});

describe('layout engine: queries', () => {
  it('find returns the node whose centre is nearest, within the radius', () => {
    const engine = settled();
    const nodes = engine.nodes();
    for (const probe of [
      { x: 0, y: 0 },
      { x: 120, y: -80 },
      { x: -250, y: 190 },
      { x: 40, y: 300 },
    ]) {
      const nearest = [...nodes].sort((a, b) => distance(a, probe) - distance(b, probe))[0];
      expect(engine.find(probe.x, probe.y)?.id).toBe(nearest?.id);
    }
    const equality = at(engine, 'equality');
    expect(engine.find(equality.x + 2, equality.y - 1, 10)?.id).toBe('equality');
    expect(engine.find(10_000, 10_000, 50)).toBeUndefined();
  });

  it('bounds covers every node with its radius, tightly; empty is all zeros', () => {
    const engine = settled();
    const box = engine.bounds();
    for (const d of engine.nodes()) {
      expect(d.x - d.radius).toBeGreaterThanOrEqual(box.x0);
      expect(d.y - d.radius).toBeGreaterThanOrEqual(box.y0);
      expect(d.x + d.radius).toBeLessThanOrEqual(box.x1);
      expect(d.y + d.radius).toBeLessThanOrEqual(box.y1);
    }
    const nodes = engine.nodes();
    expect(Math.min(...nodes.map((d) => d.x - d.radius))).toBe(box.x0);
    expect(Math.max(...nodes.map((d) => d.y + d.radius))).toBe(box.y1);
    expect(createLayoutEngine({ animate: false }).bounds()).toEqual({ x0: 0, y0: 0, x1: 0, y1: 0 });
  });
});

describe('layout engine: frames', () => {
  it('without animation, reheat settles at once: one frame, no frames requested', () => {
    const { frames, engine } = engineOnFakeFrames(false);
    const onFrame = vi.fn();
    engine.onFrame(onFrame);
    engine.reheat();
    expect(onFrame).toHaveBeenCalledTimes(1);
    expect(onFrame).toHaveBeenCalledWith(engine.nodes());
    expect(frames.requestFrame).not.toHaveBeenCalled();
    expect(engine.isRunning()).toBe(false);
  });

  it('settle emits exactly one frame; pin emits one; unsubscribe stops them', () => {
    const engine = createLayoutEngine({ animate: false });
    const graph = schoolDebate();
    engine.setGraph(graph.nodes, graph.edges);
    const onFrame = vi.fn();
    const unsubscribe = engine.onFrame(onFrame);
    engine.settle();
    expect(onFrame).toHaveBeenCalledTimes(1);
    engine.pin(n('council'), 0, 0);
    expect(onFrame).toHaveBeenCalledTimes(2);
    unsubscribe();
    engine.settle();
    expect(onFrame).toHaveBeenCalledTimes(2);
  });

  it('with animation, reheat runs a frame per tick until the layout cools, then sleeps', () => {
    const { frames, engine } = engineOnFakeFrames(true);
    engine.settle();
    const onFrame = vi.fn();
    engine.onFrame(onFrame);

    engine.reheat();
    engine.reheat(); // a second reheat while hot does not start a second loop
    expect(engine.isRunning()).toBe(true);
    expect(frames.queue).toHaveLength(1);
    expect(onFrame).not.toHaveBeenCalled(); // nothing happens until the browser calls back

    const ran = frames.flush();
    expect(ran).toBeGreaterThan(100); // from alpha 0.3 to alphaMin at d3's default decay
    expect(ran).toBeLessThan(400);
    expect(onFrame).toHaveBeenCalledTimes(ran);
    expect(frames.queue).toHaveLength(0);
    expect(frames.requestFrame).toHaveBeenCalledTimes(ran);
    expect(engine.isRunning()).toBe(false);
  });

  it('animates to the same place a settle reaches', () => {
    const frames = fakeFrames();
    const animated = createLayoutEngine({ animate: true, ...frames });
    const still = createLayoutEngine({ animate: false });
    const graph = schoolDebate();
    for (const engine of [animated, still]) {
      engine.setGraph(graph.nodes, graph.edges);
      engine.settle();
      engine.pin(n('council'), 0, 0);
      engine.reheat(0.5);
    }
    frames.flush();
    expect(coordinates(animated)).toEqual(coordinates(still));
  });

  it('stop ends the loop and cancels the pending frame', () => {
    const { frames, engine } = engineOnFakeFrames(true);
    engine.reheat();
    frames.flush(5);
    engine.stop();
    expect(engine.isRunning()).toBe(false);
    expect(frames.cancelFrame).toHaveBeenCalled();
    expect(frames.queue).toHaveLength(0);
  });

  it('destroy stops everything: no frames requested, no callbacks afterwards', () => {
    const { frames, engine } = engineOnFakeFrames(true);
    const onFrame = vi.fn();
    engine.onFrame(onFrame);
    engine.reheat();
    frames.flush(3);
    expect(onFrame).toHaveBeenCalledTimes(3);
    const pending = [...frames.queue];
    const requested = frames.requestFrame.mock.calls.length;

    engine.destroy();
    expect(engine.isRunning()).toBe(false);
    expect(frames.cancelFrame).toHaveBeenCalled();
    for (const f of pending) f.callback(); // a browser that calls back anyway
    engine.settle();
    engine.reheat();
    engine.pin(n('council'), 1, 1);
    engine.onFrame(onFrame);
    expect(onFrame).toHaveBeenCalledTimes(3);
    expect(frames.requestFrame).toHaveBeenCalledTimes(requested);
  });
});
