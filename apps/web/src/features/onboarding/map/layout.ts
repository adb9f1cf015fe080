import type { GraphEdge, GraphEdgeKind, GraphModel, GraphNode } from './graph-types';

export interface PositionedNode extends GraphNode {
  x: number;
  y: number;
}

export interface GraphLayout {
  nodes: PositionedNode[];
  width: number;
  height: number;
}

/** Horizontal room per node in a row, vertical distance between rows. */
const slotWidth = 150;
const rowHeight = 210;
const margin = 80;
/** Posts sit in rows of this many under their organisation's name. */
const postsPerRow = 4;
const postSpacing = 30;
const postOffset = 70;

/** How strongly an edge pulls its ends into the same column when rows are ordered. */
const pull: Record<GraphEdgeKind, number> = {
  parent: 4,
  serves: 3,
  partner: 2,
  member: 0.02,
  post: 0,
};

/**
 * A layered layout: each node with a `layer` goes in its row; rows are ordered so connected
 * nodes line up (a few barycentre sweeps down and up, as in Sugiyama-style drawings); posts
 * sit in small rows under their organisation. Deterministic: the same graph, the same picture.
 */
export function layoutGraph(graph: GraphModel): GraphLayout {
  const rows = new Map<number, GraphNode[]>();
  const satellites = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (node.layer !== undefined) {
      const row = rows.get(node.layer) ?? [];
      row.push(node);
      rows.set(node.layer, row);
    } else if (node.owner) {
      const list = satellites.get(node.owner) ?? [];
      list.push(node);
      satellites.set(node.owner, list);
    }
  }
  const layers = [...rows.keys()].sort((a, b) => a - b);
  const neighbours = weightedNeighbours(graph.edges);
  const layerOf = new Map(graph.nodes.map((node) => [node.id, node.layer]));
  const x = new Map<string, number>();

  const place = (layer: number) => {
    const row = rows.get(layer) ?? [];
    const width = row.length * slotWidth;
    row.forEach((node, index) => {
      x.set(node.id, -width / 2 + slotWidth * (index + 0.5));
    });
  };
  for (const layer of layers) place(layer);

  const sweep = (order: number[], towards: (other: number, layer: number) => boolean) => {
    for (const layer of order) {
      const row = rows.get(layer) ?? [];
      const centre = new Map<string, number>();
      for (const node of row) {
        let sum = 0;
        let weight = 0;
        for (const [other, w] of neighbours.get(node.id) ?? []) {
          const otherLayer = layerOf.get(other);
          const otherX = x.get(other);
          if (otherLayer === undefined || otherX === undefined || !towards(otherLayer, layer)) {
            continue;
          }
          sum += otherX * w;
          weight += w;
        }
        centre.set(node.id, weight > 0 ? sum / weight : (x.get(node.id) ?? 0));
      }
      // Stable: nodes without a pull keep their place relative to each other.
      row.sort((a, b) => (centre.get(a.id) ?? 0) - (centre.get(b.id) ?? 0));
      place(layer);
    }
  };
  for (let round = 0; round < 4; round++) {
    sweep(layers.slice(1), (other, layer) => other < layer);
    sweep([...layers].reverse().slice(1), (other, layer) => other > layer);
  }
  // A final downward sweep: the bottom rows follow the hospitals and parents above them.
  sweep(layers.slice(1), (other, layer) => other < layer);

  // Then each row but the widest moves towards what it is connected to (a hospital over its
  // catchment, a unit under its division), keeping its order and a slot's distance between nodes.
  const widest = layers.reduce(
    (best, layer) =>
      (rows.get(layer)?.length ?? 0) > (rows.get(best)?.length ?? 0) ? layer : best,
    layers[0] ?? 0,
  );
  for (let round = 0; round < 3; round++) {
    for (const layer of [...layers].sort((a, b) => Math.abs(b - widest) - Math.abs(a - widest))) {
      if (layer === widest) continue;
      const row = rows.get(layer) ?? [];
      const desired = row.map((node) => {
        let sum = 0;
        let weight = 0;
        for (const [other, w] of neighbours.get(node.id) ?? []) {
          const otherX = x.get(other);
          if (otherX === undefined || layerOf.get(other) === layer) continue;
          sum += otherX * w;
          weight += w;
        }
        return weight > 0 ? sum / weight : (x.get(node.id) ?? 0);
      });
      const placed = spread(desired, slotWidth);
      row.forEach((node, index) => {
        x.set(node.id, placed[index] ?? 0);
      });
    }
  }

  const positioned: PositionedNode[] = [];
  layers.forEach((layer, rowIndex) => {
    for (const node of rows.get(layer) ?? []) {
      const nodeX = x.get(node.id) ?? 0;
      const nodeY = rowIndex * rowHeight;
      positioned.push({ ...node, x: nodeX, y: nodeY });
      const posts = satellites.get(node.id) ?? [];
      posts.forEach((post, index) => {
        const inRow = Math.min(
          postsPerRow,
          posts.length - Math.floor(index / postsPerRow) * postsPerRow,
        );
        const column = index % postsPerRow;
        positioned.push({
          ...post,
          x: nodeX + (column - (inRow - 1) / 2) * postSpacing,
          y: nodeY + postOffset + Math.floor(index / postsPerRow) * postSpacing,
        });
      });
    }
  });

  if (positioned.length === 0) return { nodes: [], width: 0, height: 0 };
  const minX = Math.min(...positioned.map((node) => node.x)) - margin;
  const minY = Math.min(...positioned.map((node) => node.y)) - margin;
  const maxX = Math.max(...positioned.map((node) => node.x)) + margin;
  const maxY = Math.max(...positioned.map((node) => node.y)) + margin;
  return {
    nodes: positioned.map((node) => ({ ...node, x: node.x - minX, y: node.y - minY })),
    width: maxX - minX,
    height: maxY - minY,
  };
}

/**
 * Positions as close to `desired` as the order and a minimum gap allow: pushed apart left to
 * right, then the row shifted so that on average it sits where it wanted to be.
 */
function spread(desired: number[], gap: number): number[] {
  const placed: number[] = [];
  for (const [index, value] of desired.entries()) {
    const previous = placed[index - 1];
    placed.push(previous === undefined ? value : Math.max(value, previous + gap));
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / (values.length || 1);
  const shift = mean(desired) - mean(placed);
  return placed.map((value) => value + shift);
}

function weightedNeighbours(edges: GraphEdge[]): Map<string, Map<string, number>> {
  const map = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, weight: number) => {
    const entry = map.get(a) ?? new Map<string, number>();
    entry.set(b, (entry.get(b) ?? 0) + weight);
    map.set(a, entry);
  };
  for (const edge of edges) {
    const weight = pull[edge.kind];
    if (weight <= 0) continue;
    add(edge.source, edge.target, weight);
    add(edge.target, edge.source, weight);
  }
  return map;
}

/** The ids of a node and everything one edge away from it. */
export function neighbourhood(edges: GraphEdge[], id: string): Set<string> {
  const result = new Set([id]);
  for (const edge of edges) {
    if (edge.source === id) result.add(edge.target);
    if (edge.target === id) result.add(edge.source);
  }
  return result;
}
