import {
  type AriaLabelConfig,
  Controls,
  type Edge,
  Handle,
  MarkerType,
  MiniMap,
  type Node,
  type NodeProps,
  type NodeTypes,
  Position,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/use-t';
import type { GraphEdge, GraphEdgeKind, GraphModel, GraphNode } from '../map/graph-types';
import { layoutGraph } from '../map/layout-graph';
import './network-graph.css';

/*
 * The network map's drawing: React Flow (pan, zoom, focusable nodes) on a dagre layout. Everything
 * graph-specific stays behind `NetworkGraph`'s props (a GraphModel in, a click or Enter opens
 * the node's `href`). Loaded lazily, with React Flow and its CSS: no other page carries them.
 */

interface NetworkGraphProps {
  graph: GraphModel;
  /** Accessible name of the map as a whole. */
  label: string;
}

type MapNode = Node<{ node: GraphNode }, GraphNode['kind']>;

const nodeTypes: NodeTypes = {
  organisation: OrganisationNode,
  network: NetworkNode,
  post: PostNode,
};

const edgeStyle: Record<GraphEdgeKind, Pick<Edge, 'type' | 'markerEnd'>> = {
  parent: { type: 'smoothstep' },
  serves: {
    type: 'default',
    markerEnd: { type: MarkerType.ArrowClosed, color: '#005866', width: 18, height: 18 },
  },
  partner: { type: 'default' },
  member: { type: 'default' },
};

export function NetworkGraph({ graph, label }: NetworkGraphProps) {
  const t = useT();
  const navigate = useNavigate();
  const [active, setActive] = useState<string | null>(null);
  const placed = useMemo(() => layoutGraph(graph), [graph]);
  const byId = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node])), [graph]);

  // Everything one edge away from the node pointed at or focused (a post: its organisation).
  const near = useMemo(() => {
    if (!active) return null;
    const ids = new Set([active]);
    const owner = byId.get(active)?.owner;
    if (owner) ids.add(owner);
    for (const edge of graph.edges) {
      if (edge.source === active) ids.add(edge.target);
      if (edge.target === active) ids.add(edge.source);
    }
    return ids;
  }, [active, byId, graph.edges]);

  /** An edge in words, its text alternative: "Kullbergska sjukhuset betjänar Flens kommun". */
  const relation = useCallback(
    (edge: GraphEdge) => {
      const source = byId.get(edge.source)?.label ?? '';
      const target = byId.get(edge.target)?.label ?? '';
      switch (edge.kind) {
        case 'parent':
          return t('onboarding.map.edge.parent', { child: target, parent: source });
        case 'member':
          return t('onboarding.map.edge.member', { organisation: target, network: source });
        default:
          return t(`onboarding.map.edge.${edge.kind}`, { from: source, to: target });
      }
    },
    [byId, t],
  );

  const nodes = useMemo<MapNode[]>(
    () =>
      placed.map(({ node, x, y, width, height, parent }) => ({
        id: node.id,
        type: node.kind,
        data: { node },
        position: { x, y },
        width,
        height,
        ...(parent ? { parentId: parent } : {}),
        className: near ? (near.has(node.id) ? 'is-near' : 'is-dim') : undefined,
        ariaRole: 'link',
        ariaLabel: node.description,
        // The node is announced as the link it behaves as, not as React Flow's "node".
        domAttributes: { 'aria-roledescription': undefined },
      })),
    [placed, near],
  );

  const edges = useMemo<Edge[]>(
    () =>
      graph.edges.map((edge: GraphEdge) => {
        const touches = active !== null && (edge.source === active || edge.target === active);
        return {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          ...edgeStyle[edge.kind],
          className: `map-edge map-edge-${edge.kind}${
            near ? (touches ? ' is-near' : ' is-dim') : ''
          }`,
          ariaLabel: relation(edge),
          domAttributes: { 'aria-roledescription': t('onboarding.map.edge') },
          zIndex: touches ? 1 : 0,
        };
      }),
    [graph.edges, active, near, relation, t],
  );

  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'node.a11yDescription.default': t('onboarding.map.nodeHint'),
      'node.a11yDescription.keyboardDisabled': t('onboarding.map.nodeHint'),
      'node.a11yDescription.ariaLiveMessage': () => '',
      'edge.a11yDescription.default': '',
      'controls.ariaLabel': t('onboarding.map.controls'),
      'controls.zoomIn.ariaLabel': t('onboarding.map.zoomIn'),
      'controls.zoomOut.ariaLabel': t('onboarding.map.zoomOut'),
      'controls.fitView.ariaLabel': t('onboarding.map.fitView'),
      'controls.interactive.ariaLabel': t('onboarding.map.fitView'),
      'minimap.ariaLabel': t('onboarding.map.minimap'),
      'handle.ariaLabel': '',
    }),
    [t],
  );

  function open(href: string, event?: MouseEvent) {
    if (event && (event.metaKey || event.ctrlKey)) {
      window.open(href, '_blank', 'noopener');
      return;
    }
    navigate(href);
  }

  /** The map node an event happened on, if any. */
  function nodeOf(target: EventTarget): GraphNode | undefined {
    const element = target instanceof Element ? target.closest('.react-flow__node') : null;
    const id = element?.getAttribute('data-id');
    return id ? byId.get(id) : undefined;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Enter') return;
    const node = nodeOf(event.target);
    if (!node) return;
    event.preventDefault();
    open(node.href);
  }

  const activeNode = active ? byId.get(active) : undefined;
  const connections = near ? near.size - 1 : 0;

  return (
    <div className="network-graph">
      <div className="network-graph-canvas">
        <ReactFlow<MapNode>
          aria-label={label}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          ariaLabelConfig={ariaLabelConfig}
          fitView
          fitViewOptions={fitViewOptions}
          minZoom={0.1}
          maxZoom={2.5}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          edgesFocusable={false}
          // The wheel scrolls the page as everywhere else; Ctrl + wheel and pinching zoom.
          zoomOnScroll={false}
          preventScrolling={false}
          zoomOnDoubleClick={false}
          onNodeClick={(event, node) => open(node.data.node.href, event)}
          onNodeMouseEnter={(_, node) => setActive(node.id)}
          onNodeMouseLeave={(_, node) =>
            setActive((current) => (current === node.id ? null : current))
          }
          onFocus={(event: FocusEvent<HTMLDivElement>) =>
            setActive(nodeOf(event.target)?.id ?? null)
          }
          onBlur={() => setActive(null)}
          onKeyDown={onKeyDown}
        >
          <FitWhenRedrawn layout={placed} />
          <Controls showInteractive={false} fitViewOptions={fitViewOptions} />
          <MiniMap
            className="network-graph-minimap"
            nodeClassName={(node) => `minimap-node-${node.type}`}
            pannable
            zoomable
          />
        </ReactFlow>
      </div>
      <div className="graph-details" aria-live="polite">
        {activeNode ? (
          <p>
            <span className="graph-details-label">{t('onboarding.map.selected')}:</span>{' '}
            <strong>{activeNode.description}</strong>{' '}
            <span className="graph-details-count">
              ({t('onboarding.map.connections', { count: connections })})
            </span>
          </p>
        ) : (
          <p className="graph-details-hint">{t('onboarding.map.hoverHint')}</p>
        )}
      </div>
    </div>
  );
}

const fitViewOptions = { padding: 0.03 };

/**
 * Fits the whole map in view again when a layer is switched on or off (a new layout); the first
 * layout is fitted by `fitView` itself. React Flow waits for the new nodes' sizes before fitting.
 */
function FitWhenRedrawn({ layout }: { layout: unknown }) {
  const { fitView } = useReactFlow();
  const first = useRef(layout);
  useEffect(() => {
    if (layout !== first.current) void fitView(fitViewOptions);
  }, [layout, fitView]);
  return null;
}

function OrganisationNode({ data }: NodeProps<MapNode>) {
  const { node } = data;
  return (
    <div className={`map-node map-node-organisation tone-${node.tone}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="map-node-header">
        <span className="map-node-label">{node.label}</span>
        <span className="map-node-detail">{node.detail}</span>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

function NetworkNode({ data }: NodeProps<MapNode>) {
  const { node } = data;
  return (
    <div className={`map-node map-node-network tone-${node.tone}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="map-node-label">{node.label}</span>
      <span className="map-node-detail">{node.detail}</span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

function PostNode({ data }: NodeProps<MapNode>) {
  const { node } = data;
  return (
    <div className={`map-node map-node-post${node.vacant ? ' is-vacant' : ''}`}>
      <span className="map-node-label">{node.label}</span>
      <span className="map-node-detail">
        {node.vacant ? (
          <svg className="map-node-vacant-icon" viewBox="0 0 12 12" aria-hidden="true">
            <circle cx="6" cy="6" r="4.5" />
          </svg>
        ) : null}
        {node.detail}
      </span>
    </div>
  );
}
