import { Graph, layout } from '@dagrejs/dagre';
import type { GraphEdgeKind, GraphModel, GraphNode } from './graph-types';

/** Sizes in the map's own units (px at zoom 1); the drawing uses the same numbers. */
export const nodeSize = {
  /** Cards with posts are wider, so that role names fit. */
  organisation: { width: 210, widthWithPosts: 250, header: 62 },
  network: { width: 190, height: 62 },
  post: { height: 42, gap: 6, inset: 8 },
} as const;

export interface PlacedNode {
  node: GraphNode;
  /** Top-left corner; a post's is relative to its organisation's corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** A post's organisation node, which it is drawn inside. */
  parent?: string;
}

/** How much dagre tries to keep an edge short and straight; 0 leaves the ordering alone. */
const weight: Record<GraphEdgeKind, number> = {
  parent: 4,
  serves: 3,
  partner: 0,
  member: 0,
};

/**
 * Positions for every node: networks and organisations as a layered drawing (dagre, left to
 * right: each organisation after what it is part of and what serves it, the network hierarchy
 * beside them); posts stacked inside their organisation's card. Left to right because the
 * widest layer, the nine municipalities, then stacks down a screen instead of across three.
 * The same graph always gives the same positions, listed in reading order.
 */
export function layoutGraph(graph: GraphModel): PlacedNode[] {
  const postsOf = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (node.kind !== 'post' || !node.owner) continue;
    postsOf.set(node.owner, [...(postsOf.get(node.owner) ?? []), node]);
  }

  const cardWidth =
    postsOf.size > 0 ? nodeSize.organisation.widthWithPosts : nodeSize.organisation.width;
  const dagre = new Graph({ multigraph: true });
  dagre.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 64, marginx: 8, marginy: 8 });
  dagre.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map<string, { width: number; height: number }>();
  for (const node of graph.nodes) {
    if (node.kind === 'post') continue;
    const size =
      node.kind === 'network'
        ? { width: nodeSize.network.width, height: nodeSize.network.height }
        : {
            width: cardWidth,
            height: organisationHeight(postsOf.get(node.id)?.length ?? 0),
          };
    sizes.set(node.id, size);
    dagre.setNode(node.id, { ...size });
  }
  for (const edge of graph.edges) {
    // Partners are equals: neither is put a layer after the other (dagre has no "same layer").
    // Memberships would pull every organisation a layer away from its networks and stretch the
    // drawing; the networks get their own block and the lines find them.
    if (edge.kind === 'partner' || edge.kind === 'member') continue;
    if (!sizes.has(edge.source) || !sizes.has(edge.target)) continue;
    dagre.setEdge(edge.source, edge.target, { weight: weight[edge.kind], minlen: 1 }, edge.id);
  }
  layout(dagre);

  // Reading order, row by row and left to right, is also the order Tab goes through the map.
  const centre = (id: string) => dagre.node(id);
  const laidOut = graph.nodes
    .filter((node) => sizes.has(node.id))
    .sort((a, b) => centre(a.id).y - centre(b.id).y || centre(a.id).x - centre(b.id).x);

  const placed: PlacedNode[] = [];
  for (const node of laidOut) {
    const size = sizes.get(node.id) ?? { width: 0, height: 0 };
    const { x, y } = centre(node.id);
    placed.push({ node, x: x - size.width / 2, y: y - size.height / 2, ...size });
    (postsOf.get(node.id) ?? []).forEach((post, index) => {
      placed.push({
        node: post,
        parent: node.id,
        x: nodeSize.post.inset,
        y: nodeSize.organisation.header + index * (nodeSize.post.height + nodeSize.post.gap),
        width: cardWidth - 2 * nodeSize.post.inset,
        height: nodeSize.post.height,
      });
    });
  }
  return placed;
}

function organisationHeight(posts: number): number {
  if (posts === 0) return nodeSize.organisation.header;
  return (
    nodeSize.organisation.header +
    posts * (nodeSize.post.height + nodeSize.post.gap) -
    nodeSize.post.gap +
    nodeSize.post.inset
  );
}
