/*
 * The graph the network map draws, independent of how it is drawn (React Flow, see
 * components/network-graph.tsx). Nodes carry what a person sees and where a click goes; edges
 * say how two nodes relate.
 */

export type GraphNodeKind = 'organisation' | 'network' | 'post';
export type GraphEdgeKind = 'parent' | 'serves' | 'partner' | 'member';

export interface GraphNode {
  /** Unique in the graph: `organisation:<id>`, `network:<id>`, `post:<id>`. */
  id: string;
  kind: GraphNodeKind;
  /** The name drawn on the node. */
  label: string;
  /** The second line: the organisation's or network's kind, a post's holders or "vakant". */
  detail: string;
  /** The node's accessible name: what it is, in words. */
  description: string;
  /** The profile page a click opens. */
  href: string;
  /** Colour variant, e.g. the organisation kind; shape and text carry the meaning too. */
  tone: string;
  /** A post without a holder today. */
  vacant?: boolean;
  /** A post's organisation node: the post is drawn inside it. */
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
