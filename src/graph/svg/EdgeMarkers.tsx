// The arrowheads of the graph's links: a triangle where an argument supports, a bar
// where it attacks (the edges' CSS colours them). `id` prefixes their ids, unique per graph.
export function EdgeMarkers({ id }: { id: string }) {
  return (
    <defs>
      <marker
        id={`${id}-supports`}
        className="marker marker--supports"
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto"
      >
        <path d="M0,0L10,5L0,10z" />
      </marker>
      <marker
        id={`${id}-attacks`}
        className="marker marker--attacks"
        viewBox="0 0 10 10"
        refX="8"
        refY="5"
        markerWidth="8"
        markerHeight="8"
        orient="auto"
      >
        <path d="M6,0h3v10h-3z" />
      </marker>
    </defs>
  );
}
