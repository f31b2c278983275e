// The canvas painter against a recording 2D context: what it draws, how it batches,
// and what it leaves out (off screen, too small to see).
import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/domain/model';
import { drawScene } from '../../src/graph/canvas/draw-scene';
import { groupIndices } from '../../src/graph/canvas/index-groups';
import { inkShare, labelReadable, readableDash } from '../../src/graph/canvas/paint-rules';
import type {
  SceneColours,
  SceneContext,
  SceneEdge,
  SceneNode,
  SceneStyle,
} from '../../src/graph/canvas/scene-types';
import { NodeLook } from '../../src/domain/node-look';

interface Call {
  readonly name: string;
  readonly args: readonly unknown[];
  /** The context's state when the call was made. */
  readonly state: Readonly<Record<string, unknown>>;
}

/** A 2D context that records every call with the state it was made in. */
function recorder(): SceneContext & { calls: Call[]; named(name: string): Call[] } {
  const state: Record<string, unknown> = {
    globalAlpha: 1,
    fillStyle: '#000',
    strokeStyle: '#000',
    lineWidth: 1,
    lineJoin: 'miter',
    lineCap: 'butt',
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    direction: 'inherit',
    dash: [],
  };
  const calls: Call[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      if (name === 'setLineDash') state.dash = args[0];
      calls.push({ name, args, state: { ...state } });
    };
  const methods = [
    'setTransform',
    'clearRect',
    'beginPath',
    'moveTo',
    'lineTo',
    'arc',
    'closePath',
    'fill',
    'stroke',
    'setLineDash',
    'fillText',
    'strokeText',
  ];
  const ctx = Object.fromEntries(methods.map((m) => [m, record(m)]));
  for (const key of Object.keys(state))
    if (key !== 'dash')
      Object.defineProperty(ctx, key, {
        get: () => state[key],
        set: (value: unknown) => {
          state[key] = value;
        },
      });
  return Object.assign(ctx as unknown as SceneContext, {
    calls,
    named: (name: string) => calls.filter((c) => c.name === name),
  });
}

const colours: SceneColours = {
  surface: 'surface',
  text: 'text',
  focus: 'focus',
  match: 'match',
  edgeMuted: 'muted',
  issue: 'issue',
  position: 'position',
  actor: 'actor',
  argument: 'argument',
  for: 'for',
  against: 'against',
  conditional: 'conditional',
  unclear: 'unclear',
  supports: 'supports',
  attacks: 'attacks',
};
const style: SceneStyle = {
  colours,
  fontFamily: 'Test Sans',
  width: 400,
  height: 300,
  pixelRatio: 1,
};
const id = (s: string) => s as NodeId;

function scene() {
  const nodes: SceneNode[] = [
    { id: id('i'), type: 'issue', x: 0, y: 0, radius: 24 },
    { id: id('p'), type: 'position', x: 60, y: 0, radius: 13 },
    { id: id('a'), type: 'actor', x: 120, y: 40, radius: 10 },
    { id: id('g'), type: 'argument', x: 60, y: 70, radius: 8 },
    { id: id('far'), type: 'actor', x: 5_000, y: 5_000, radius: 10 },
  ];
  const [i, p, a, g, far] = nodes as [SceneNode, SceneNode, SceneNode, SceneNode, SceneNode];
  const edges: SceneEdge[] = [
    { source: p, target: i, kind: 'answers' },
    { source: a, target: p, kind: 'stance-against' },
    { source: g, target: p, kind: 'supports' },
    { source: a, target: g, kind: 'makes' },
    { source: far, target: far, kind: 'member-of' },
  ];
  return { nodes, edges };
}
const identity = { x: 100, y: 100, k: 1 };

describe('drawScene', () => {
  it('clears the canvas, then draws in graph units scaled by zoom and pixel ratio', () => {
    const ctx = recorder();
    const { nodes, edges } = scene();
    drawScene(ctx, nodes, edges, { ...style, pixelRatio: 2 }, { x: 10, y: 20, k: 1.5 });
    expect(ctx.calls[0]).toMatchObject({ name: 'setTransform', args: [1, 0, 0, 1, 0, 0] });
    expect(ctx.calls[1]).toMatchObject({ name: 'clearRect', args: [0, 0, 800, 600] });
    expect(ctx.calls[2]).toMatchObject({ name: 'setTransform', args: [3, 0, 0, 3, 20, 40] });
  });

  it('fills every node on screen in its type’s colour, and skips the rest', () => {
    const ctx = recorder();
    const { nodes, edges } = scene();
    const stats = drawScene(ctx, nodes, edges, style, identity);
    expect(stats.nodes).toBe(4);
    const fills = ctx.named('fill').map((c) => c.state.fillStyle);
    for (const type of ['issue', 'position', 'actor', 'argument']) expect(fills).toContain(type);
    // The far actor is off screen: one actor fill (shapes are filled one by one).
    expect(fills.filter((f) => f === 'actor')).toHaveLength(1);
  });

  it('strokes each kind of edge as one path, in its colour and dash', () => {
    const ctx = recorder();
    const { nodes, edges } = scene();
    const stats = drawScene(ctx, nodes, edges, style, { x: 100, y: 100, k: 2 });
    expect(stats.edges).toBe(4);
    const strokes = ctx
      .named('stroke')
      .filter((c) =>
        ['issue', 'against', 'supports', 'muted'].includes(c.state.strokeStyle as string),
      );
    const against = strokes.find((c) => c.state.strokeStyle === 'against');
    expect(against?.state.dash).toEqual([7, 4]);
    expect(against?.state.lineWidth).toBe(2);
    // The supports edge ends in an arrowhead, filled in its colour.
    expect(ctx.named('fill').some((c) => c.state.fillStyle === 'supports')).toBe(true);
  });

  it('draws dashes too fine to see as faint solid lines, and leaves out tiny arrowheads', () => {
    const ctx = recorder();
    const { nodes, edges } = scene();
    drawScene(ctx, nodes, edges, style, { x: 200, y: 150, k: 0.2 });
    const against = ctx.named('stroke').find((c) => c.state.strokeStyle === 'against');
    expect(against?.state.dash).toEqual([]);
    expect(against?.state.globalAlpha).toBeCloseTo(inkShare([7, 4]));
    expect(ctx.named('fill').some((c) => c.state.fillStyle === 'supports')).toBe(false);
  });

  it('rings the selection and the search matches, and fades what is not hovered', () => {
    const ctx = recorder();
    const { nodes, edges } = scene();
    const nodeLook = [NodeLook.nearHovered, NodeLook.selected, NodeLook.hovered, 0, 0];
    drawScene(ctx, nodes, edges, style, identity, { nodeLook, hovering: true });
    const halo = ctx.named('stroke').find((c) => c.state.lineWidth === 3);
    expect(halo?.state.strokeStyle).toBe('text');
    // The argument (look 0) is faded while something is hovered; the others are not.
    const argumentFill = ctx.named('fill').find((c) => c.state.fillStyle === 'argument');
    expect(argumentFill?.state.globalAlpha).toBe(0.35);
    const actorFill = ctx.named('fill').find((c) => c.state.fillStyle === 'actor');
    expect(actorFill?.state.globalAlpha).toBe(1);
  });

  it('rings the keyboard cursor in the focus colour', () => {
    const ctx = recorder();
    const { nodes, edges } = scene();
    drawScene(ctx, nodes, edges, style, identity, { focused: id('a') });
    const ring = ctx.named('stroke').find((c) => c.state.strokeStyle === 'focus');
    expect(ring?.state.dash).toEqual([4, 3]);
  });

  it('draws only the labels it is given, under their node, with a halo', () => {
    const ctx = recorder();
    const { nodes, edges } = scene();
    const labels = new Map([[id('i'), 'Should it?']]);
    const stats = drawScene(ctx, nodes, edges, style, identity, { labels });
    expect(stats.labels).toBe(1);
    const [text] = ctx.named('fillText');
    expect(text?.args[0]).toBe('Should it?');
    expect(text?.args[1]).toBe(0);
    expect(text?.args[2] as number).toBeGreaterThan(24);
    // The SVG labels' own size and weight (label-layout.ts): one source for both.
    expect(text?.state.font).toBe('700 14px Test Sans');
    expect(ctx.named('strokeText')).toHaveLength(1);
  });

  it('draws each label in its own direction: Dari right to left, a Latin name left to right', () => {
    const ctx = recorder();
    const { nodes, edges } = scene();
    const labels = new Map([
      [id('i'), 'بازگشت افغان‌ها؟'],
      [id('a'), 'EU (Commission)…'],
    ]);
    drawScene(ctx, nodes, edges, style, identity, { labels });
    const direction = (text: string) =>
      ctx.named('fillText').find((c) => c.args[0] === text)?.state.direction;
    expect(direction('بازگشت افغان‌ها؟')).toBe('rtl');
    expect(direction('EU (Commission)…')).toBe('ltr');
  });

  it('scales line widths and labels by the theme’s boosts', () => {
    const ctx = recorder();
    const { nodes, edges } = scene();
    const labels = new Map([[id('a'), 'Actor']]);
    drawScene(ctx, nodes, edges, { ...style, strokeBoost: 2, labelBoost: 1.5 }, identity, {
      labels,
    });
    const against = ctx.named('stroke').find((c) => c.state.strokeStyle === 'against');
    expect(against?.state.lineWidth).toBe(4);
    expect(ctx.named('fillText')[0]?.state.font).toBe('600 19.5px Test Sans');
  });
});

describe('the painter’s helpers', () => {
  it('groups indices by key, stably, leaving out -1', () => {
    const { start, order } = groupIndices(6, 3, (i) => [2, 0, -1, 2, 0, 1][i] ?? -1);
    expect([...start]).toEqual([0, 2, 3, 5]);
    expect([...order]).toEqual([1, 4, 5, 0, 3]);
  });

  it('keeps a dash pattern only when it is big enough to see', () => {
    expect(readableDash([7, 4], 1)).toEqual([7, 4]);
    expect(readableDash([7, 4], 0.3)).toBeNull();
    expect(readableDash([], 0.01)).toEqual([]);
    expect(inkShare([1, 3])).toBeCloseTo(0.3);
    expect(inkShare([8, 3, 2, 3])).toBeCloseTo(10 / 16);
  });

  it('says when labels can be read', () => {
    expect(labelReadable('issue', 1)).toBe(true);
    expect(labelReadable('issue', 0.1)).toBe(false);
    expect(labelReadable('argument', 0.3)).toBe(false);
  });
});

describe('drawScene in motion', () => {
  it('leaves out node outlines and arrowheads while the layout moves', () => {
    const { nodes, edges } = scene();
    const still = recorder();
    drawScene(still, nodes, edges, style, { x: 100, y: 100, k: 2 });
    const moving = recorder();
    drawScene(moving, nodes, edges, style, { x: 100, y: 100, k: 2 }, { moving: true });
    const outlines = (ctx: ReturnType<typeof recorder>) =>
      ctx.named('stroke').filter((c) => c.state.strokeStyle === 'surface').length;
    expect(outlines(still)).toBeGreaterThan(0);
    expect(outlines(moving)).toBe(0);
    expect(moving.named('fill').some((c) => c.state.fillStyle === 'supports')).toBe(false);
    expect(moving.named('fill').filter((c) => c.state.fillStyle === 'actor')).toHaveLength(1);
  });
});
