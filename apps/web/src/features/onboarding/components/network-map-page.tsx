import type { Network, Organisation, Post } from '@nk/shared';
import { lazy, Suspense, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n, useT } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { type MapData, useMapData } from '../api/get-map-data';
import { buildMapGraph } from '../map/build-map-graph';
import {
  layersValue,
  type MapLayers,
  mapGraphValue,
  mapLayersParam,
  mapTableValue,
  mapViewParam,
  readLayers,
} from '../map/view-param';
import { MapTable } from './map-table';
import './onboarding.css';

// The drawing is its own chunk, with React Flow and its CSS: the table never waits for it.
const NetworkGraph = lazy(async () => ({
  default: (await import('./network-graph')).NetworkGraph,
}));

/** The network as an interactive map, and the same data as tables. */
export function NetworkMapPage() {
  const { t } = useI18n();
  useDocumentTitle(t('onboarding.map.title'));
  const query = useMapData();
  const [searchParams, setSearchParams] = useSearchParams();
  const chosen = searchParams.get(mapViewParam);
  const view =
    chosen === mapTableValue
      ? 'table'
      : chosen === mapGraphValue
        ? 'graph'
        : tableSuitsDevice()
          ? 'table'
          : 'graph';

  // Choices replace the address rather than add to history: Back leaves the page.
  function setParam(name: string, value: string) {
    const params = new URLSearchParams(searchParams);
    params.set(name, value);
    // flushSync: a checkbox shows its new state at once, not after a deferred navigation.
    setSearchParams(params, { replace: true, preventScrollReset: true, flushSync: true });
  }
  const choose = (next: 'graph' | 'table') =>
    setParam(mapViewParam, next === 'table' ? mapTableValue : mapGraphValue);
  const layers = readLayers(searchParams.get(mapLayersParam));
  const showLayers = (next: MapLayers) => setParam(mapLayersParam, layersValue(next));

  return (
    <div className="network-map-page">
      <div className="page-header">
        <h1>{t('onboarding.map.title')}</h1>
        <p className="lead">{t('onboarding.map.lead')}</p>
      </div>

      <fieldset className="view-switch">
        <legend>{t('onboarding.map.view')}</legend>
        <button
          type="button"
          className="view-option"
          aria-pressed={view === 'table'}
          onClick={() => choose('table')}
        >
          {t('onboarding.map.view.table')}
        </button>
        <button
          type="button"
          className="view-option"
          aria-pressed={view === 'graph'}
          onClick={() => choose('graph')}
        >
          {t('onboarding.map.view.graph')}
        </button>
      </fieldset>
      <p className="view-hint">{t('onboarding.map.tableHint')}</p>

      {query.isPending ? (
        <LoadingRegion label={t('onboarding.map.loading')}>
          <Skeleton className="skeleton-map" />
        </LoadingRegion>
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.organisations.length === 0 ? (
        <p className="empty-state">{t('onboarding.map.empty')}</p>
      ) : view === 'table' ? (
        <MapTable data={query.data} />
      ) : (
        <GraphView data={query.data} layers={layers} onLayersChange={showLayers} />
      )}
    </div>
  );
}

/**
 * Without a choice in the address, small screens and devices without a pointer get the table:
 * a map of this size is hard to read there.
 */
function tableSuitsDevice(): boolean {
  if (typeof window.matchMedia !== 'function') return false;
  return (
    window.matchMedia('(max-width: 40rem)').matches || window.matchMedia('(pointer: none)').matches
  );
}

const holderNames = (post: Post) =>
  post.holders.map((h) => `${h.person.givenName} ${h.person.familyName}`).join(', ');

interface GraphViewProps {
  data: MapData;
  layers: MapLayers;
  onLayersChange: (layers: MapLayers) => void;
}

function GraphView({ data, layers, onLayersChange }: GraphViewProps) {
  const { t, language } = useI18n();
  const { showPosts, showNetworks } = layers;
  const postsId = useId();
  const networksId = useId();

  const graph = useMemo(() => {
    const collator = nameCollator(language);
    const organisationNames = new Map(data.organisations.map((o) => [o.id, o.name]));
    return buildMapGraph(
      data,
      {
        compare: (a, b) => collator.compare(a, b),
        organisationKind: (organisation: Organisation) => t(`kind.${organisation.kind}`),
        networkKind: (network: Network) => t(`networkKind.${network.kind}`),
        roleName: (post: Post) => (language === 'sv' ? post.role.nameSv : post.role.nameEn),
        organisationDescription: (organisation, kind) =>
          t('onboarding.map.node.organisation', {
            name: organisation.name,
            kind: kind.toLowerCase(),
          }),
        networkDescription: (network, kind) =>
          t('onboarding.map.node.network', { name: network.name, kind: kind.toLowerCase() }),
        postHolders: (post) =>
          post.holders.length > 0 ? holderNames(post) : t('onboarding.map.vacant'),
        postDescription: (post, role) =>
          t('onboarding.map.node.post', {
            role,
            organisation: organisationNames.get(post.organisation.id) ?? post.organisation.name,
            holders: post.holders.length > 0 ? holderNames(post) : t('onboarding.map.node.vacant'),
          }),
      },
      { organisation: paths.organisation, network: paths.network, post: paths.post },
      { showPosts, showNetworks },
    );
  }, [data, t, language, showPosts, showNetworks]);

  const counts = {
    organisations: data.organisations.length,
    networks: data.networks.length,
    posts: data.posts.length,
  };

  return (
    <section className="map-graph-section" aria-labelledby="map-graph-title">
      <h2 id="map-graph-title" className="visually-hidden">
        {t('onboarding.map.view.graph')}
      </h2>
      <div className="map-controls">
        <fieldset className="map-layers">
          <legend>{t('onboarding.map.layers')}</legend>
          <label htmlFor={networksId}>
            <input
              id={networksId}
              type="checkbox"
              checked={showNetworks}
              onChange={(event) =>
                onLayersChange({ ...layers, showNetworks: event.target.checked })
              }
            />{' '}
            {t('onboarding.map.showNetworks')}
          </label>
          <label htmlFor={postsId}>
            <input
              id={postsId}
              type="checkbox"
              checked={showPosts}
              onChange={(event) => onLayersChange({ ...layers, showPosts: event.target.checked })}
            />{' '}
            {t('onboarding.map.showPosts')}
          </label>
        </fieldset>
        <p className="map-help">{t('onboarding.map.help')}</p>
      </div>
      <Suspense
        fallback={
          <LoadingRegion label={t('onboarding.map.loading')}>
            <Skeleton className="skeleton-map" />
          </LoadingRegion>
        }
      >
        <NetworkGraph graph={graph} label={t('onboarding.map.graphLabel', counts)} />
      </Suspense>
      <MapLegend />
    </section>
  );
}

function MapLegend() {
  const t = useT();
  const items: Array<[string, string]> = [
    ['organisation', t('onboarding.map.legend.organisation')],
    ['network', t('onboarding.map.legend.network')],
    ['post', t('onboarding.map.legend.post')],
    ['vacant', t('onboarding.map.legend.vacant')],
    ['parent', t('onboarding.map.legend.parent')],
    ['serves', t('onboarding.map.legend.serves')],
    ['partner', t('onboarding.map.legend.partner')],
    ['member', t('onboarding.map.legend.member')],
  ];
  return (
    <div className="map-legend">
      <h3 className="map-legend-title">{t('onboarding.map.legend')}</h3>
      <ul>
        {items.map(([key, text]) => (
          <li key={key}>
            <svg className="legend-symbol" viewBox="0 0 32 16" aria-hidden="true">
              <LegendSymbol kind={key} />
              {key === 'serves' ? (
                <path className="legend-arrow" d="M23 3.5 L31 8 L23 12.5 z" />
              ) : null}
            </svg>
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}

function LegendSymbol({ kind }: { kind: string }) {
  switch (kind) {
    case 'organisation':
      return (
        <>
          <rect className="legend-card" x="4" y="1.5" width="24" height="13" rx="2" />
          <rect className="legend-card-edge" x="4" y="1.5" width="4" height="13" />
        </>
      );
    case 'network':
      return <rect className="legend-network" x="3" y="2" width="26" height="12" rx="6" />;
    case 'post':
      return <rect className="legend-post" x="6" y="3.5" width="20" height="9" rx="2" />;
    case 'vacant':
      return <rect className="legend-vacant" x="6" y="3.5" width="20" height="9" rx="2" />;
    default:
      return (
        <line
          className={`legend-edge legend-edge-${kind}`}
          x1="2"
          y1="8"
          x2={kind === 'serves' ? 24 : 30}
          y2="8"
        />
      );
  }
}
