// The arrowheads of the graph's links: a triangle where an argument supports, a bar
// where it attacks (the edges' CSS colours them). `id` prefixes their ids, unique per graph.
const MARKERS = [
  // eslint-disable-next-line lingui/no-unlocalized-strings -- SVG path data, not prose
  { kind: 'supports', refX: 9, size: 7, path: 'M0,0L10,5L0,10z' },
  // eslint-disable-next-line lingui/no-unlocalized-strings -- SVG path data, not prose
  { kind: 'attacks', refX: 8, size: 8, path: 'M6,0h3v10h-3z' },
] as const;

export function EdgeMarkers({ id }: { id: string }) {
  return (
    <defs>
      {MARKERS.map(({ kind, refX, size, path }) => (
        <marker
          key={kind}
          id={`${id}-${kind}`}
          className={`marker marker--${kind}`}
          viewBox="0 0 10 10"
          refX={refX}
          refY="5"
          markerWidth={size}
          markerHeight={size}
          orient="auto"
        >
          <path d={path} />
        </marker>
      ))}
    </defs>
  );
}
