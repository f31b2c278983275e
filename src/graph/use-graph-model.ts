// The one hook both renderers share (after nivo's single layout hook feeding its SVG and
// canvas networks): what the graph draws, each node's links and size, the room its
// label needs, and how the keys move between nodes. The renderers only draw.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Debate, DebateNode, IssueId, NodeId, StanceValue } from '../domain/model';
import type { Point } from './engine/anchors';
import type { VisibleGraph } from '../domain/visible-graph';
import { selectVisibleGraph } from '../store/selectors';
import { useAppStoreShallow } from '../store/store-context';
import { drawnGraph, type DrawnGraph } from './disclosure';
import type { GraphArrangement, LayoutInputNode, SimNode } from './engine/layout-engine';
import { isDirection, neighbourInDirection } from './interaction/arrow-navigation';
import { estimateWidth, LABEL_FONT, LABEL_WEIGHT, labelLines, LINE_HEIGHT } from './label-layout';
import { degreeOf, layoutInput } from './layout-input';
import type { RowsLayout } from './rows-layout';
import { STANCE_LOOK } from '../ui/stance-look';

interface MapLayout {
  readonly anchors: ReadonlyMap<IssueId, Point>;
  /** On screen, px, at MAP_SCALE. */
  readonly height: number;
}

export interface GraphModel {
  readonly debate: Debate | null;
  readonly graph: DrawnGraph;
  readonly degree: ReadonlyMap<NodeId, number>;
  readonly layoutNodes: readonly LayoutInputNode[];
  readonly arrangement: GraphArrangement;
  /** Changes when the graph must be laid out afresh and fitted (focus, screen class). */
  readonly layoutKey: string;
  /** The issues alone, as a column to read down, each name to the right of its node. */
  readonly map: boolean;
  /** The map's height on screen, px (0 when there is no map): its box is as tall. */
  readonly mapHeight: number;
  /** A focus on a narrow screen, drawn as rows to read down (rows-layout.ts), else null. */
  readonly rows: RowsLayout | null;
  /** The rows' code is on its way: nothing is laid out until it comes. */
  readonly pending: boolean;
  /**
   * The store has changed (focus, filters, debate) and the graph drawn is the one before:
   * the new one comes in the next render. Shown as `aria-busy` on the graph.
   */
  readonly redrawing: boolean;
  /** Characters per label line: wider in the map. */
  readonly chars: number | undefined;
  /** Labels named in full, however many lines they take (an issue's focus). */
  readonly whole: boolean;
}

/** A map's and rows' names run beside their nodes, in lines this long (they fit a 320 px embed). */
const MAP_CHARS = 26;
/** The map is drawn at this scale: issues 30 px wide, each row as tall as its name. */
export const MAP_SCALE = 0.7;
const MAP_ROW_GAP = 8;

/** The map of issues: a column read top to bottom, each row as tall as its name. */
function mapLayout(nodes: readonly DebateNode[]): MapLayout {
  const rows = nodes.map((node) => ({
    id: node.id as IssueId,
    height: Math.max(labelSize(node, 0, 1, MAP_CHARS).height, 34) + MAP_ROW_GAP,
  }));
  const height = rows.reduce((sum, row) => sum + row.height, 0);
  const anchors = new Map<IssueId, Point>();
  let y = -height / 2;
  for (const row of rows) {
    anchors.set(row.id, { x: 0, y: (y + row.height / 2) / MAP_SCALE });
    y += row.height;
  }
  return { anchors, height };
}

/** The stance word under an actor's name in a rows focus: an icon and a word, never a line's style alone. */
export function stanceNote(stance: StanceValue | undefined): string | null {
  return stance ? `${STANCE_LOOK[stance].icon} ${STANCE_LOOK[stance].word}` : null;
}

/** Room around an issue of the overview besides its name's box, graph units. */
const ISSUE_ROOM = 40;
/** Room around a name's box, px: the label's own padding and a little air. */
const NAME_MARGIN = 5;

const EMPTY: DrawnGraph = { nodes: [], edges: [], folded: new Map() };

/** The label's size at its base font, px: what the layout leaves room for. */
export function labelSize(
  node: Parameters<typeof labelLines>[0],
  folded: number,
  boost = 1,
  chars?: number,
  whole = false,
  note: string | null = null,
): { width: number; height: number } {
  const { lines, notes } = labelLines(node, folded, chars, whole, note);
  const font = LABEL_FONT[node.type] * boost;
  const all = [...lines, ...notes];
  return {
    width: Math.max(...all.map((l) => estimateWidth(l, font, LABEL_WEIGHT[node.type]))),
    height: all.length * font * LINE_HEIGHT,
  };
}

/** What the layout engine gets: each node's size, anchor and the room its label needs. */
export function layoutNodesFor(
  debate: Debate,
  graph: DrawnGraph,
  degree: ReadonlyMap<NodeId, number>,
  focused: boolean,
  labelBoost = 1,
): LayoutInputNode[] {
  return layoutInput(debate, graph, degree).map((input) => {
    const node = debate.index.node.get(input.id);
    if (!node) return input;
    const { width, height } = labelSize(
      node,
      graph.folded.get(input.id) ?? 0,
      labelBoost,
      undefined,
      focused,
    );
    // Room for the label: all of it for an issue; a circle a little tighter than the
    // box for actors and (in a focus) positions; the overview names positions only
    // where there is room left, so it keeps them close to their issue. Actors get a
    // little more in the overview (0.8), where all of them must be named; a focus keeps them
    // closer, so that more of them fit a phone.
    // In the overview an issue's name gets a box of its own instead, on the outer side
    // of the ring (name-boxes.ts), so that its positions cluster on the inner side.
    if (node.type === 'issue' && !focused)
      return {
        ...input,
        room: input.radius + ISSUE_ROOM,
        keepOut: { width: width + 2 * NAME_MARGIN, height: height + 2 * NAME_MARGIN },
      };
    const room =
      node.type === 'issue'
        ? Math.hypot(width / 2, input.radius + height)
        : node.type === 'actor'
          ? (focused ? 0.6 : 0.8) * (width / 2 + input.radius + height)
          : focused && node.type === 'position'
            ? 0.75 * (width / 2 + input.radius + height)
            : input.radius + 8;
    return { ...input, room };
  });
}

/**
 * The layout input for a view fitted at a scale below 1:1, where labels keep their
 * size on screen and so need more room in graph units: the rooms as at `roomScale`,
 * the names' boxes as at `nameScale`.
 */
export function atScale(
  node: LayoutInputNode,
  roomScale: number,
  nameScale: number,
): LayoutInputNode {
  const { keepOut } = node;
  return {
    ...node,
    room: (node.room ?? node.radius) / roomScale,
    ...(keepOut && {
      keepOut: { width: keepOut.width / nameScale, height: keepOut.height / nameScale },
    }),
  };
}

type RowsCode = typeof import('./rows-layout');
let rowsCode: RowsCode | null = null;

/**
 * `compact`: a narrow screen (phone, embed), whose overview is the map of issues.
 * `labelBoost`: the factor the labels are drawn at (the stylesheet's `--label-boost`),
 * so that the layout leaves them that much room.
 */
export function useGraphModel(compact: boolean, labelBoost = 1): GraphModel {
  // Deferred: a click that opens an issue (or a filter, or Back) paints its own answer
  // first (the pressed control, the Details panel) and the graph drawn afresh in a
  // render after that, which took 90 ms of the click's task before. One value, so that
  // the debate, the filters and the focus never come from two different moments.
  const current = useAppStoreShallow((s) => ({
    debate: s.debate,
    visible: selectVisibleGraph(s),
    issue: s.issue && s.debate?.index.node.has(s.issue) ? s.issue : null,
  }));
  const deferred = useDeferredValue(current);
  const { debate, visible, issue } = deferred;
  const drawn = useMemo(
    () => (debate ? drawnGraph(debate, visible, { issue, compact }) : EMPTY),
    [debate, visible, issue, compact],
  );
  const degree = useMemo(() => degreeOf(drawn), [drawn]);
  const map = drawn.nodes.length > 1 && drawn.nodes.every((n) => n.type === 'issue');
  const layoutNodes = useMemo(
    () => (debate ? layoutNodesFor(debate, drawn, degree, issue !== null, labelBoost) : []),
    [debate, drawn, degree, issue, labelBoost],
  );
  const wantRows = compact && issue !== null && drawn.nodes.some((n) => n.id === issue);
  // The rows' code, fetched with a narrow screen's first focus; should it not come
  // (offline, a new deploy), the focus is laid out as on a wide screen.
  const [code, setCode] = useState<RowsCode | null | 'failed'>(() => rowsCode);
  useEffect(() => {
    if (!wantRows || code) return;
    let live = true;
    import('./rows-layout').then(
      (loaded) => {
        rowsCode = loaded;
        if (live) setCode(loaded);
      },
      () => {
        if (live) setCode('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [wantRows, code]);
  const rows = useMemo(() => {
    if (!debate || !wantRows || !code || code === 'failed') return null;
    const radius = new Map(layoutNodes.map((n) => [n.id, n.radius]));
    // Names in full, in the map's lines.
    const height = (id: NodeId, stance: StanceValue | undefined) => {
      const node = debate.index.node.get(id);
      const note = stanceNote(stance);
      return node
        ? labelSize(node, drawn.folded.get(id) ?? 0, labelBoost, MAP_CHARS, true, note).height
        : 0;
    };
    return code.rowsLayout(drawn, (id) => radius.get(id) ?? 0, height);
  }, [debate, wantRows, code, drawn, layoutNodes, labelBoost]);
  // Rows draw fewer links than the focus holds (rows-layout.ts).
  const graph = useMemo(() => (rows ? { ...drawn, edges: rows.edges } : drawn), [rows, drawn]);
  const mapped = useMemo(() => (map ? mapLayout(graph.nodes) : null), [map, graph.nodes]);
  const arrangement = useMemo(
    () => (rows ? { fixed: rows.points } : mapped ? { anchors: mapped.anchors } : {}),
    [rows, mapped],
  );
  return {
    debate,
    graph,
    degree,
    layoutNodes,
    arrangement,
    // A new label size lays the graph out afresh, as a new focus does.
    layoutKey: `${issue ?? ''}|${compact}|${labelBoost}`,
    map,
    mapHeight: mapped?.height ?? 0,
    rows,
    pending: wantRows && !code,
    redrawing: deferred !== current,
    chars: map || rows ? MAP_CHARS : undefined,
    whole: issue !== null,
  };
}

/**
 * Where a key moves the keyboard cursor from `from`: arrows along the drawn links,
 * `]` and `[` to the next and previous node in reading order (so every node can be
 * reached), Page Down and Page Up to the next and previous issue, Home to the first.
 */
export function keyTarget(
  key: string,
  from: NodeId,
  graph: VisibleGraph,
  placed: (id: NodeId) => SimNode | undefined,
): NodeId | null {
  const order = graph.nodes;
  if (isDirection(key)) {
    const origin = placed(from);
    if (!origin) return null;
    const neighbours = graph.edges
      .flatMap((e) => (e.source === from ? [e.target] : e.target === from ? [e.source] : []))
      .flatMap((id) => placed(id) ?? []);
    return neighbourInDirection(origin, neighbours, key);
  }
  const step = (list: readonly { id: NodeId }[], by: number) => {
    if (!list.length) return null;
    const here = list.findIndex((n) => n.id === from);
    const start = here === -1 ? (by > 0 ? -1 : 0) : here;
    return list[(start + by + list.length) % list.length]?.id ?? null;
  };
  if (key === ']') return step(order, 1);
  if (key === '[') return step(order, -1);
  if (key === 'Home') return order[0]?.id ?? null;
  if (key === 'PageDown')
    return step(
      order.filter((n) => n.type === 'issue'),
      1,
    );
  if (key === 'PageUp')
    return step(
      order.filter((n) => n.type === 'issue'),
      -1,
    );
  return null;
}
