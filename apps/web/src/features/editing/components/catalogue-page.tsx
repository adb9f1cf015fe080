import type { Network, Role, Topic } from '@nk/shared';
import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { formatDate, nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useCatalogueEntries } from '../api/get-catalogue';
import { canEditCatalogue } from '../utils/access';
import { FormSkeleton, Refusal, useCurrentUser } from './form-page';
import './editing.css';

/** The page at /admin/katalog: roles, networks and topics, each with its form. */
export function CataloguePage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  useDocumentTitle(t('editing.catalogue.title'));
  if (!me) return <FormSkeleton label={t('editing.loading')} />;
  if (!canEditCatalogue(me)) {
    return <Refusal title={t('editing.refusal.title')} body={t('editing.refusal.catalogue')} />;
  }
  return <CatalogueLists />;
}

interface Row {
  id: string;
  name: string;
  /** The entry's own page, when it has one (roles and networks). */
  href: string | null;
  editHref: string;
  detail: string;
  archivedAt: string | null;
}

function CatalogueLists() {
  const { t, language, locale } = useI18n();
  const query = useCatalogueEntries();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const collator = nameCollator(locale);
  // Archived entries last, each group in Swedish (or English) order.
  const sorted = (rows: Row[]) =>
    rows.sort(
      (a, b) =>
        Number(Boolean(a.archivedAt)) - Number(Boolean(b.archivedAt)) ||
        collator.compare(a.name, b.name),
    );
  const own = (entry: { nameSv: string; nameEn: string }) =>
    language === 'sv' ? entry.nameSv : entry.nameEn;

  const roles = (items: Role[]) =>
    sorted(
      items.map((role) => ({
        id: role.id,
        name: own(role),
        href: paths.role(role.id),
        editHref: paths.editRole(role.id),
        detail: role.synonyms.join(', '),
        archivedAt: role.archivedAt,
      })),
    );
  const networks = (items: Network[]) =>
    sorted(
      items.map((network) => ({
        id: network.id,
        name: network.name,
        href: paths.network(network.id),
        editHref: paths.editNetwork(network.id),
        detail: t(`networkKind.${network.kind}`),
        archivedAt: network.archivedAt,
      })),
    );
  const topics = (items: Topic[]) =>
    sorted(
      items.map((topic) => ({
        id: topic.id,
        name: own(topic),
        href: null,
        editHref: paths.editTopic(topic.id),
        detail: t(`editing.topic.kind.${topic.kind}`),
        archivedAt: topic.archivedAt,
      })),
    );

  return (
    <div className="editing-page editing-catalogue">
      <div className="page-header">
        <p className="editing-kicker">
          <Link to={paths.admin()}>{t('editing.catalogue.toAdmin')}</Link>
        </p>
        <h1>{t('editing.catalogue.title')}</h1>
        <p className="lead">{t('editing.catalogue.lead')}</p>
      </div>

      <div className="form-alert-slot" role="status">
        {saved ? (
          <p className="alert alert-info">{t('editing.catalogue.saved', { name: saved })}</p>
        ) : null}
      </div>

      {query.isPending ? (
        <LoadingRegion label={t('editing.catalogue.loading')}>
          {[0, 1, 2].map((index) => (
            <div key={index} className="editing-archived-section">
              <Skeleton className="skeleton-subheading" />
              <Skeleton className="skeleton-line" />
              <Skeleton className="skeleton-line skeleton-short" />
            </div>
          ))}
        </LoadingRegion>
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <>
          <CatalogueTable
            id="catalogue-roles"
            title={t('editing.catalogue.roles')}
            newLabel={t('editing.catalogue.newRole')}
            newHref={paths.newRole()}
            detailHeading={t('editing.catalogue.synonyms')}
            empty={t('editing.catalogue.noRoles')}
            rows={roles(query.data.roles)}
          />
          <CatalogueTable
            id="catalogue-networks"
            title={t('editing.catalogue.networks')}
            newLabel={t('editing.catalogue.newNetwork')}
            newHref={paths.newNetwork()}
            detailHeading={t('editing.catalogue.kind')}
            empty={t('editing.catalogue.noNetworks')}
            rows={networks(query.data.networks)}
          />
          <CatalogueTable
            id="catalogue-topics"
            title={t('editing.catalogue.topics')}
            newLabel={t('editing.catalogue.newTopic')}
            newHref={paths.newTopic()}
            detailHeading={t('editing.catalogue.kind')}
            empty={t('editing.catalogue.noTopics')}
            rows={topics(query.data.topics)}
          />
        </>
      )}
    </div>
  );
}

interface CatalogueTableProps {
  id: string;
  title: string;
  newLabel: string;
  newHref: string;
  detailHeading: string;
  empty: string;
  rows: Row[];
}

function CatalogueTable({
  id,
  title,
  newLabel,
  newHref,
  detailHeading,
  empty,
  rows,
}: CatalogueTableProps) {
  const { t, locale } = useI18n();
  return (
    <section className="editing-archived-section" aria-labelledby={id}>
      <div className="editing-catalogue-heading">
        <h2 id={id}>
          {title} <span className="editing-count">({rows.length})</span>
        </h2>
        <Link className="button button-primary button-small" to={newHref}>
          {newLabel}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <div className="editing-table-scroll">
          <table className="editing-table">
            <thead>
              <tr>
                <th scope="col">{t('editing.catalogue.name')}</th>
                <th scope="col" className="editing-catalogue-detail">
                  {detailHeading}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('editing.catalogue.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.href ? <Link to={row.href}>{row.name}</Link> : row.name}
                    {row.archivedAt ? (
                      <>
                        {' '}
                        <span className="badge badge-muted">
                          {t('editing.archive.archivedOn', {
                            date: formatDate(row.archivedAt, locale),
                          })}
                        </span>
                      </>
                    ) : null}
                  </th>
                  <td className="editing-catalogue-detail">{row.detail}</td>
                  <td className="editing-archived-action">
                    <Link to={row.editHref} className="button button-secondary button-small">
                      {t('editing.catalogue.edit')}
                      <span className="visually-hidden"> {row.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
