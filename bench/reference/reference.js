// The reference page of npm run bench: d3-force's default forces and Canvas 2D, the
// way d3's own examples draw a network, with nothing else: no validation, no
// framework, no styles. It shows the same debate in the same box as the app, marks
// itself ready after its first frame and shows a clicked node's name in "Details".
/* global d3 */
const params = new URLSearchParams(window.location.search);
const box = { x: +params.get('x'), y: +params.get('y'), w: +params.get('w'), h: +params.get('h') };
const graphElement = document.getElementById('graph');
Object.assign(graphElement.style, {
  left: `${box.x}px`,
  top: `${box.y}px`,
  width: `${box.w}px`,
  height: `${box.h}px`,
});
const canvas = graphElement.querySelector('canvas');
const heading = document.querySelector('#details h2');
const ctx = canvas.getContext('2d');
const ratio = window.devicePixelRatio || 1;
canvas.width = box.w * ratio;
canvas.height = box.h * ratio;
const COLOURS = { issue: '#0072b2', position: '#e69f00', actor: '#009e73', argument: '#cc79a7' };

const response = await fetch('data/debate.json');
const doc = await response.json();
const nodes = [
  ...doc.issues.map((d) => ({ id: d.id, kind: 'issue', label: d.question })),
  ...doc.positions.map((d) => ({ id: d.id, kind: 'position', label: d.statement })),
  ...doc.actors.map((d) => ({ id: d.id, kind: 'actor', label: d.name })),
  ...(doc.arguments ?? []).map((d) => ({ id: d.id, kind: 'argument', label: d.claim })),
];
const links = [
  ...doc.positions.map((d) => ({ source: d.id, target: d.issue })),
  ...(doc.stances ?? []).map((d) => ({ source: d.actor, target: d.position })),
  ...(doc.arguments ?? []).flatMap((d) => [
    { source: d.id, target: d.target },
    ...d.by.map((actor) => ({ source: actor, target: d.id })),
  ]),
  ...doc.actors.flatMap((d) => (d.memberOf ? [{ source: d.id, target: d.memberOf }] : [])),
];

let transform = { x: box.w / 2, y: box.h / 2, k: 1 };
/** Keeps the whole graph in view, as the app does while its first layout unfolds. */
function fit() {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x);
    y1 = Math.max(y1, n.y);
  }
  const k = Math.min(1.6, (box.w - 48) / Math.max(1, x1 - x0), (box.h - 48) / Math.max(1, y1 - y0));
  transform = { x: box.w / 2 - (k * (x0 + x1)) / 2, y: box.h / 2 - (k * (y0 + y1)) / 2, k };
}

let drawn = false;
function draw() {
  fit();
  const { x, y, k } = transform;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio * k, 0, 0, ratio * k, ratio * x, ratio * y);
  ctx.beginPath();
  for (const l of links) {
    ctx.moveTo(l.source.x, l.source.y);
    ctx.lineTo(l.target.x, l.target.y);
  }
  ctx.strokeStyle = '#999';
  ctx.lineWidth = 1;
  ctx.stroke();
  for (const kind of Object.keys(COLOURS)) {
    ctx.beginPath();
    for (const n of nodes) {
      if (n.kind !== kind) continue;
      ctx.moveTo(n.x + 5, n.y);
      ctx.arc(n.x, n.y, 5, 0, 2 * Math.PI);
    }
    ctx.fillStyle = COLOURS[kind];
    ctx.fill();
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  if (!drawn) {
    drawn = true;
    document.documentElement.dataset.ready = 'true';
  }
}

const simulation = d3
  .forceSimulation(nodes)
  .force(
    'link',
    d3.forceLink(links).id((d) => d.id),
  )
  .force('charge', d3.forceManyBody())
  .force('x', d3.forceX())
  .force('y', d3.forceY())
  .on('tick', draw)
  .on('end', () => {
    graphElement.dataset.layout = 'idle';
  });
graphElement.dataset.layout = 'running';

function toGraph(event) {
  const rect = canvas.getBoundingClientRect();
  return [
    (event.clientX - rect.left - transform.x) / transform.k,
    (event.clientY - rect.top - transform.y) / transform.k,
  ];
}
canvas.addEventListener('click', (event) => {
  const [x, y] = toGraph(event);
  const node = simulation.find(x, y, 5 + 6 / transform.k);
  heading.textContent = node ? node.label : '';
});
// The same test hook as the app's canvas: where a node is drawn, in client coordinates.
const byId = new Map(nodes.map((n) => [n.id, n]));
canvas.stancemapPointOf = (id) => {
  const node = byId.get(id);
  if (!node) return null;
  const rect = canvas.getBoundingClientRect();
  return {
    x: rect.left + transform.x + node.x * transform.k,
    y: rect.top + transform.y + node.y * transform.k,
  };
};
