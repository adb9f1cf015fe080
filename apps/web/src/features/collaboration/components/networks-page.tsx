import type { Network, Topic } from '@nk/shared';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useNetworks, useTopics } from '../api/get-catalogue';
import { countText } from '../utils/text';
import './collaboration.css';

interface NetworkNode {
  network: Network;
  children: NetworkNode[];
}

/** Networks under their parents, each level in Swedish name order; orphans become roots. */
export function buildNetworkTree(networks: readonly Network[], collator: Intl.Collator) {
  const nodes = new Map(networks.map((network) => [network.id, { network, children: [] }]));
  const roots: NetworkNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.network.parentId ? nodes.get(node.network.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: NetworkNode[]) => {
    list.sort((a, b) => collator.compare(a.network.name, b.network.name));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** "Nätverk": the network with its programme areas, forums and projects. */
export function NetworksPage() {
  const { t, language } = useI18n();
  const networks = useNetworks();
  const topics = useTopics();
  useDocumentTitle(t('collaboration.networks.title'));

  const topicsById = new Map((topics.data ?? []).map((topic) => [topic.id, topic]));
  const tree = networks.data ? buildNetworkTree(networks.data, nameCollator(language)) : [];

  return (
    <div className="collab-page">
      <div className="page-header">
        <h1>{t('collaboration.networks.title')}</h1>
        <p className="lead">{t('collaboration.networks.lead')}</p>
      </div>
      {networks.isPending ? (
        <LoadingRegion label={t('collaboration.networks.loading')}>
          {[0, 1, 2].map((index) => (
            <div key={index} className="card network-card">
              <Skeleton className="skeleton-subheading" />
              <Skeleton className="skeleton-line" />
              <Skeleton className="skeleton-line skeleton-short" />
            </div>
          ))}
        </LoadingRegion>
      ) : networks.isError ? (
        <ErrorMessage error={networks.error} onRetry={() => networks.refetch()} />
      ) : tree.length === 0 ? (
        <p className="empty-state">{t('collaboration.networks.empty')}</p>
      ) : (
        <ul className="network-list">
          {tree.map((node) => (
            <li key={node.network.id}>
              <NetworkCard node={node} topicsById={topicsById} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NetworkCard({ node, topicsById }: { node: NetworkNode; topicsById: Map<string, Topic> }) {
  const { t } = useI18n();
  const { network } = node;
  return (
    <article className="card network-card" aria-labelledby={`network-${network.id}`}>
      <NetworkSummary network={network} topicsById={topicsById} level={2} />
      {node.children.length > 0 ? (
        <>
          <h3 className="network-children-title">{t('collaboration.network.children')}</h3>
          <NetworkChildren nodes={node.children} topicsById={topicsById} />
        </>
      ) : null}
    </article>
  );
}

function NetworkChildren({
  nodes,
  topicsById,
}: {
  nodes: NetworkNode[];
  topicsById: Map<string, Topic>;
}) {
  return (
    <ul className="network-children">
      {nodes.map((node) => (
        <li key={node.network.id} className="network-child">
          <NetworkSummary network={node.network} topicsById={topicsById} level={4} />
          {node.children.length > 0 ? (
            <NetworkChildren nodes={node.children} topicsById={topicsById} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function NetworkSummary({
  network,
  topicsById,
  level,
}: {
  network: Network;
  topicsById: Map<string, Topic>;
  level: 2 | 4;
}) {
  const { t, language } = useI18n();
  const Heading = level === 2 ? 'h2' : 'h4';
  const topics = network.topicIds
    .map((id) => topicsById.get(id))
    .filter((topic): topic is Topic => Boolean(topic))
    .map((topic) => (language === 'sv' ? topic.nameSv : topic.nameEn))
    .sort(nameCollator(language).compare);
  return (
    <div className="network-summary">
      <div className="collab-heading-row">
        <Heading id={`network-${network.id}`} className="network-name">
          <Link to={paths.network(network.id)}>{network.name}</Link>
        </Heading>
        <span className="badge">{t(`networkKind.${network.kind}`)}</span>
      </div>
      {network.description ? <p className="network-description">{network.description}</p> : null}
      <p className="collab-muted network-counts">
        {countText(t, 'organisations', network.organisationIds.length)}
        {topics.length > 0 ? ` · ${topics.join(', ')}` : null}
      </p>
    </div>
  );
}
