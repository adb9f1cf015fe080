/*
 * The graph the network map draws, independent of how it is drawn: the SVG renderer here, or a
 * graph library later (see network-graph.tsx). Nodes carry what a person sees and where a click
 * goes; edges say how two nodes relate.
 */

export type GraphNodeKind = 'organisation' | 'network' | 'post';
export type GraphEdgeKind = 'parent' | 'serves' | 'partner' | 'member' | 'post';

export interface GraphNode {
  /** Unique in the graph: `organisation:<id>`, `network:<id>`, `post:<id>`. */
  id: string;
  kind: GraphNodeKind;
  /** Short text drawn beside the node. */
  label: string;
  /** The node's accessible name: what it is, in words. */
  description: string;
  /** The profile page a click opens. */
  href: string;
  /** Colour and shape variant, e.g. the organisation kind, `vacant`. */
  tone: string;
  /** Row of the layered layout, top first; posts have none (they sit by their owner). */
  layer?: number;
  /** A post's organisation node. */
  owner?: string;
}

export interface GraphEdge {
  id: string;
  kind: GraphEdgeKind;
  /** For `serves`, the one who serves; for `parent`, the parent; for `member`, the network. */
  source: string;
  target: string;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
