import type { Me, Organisation, Person, Post } from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { etagOf } from '../../../lib/api-client';
import { formatDate, nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { type ArchivableKind, restore } from '../api/archive';
import { useArchived } from '../api/get-archived';
import { invalidateDirectory } from '../api/invalidate';
import { canEdit, canWriteOrganisation } from '../utils/access';
import { describeEditingError } from '../utils/describe-editing-error';
import { Refusal, useCurrentUser } from './form-page';
import { postName } from './post-form';
import './editing.css';

interface Row {
  kind: ArchivableKind;
  id: string;
  version: number;
  name: string;
  organisation: string | null;
  archivedAt: string;
  href: string;
}

/** The page at /admin/arkiv: everything archived that the user may restore. */
export function ArchivedPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  useDocumentTitle(t('editing.archived.title'));
  if (!me) return null;
  if (!canEdit(me)) {
    return <Refusal title={t('editing.refusal.title')} body={t('editing.refusal.viewer')} />;
  }
  return <ArchivedList me={me} />;
}

function ArchivedList({ me }: { me: Me }) {
  const { t, locale, language } = useI18n();
  const queryClient = useQueryClient();
  const archived = useArchived();
  const [restored, setRestored] = useState<{ row: Row } | null>(null);
  const [failure, setFailure] = useState<{ row: Row; error: unknown } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());

  async function onRestore(row: Row) {
    if (busy) return;
    setBusy(row.id);
    setFailure(null);
    setRestored(null);
    try {
      await restore(row.kind, row.id, etagOf(row.version));
      setGone((current) => new Set([...current, row.id]));
      setRestored({ row });
      void invalidateDirectory(queryClient);
    } catch (error) {
      setFailure({ row, error });
    } finally {
      setBusy(null);
    }
  }

  const collator = nameCollator(locale);
  const sorted = (rows: Row[]) =>
    rows.filter((row) => !gone.has(row.id)).sort((a, b) => collator.compare(a.name, b.name));

  const data = archived.data;
  const organisationName = (organisation: { name: string } | undefined) =>
    organisation?.name ?? null;
  const people = data
    ? sorted(
        data.people
          .filter((person) => canWriteOrganisation(me, person.organisationId))
          .map((person: Person) => ({
            kind: 'person' as const,
            id: person.id,
            version: person.version,
            name: `${person.familyName}, ${person.givenName}`,
            organisation: organisationName(person.organisation),
            archivedAt: person.archivedAt ?? '',
            href: paths.editPerson(person.id),
          })),
      )
    : [];
  const organisations = data
    ? sorted(
        data.organisations
          .filter((organisation) => canWriteOrganisation(me, organisation.id))
          .map((organisation: Organisation) => ({
            kind: 'organisation' as const,
            id: organisation.id,
            version: organisation.version,
            name: organisation.name,
            organisation: null,
            archivedAt: organisation.archivedAt ?? '',
            href: paths.editOrganisation(organisation.id),
          })),
      )
    : [];
  const posts = data
    ? sorted(
        data.posts
          .filter((post) => canWriteOrganisation(me, post.organisationId))
          .map((post: Post) => ({
            kind: 'post' as const,
            id: post.id,
            version: post.version,
            name: postName(post, language) + (post.title ? ` – ${post.title}` : ''),
            organisation: post.organisation.name,
            archivedAt: post.archivedAt ?? '',
            href: paths.editPost(post.id),
          })),
      )
    : [];

  return (
    <div className="editing-page">
      <div className="page-header">
        <h1>{t('editing.archived.title')}</h1>
        <p className="lead">
          {me.role === 'admin' ? t('editing.archived.lead') : t('editing.archived.leadEditor')}
        </p>
      </div>

      <div className="form-alert-slot" role="status">
        {restored ? (
          <p className="alert alert-info">
            {t('editing.archived.restored', { name: restored.row.name })}{' '}
            <Link to={restored.row.href}>{t('editing.archived.open')}</Link>
          </p>
        ) : null}
      </div>
      <div className="form-alert-slot" role="alert">
        {failure ? (
          <p className="alert alert-error">
            {t('editing.archived.failed', { name: failure.row.name })}{' '}
            {describeEditingError(failure.error, t)}
          </p>
        ) : null}
      </div>

      {archived.isPending ? (
        <LoadingRegion label={t('editing.archived.loading')}>
          {[0, 1, 2].map((index) => (
            <div key={index} className="editing-archived-section">
              <Skeleton className="skeleton-subheading" />
              <Skeleton className="skeleton-line" />
              <Skeleton className="skeleton-line skeleton-short" />
            </div>
          ))}
        </LoadingRegion>
      ) : archived.isError ? (
        <ErrorMessage error={archived.error} onRetry={() => archived.refetch()} />
      ) : (
        <>
          <ArchivedTable
            id="archived-people"
            title={t('editing.archived.people')}
            empty={t('editing.archived.noPeople')}
            rows={people}
            showOrganisation
            busy={busy}
            onRestore={onRestore}
          />
          <ArchivedTable
            id="archived-organisations"
            title={t('editing.archived.organisations')}
            empty={t('editing.archived.noOrganisations')}
            rows={organisations}
            showOrganisation={false}
            busy={busy}
            onRestore={onRestore}
          />
          <ArchivedTable
            id="archived-posts"
            title={t('editing.archived.posts')}
            empty={t('editing.archived.noPosts')}
            rows={posts}
            showOrganisation
            busy={busy}
            onRestore={onRestore}
          />
        </>
      )}
    </div>
  );
}

interface ArchivedTableProps {
  id: string;
  title: string;
  empty: string;
  rows: Row[];
  showOrganisation: boolean;
  busy: string | null;
  onRestore: (row: Row) => void;
}

function ArchivedTable({
  id,
  title,
  empty,
  rows,
  showOrganisation,
  busy,
  onRestore,
}: ArchivedTableProps) {
  const { t, locale } = useI18n();
  return (
    <section className="editing-archived-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="editing-count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <div className="editing-table-scroll">
          <table className="editing-table editing-archived-table">
            <thead>
              <tr>
                <th scope="col">{t('editing.archived.name')}</th>
                {showOrganisation ? (
                  <th scope="col">{t('editing.archived.organisation')}</th>
                ) : null}
                <th scope="col">{t('editing.archived.archivedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('editing.archived.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={row.href}>{row.name}</Link>
                  </th>
                  {showOrganisation ? <td>{row.organisation}</td> : null}
                  <td>{row.archivedAt ? formatDate(row.archivedAt, locale) : ''}</td>
                  <td className="editing-archived-action">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-disabled={busy === row.id ? true : undefined}
                      onClick={() => onRestore(row)}
                    >
                      {busy === row.id
                        ? t('editing.archived.restoring')
                        : t('editing.archived.restore')}
                      <span className="visually-hidden"> {row.name}</span>
                    </button>
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
