import { useMemo } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useI18n } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useOrganisations } from '../api/get-organisations';
import {
  buildOrganisationTree,
  groupRoots,
  type OrganisationNode,
} from '../utils/build-organisation-tree';
import { OrganisationKindBadge } from './organisation-kind-badge';
import './organisations.css';

/**
 * The whole register as nested lists of links: the region with its hospitals, divisions and
 * units; the municipalities; then everyone else. Names sort the Swedish way (Å Ä Ö after Z) in
 * both languages, since they are Swedish names.
 */
export function OrganisationTree() {
  const { t } = useI18n();
  const organisations = useOrganisations();
  const groups = useMemo(
    () =>
      organisations.data
        ? groupRoots(buildOrganisationTree(organisations.data, nameCollator('sv')))
        : null,
    [organisations.data],
  );

  if (organisations.isPending) return <OrganisationTreeSkeleton />;
  if (organisations.isError) {
    return <ErrorMessage error={organisations.error} onRetry={() => organisations.refetch()} />;
  }
  if (!groups || organisations.data.length === 0) {
    return <p className="empty-state">{t('organisations.empty')}</p>;
  }

  const sections = [
    { key: 'regions', title: t('organisations.group.region'), nodes: groups.regions },
    {
      key: 'municipalities',
      title: t('organisations.group.municipalities'),
      nodes: groups.municipalities,
    },
    { key: 'others', title: t('organisations.group.other'), nodes: groups.others },
  ].filter((section) => section.nodes.length > 0);

  return (
    <div className="org-groups">
      {sections.map((section) => (
        <section key={section.key} className="card org-group">
          <h2 className="org-group-title">{section.title}</h2>
          <TreeLevel nodes={section.nodes} className="org-tree" />
        </section>
      ))}
    </div>
  );
}

function TreeLevel({ nodes, className }: { nodes: OrganisationNode[]; className?: string }) {
  return (
    <ul className={className}>
      {nodes.map((node) => (
        <TreeItem key={node.organisation.id} node={node} />
      ))}
    </ul>
  );
}

function TreeItem({ node }: { node: OrganisationNode }) {
  const { t } = useI18n();
  const { organisation } = node;
  return (
    <li className="org-tree-item">
      <div className="org-tree-row">
        <Link to={paths.organisation(organisation.id)} className="org-tree-link">
          {organisation.name}
        </Link>
        <OrganisationKindBadge kind={organisation.kind} />
        {organisation.kind === 'municipality' && organisation.municipalityCode ? (
          <span className="org-code">
            {t('organisation.municipalityCodeValue', { code: organisation.municipalityCode })}
          </span>
        ) : null}
      </div>
      {node.children.length > 0 ? <TreeLevel nodes={node.children} /> : null}
    </li>
  );
}

function OrganisationTreeSkeleton() {
  const { t } = useI18n();
  return (
    <LoadingRegion label={t('organisations.loading')}>
      <div className="org-groups">
        {[6, 9, 2].map((rows) => (
          <div key={rows} className="card org-group">
            <Skeleton className="skeleton-subheading" />
            {Array.from({ length: rows }, (_, index) => (
              <Skeleton
                // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
                key={index}
                className={`skeleton-row${index > 0 && rows > 3 ? ' skeleton-indent' : ''}`}
              />
            ))}
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
