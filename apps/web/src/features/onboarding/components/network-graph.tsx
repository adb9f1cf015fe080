import {
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/use-t';
import type { GraphEdge, GraphModel } from '../map/graph-types';
import { type GraphLayout, layoutGraph, neighbourhood, type PositionedNode } from '../map/layout';

/*
 * The network map's drawing: plain SVG, a layered layout of our own, pan and zoom by pointer,
 * pinch, Ctrl + wheel, buttons and keys. Everything graph-specific is behind `NetworkGraph`'s
 * props (a GraphModel in, clicks open `href`), so a graph library can replace this file alone.
 * Loaded lazily: the map page's own code does not wait for it.
 */

interface View {
  x: number;
  y: number;
  k: number;
}

const identity: View = { x: 0, y: 0, k: 1 };
const minZoom = 0.5;
const maxZoom = 6;
const zoomStep = 1.4;
/** A press that moves less than this (px) is a click, not a drag. */
const dragThreshold = 5;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

interface NetworkGraphProps {
  graph: GraphModel;
  /** Accessible name of the map as a whole. */
  label: string;
}

export function NetworkGraph({ graph, label }: NetworkGraphProps) {
  const t = useT();
  const navigate = useNavigate();
  const layout = useMemo<GraphLayout>(() => layoutGraph(graph), [graph]);
  const byId = useMemo(() => new Map(layout.nodes.map((node) => [node.id, node])), [layout]);
  const svgRef = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<View>(identity);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const active = focused ?? hovered;
  const near = useMemo(
    () => (active ? neighbourhood(graph.edges, active) : null),
    [active, graph.edges],
  );

  /** A point on screen in the SVG's own (viewBox) units, before pan and zoom. */
  const toSvgPoint = useCallback((clientX: number, clientY: number) => {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return { x: 0, y: 0 };
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }, []);

  const zoomAround = useCallback((factor: number, centre?: { x: number; y: number }) => {
    setView((current) => {
      const k = clamp(current.k * factor, minZoom, maxZoom);
      const point = centre ?? { x: layoutCentre.current.x, y: layoutCentre.current.y };
      const ratio = k / current.k;
      return {
        k,
        x: point.x - (point.x - current.x) * ratio,
        y: point.y - (point.y - current.y) * ratio,
      };
    });
  }, []);
  const layoutCentre = useRef({ x: layout.width / 2, y: layout.height / 2 });
  layoutCentre.current = { x: layout.width / 2, y: layout.height / 2 };

  // Ctrl/⌘ + wheel (and a trackpad pinch, which browsers send as one) zooms; a plain wheel
  // scrolls the page as everywhere else. React's wheel listener is passive, hence this one.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    function onWheel(event: WheelEvent) {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      zoomAround(Math.exp(-event.deltaY * 0.01), toSvgPoint(event.clientX, event.clientY));
    }
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [zoomAround, toSvgPoint]);

  // Pointers: one drags, two pinch. Capture starts only once a press moves, so a click on a
  // node still reaches its link.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const drag = useRef<{ startX: number; startY: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    drag.current = { startX: event.clientX, startY: event.clientY, moved: false };
    suppressClick.current = false;
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    const previous = pointers.current.get(event.pointerId);
    if (!previous || !drag.current) return;
    const current = { x: event.clientX, y: event.clientY };

    if (pointers.current.size === 2) {
      const [other] = [...pointers.current.entries()].filter(([id]) => id !== event.pointerId);
      if (other) {
        const before = Math.hypot(previous.x - other[1].x, previous.y - other[1].y);
        const after = Math.hypot(current.x - other[1].x, current.y - other[1].y);
        const middle = toSvgPoint((current.x + other[1].x) / 2, (current.y + other[1].y) / 2);
        if (before > 0) zoomAround(after / before, middle);
      }
      drag.current.moved = true;
      suppressClick.current = true;
      pointers.current.set(event.pointerId, current);
      return;
    }

    if (!drag.current.moved) {
      const distance = Math.hypot(current.x - drag.current.startX, current.y - drag.current.startY);
      if (distance < dragThreshold) return;
      drag.current.moved = true;
      suppressClick.current = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    const a = toSvgPoint(previous.x, previous.y);
    const b = toSvgPoint(current.x, current.y);
    setView((view) => ({ ...view, x: view.x + (b.x - a.x), y: view.y + (b.y - a.y) }));
    pointers.current.set(event.pointerId, current);
  }

  function onPointerEnd(event: PointerEvent<SVGSVGElement>) {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size === 0) drag.current = null;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setView((view) => ({ ...view, x: view.x + move[0], y: view.y + move[1] }));
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      zoomAround(zoomStep);
    } else if (event.key === '-') {
      event.preventDefault();
      zoomAround(1 / zoomStep);
    } else if (event.key === '0') {
      event.preventDefault();
      setView(identity);
    }
  }

  function openNode(event: MouseEvent<Element>, node: PositionedNode) {
    if (suppressClick.current) {
      event.preventDefault();
      suppressClick.current = false;
      return;
    }
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(node.href);
  }

  /** A node reached with Tab that is outside the visible part is brought to the middle. */
  function onNodeFocus(node: PositionedNode) {
    setFocused(node.id);
    const svg = svgRef.current;
    if (!svg) return;
    const box = svg.viewBox.baseVal;
    const screenX = node.x * view.k + view.x;
    const screenY = node.y * view.k + view.y;
    const inside =
      screenX > box.x + 20 &&
      screenX < box.x + box.width - 20 &&
      screenY > box.y + 20 &&
      screenY < box.y + box.height - 20;
    if (!inside) {
      setView((current) => ({
        ...current,
        x: box.width / 2 - node.x * current.k,
        y: box.height / 2 - node.y * current.k,
      }));
    }
  }

  const activeNode = active ? byId.get(active) : undefined;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys pan and zoom the map while focus is inside it; every action also has a button
    <div className="graph" onKeyDown={onKeyDown}>
      <div className="graph-toolbar">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => zoomAround(zoomStep)}
        >
          {t('onboarding.map.zoomIn')}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => zoomAround(1 / zoomStep)}
        >
          {t('onboarding.map.zoomOut')}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setView(identity)}
        >
          {t('onboarding.map.reset')}
        </button>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the map its links are in */}
      <svg
        ref={svgRef}
        className="graph-canvas"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-label={label}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      >
        <defs>
          <marker
            id="graph-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="graph-arrow" />
          </marker>
        </defs>
        <rect
          className="graph-background"
          x="0"
          y="0"
          width={layout.width}
          height={layout.height}
        />
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          <g className="graph-edges">
            {graph.edges.map((edge) => (
              <Edge key={edge.id} edge={edge} byId={byId} near={near} active={active} />
            ))}
          </g>
          {layout.nodes.map((node) => (
            <Node
              key={node.id}
              node={node}
              state={
                !near ? 'plain' : node.id === active ? 'active' : near.has(node.id) ? 'near' : 'dim'
              }
              onOpen={openNode}
              onEnter={() => setHovered(node.id)}
              onLeave={() => setHovered((current) => (current === node.id ? null : current))}
              onFocus={() => onNodeFocus(node)}
              onBlur={() => setFocused((current) => (current === node.id ? null : current))}
            />
          ))}
        </g>
      </svg>
      <div className="graph-details">
        {activeNode ? (
          <p>
            <span className="graph-details-label">{t('onboarding.map.selected')}:</span>{' '}
            <strong>{activeNode.description}</strong>{' '}
            <span className="graph-details-count">
              ({t('onboarding.map.connections', { count: (near?.size ?? 1) - 1 })})
            </span>
          </p>
        ) : (
          <p className="graph-details-hint">{t('onboarding.map.hoverHint')}</p>
        )}
      </div>
    </div>
  );
}

function Edge({
  edge,
  byId,
  near,
  active,
}: {
  edge: GraphEdge;
  byId: Map<string, PositionedNode>;
  near: Set<string> | null;
  active: string | null;
}) {
  const source = byId.get(edge.source);
  const target = byId.get(edge.target);
  if (!source || !target) return null;
  const touches = active !== null && (edge.source === active || edge.target === active);
  const state = !near ? 'plain' : touches ? 'active' : 'dim';
  // Stop arrows at the node's rim rather than its centre.
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const inset = edge.kind === 'serves' ? 22 : 0;
  return (
    <line
      className={`graph-edge graph-edge-${edge.kind} is-${state}`}
      x1={source.x}
      y1={source.y}
      x2={target.x - (dx / length) * inset}
      y2={target.y - (dy / length) * inset}
      markerEnd={edge.kind === 'serves' ? 'url(#graph-arrow)' : undefined}
    />
  );
}

interface NodeProps {
  node: PositionedNode;
  state: 'plain' | 'active' | 'near' | 'dim';
  onOpen: (event: MouseEvent<Element>, node: PositionedNode) => void;
  onEnter: () => void;
  onLeave: () => void;
  onFocus: () => void;
  onBlur: () => void;
}

function Node({ node, state, onOpen, onEnter, onLeave, onFocus, onBlur }: NodeProps) {
  const lines = node.kind === 'post' ? [] : wrapLabel(node.label);
  return (
    <a
      href={node.href}
      className={`graph-node graph-node-${node.kind} tone-${node.tone} is-${state}`}
      aria-label={node.description}
      onClick={(event) => onOpen(event, node)}
      onPointerEnter={onEnter}
      onPointerLeave={onLeave}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <title>{node.description}</title>
      {node.kind === 'organisation' ? (
        <>
          <circle className="graph-focus" cx={node.x} cy={node.y} r={24} />
          <circle className="graph-shape" cx={node.x} cy={node.y} r={16} />
        </>
      ) : node.kind === 'network' ? (
        <>
          <rect
            className="graph-focus"
            x={node.x - 21}
            y={node.y - 21}
            width={42}
            height={42}
            rx={8}
          />
          <rect
            className="graph-shape"
            x={node.x - 14}
            y={node.y - 14}
            width={28}
            height={28}
            rx={5}
          />
        </>
      ) : (
        <>
          <circle className="graph-focus" cx={node.x} cy={node.y} r={12} />
          <circle className="graph-shape" cx={node.x} cy={node.y} r={7} />
        </>
      )}
      {lines.map((line, index) => (
        <text
          key={line}
          className="graph-label"
          x={node.x}
          y={node.y + (node.kind === 'network' ? 32 : 34) + index * 15}
          textAnchor="middle"
        >
          {line}
        </text>
      ))}
    </a>
  );
}

/** At most two lines of about 15 characters, broken between words; the rest is cut with "…". */
function wrapLabel(text: string, width = 15): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  return [
    lines[0] ?? '',
    `${lines
      .slice(1)
      .join(' ')
      .slice(0, width - 1)}…`,
  ];
}
