import type { OrganisationDetail, OrganisationLink, OrganisationRef } from '@nk/shared';
import { Link } from 'react-router';
import { ContactList } from '../../../components/contact-list';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { formatDate, nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useMe } from '../../auth/api/get-me';
import { useOrganisation } from '../api/get-organisation';
import { OrganisationKindBadge } from './organisation-kind-badge';
import { PostList } from './post-list';
import './organisations.css';

interface OrganisationDetailsProps {
  id: string;
  /** `YYYY-MM-DD`; today when absent. */
  asOf?: string;
}

/** An organisation's page: where it sits, how to reach it, whom it serves, and who holds its posts. */
export function OrganisationDetails({ id, asOf }: OrganisationDetailsProps) {
  const { t } = useI18n();
  const query = useOrganisation(id, asOf);
  // A malformed id is answered with 400; for the reader, both mean "no such organisation".
  const notFound = isApiError(query.error) && [400, 404].includes(query.error.status);

  useDocumentTitle(
    query.data?.name ??
      (notFound ? t('organisation.notFound.title') : t('shell.nav.organisations')),
  );

  if (query.isPending) return <OrganisationSkeleton />;
  if (notFound) {
    return (
      <div className="page-header">
        <h1>{t('organisation.notFound.title')}</h1>
        <p className="lead">{t('organisation.notFound.body')}</p>
        <p>
          <Link to={paths.organisations()}>{t('organisation.backToList')}</Link>
        </p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <>
        <h1>{t('shell.nav.organisations')}</h1>
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      </>
    );
  }
  return <OrganisationView organisation={query.data} asOf={asOf} />;
}

function OrganisationView({
  organisation,
  asOf,
}: {
  organisation: OrganisationDetail;
  asOf?: string;
}) {
  const { t, locale } = useI18n();
  const collator = nameCollator('sv');
  const sortRefs = (refs: OrganisationRef[]) =>
    [...refs].sort((a, b) => collator.compare(a.name, b.name));
  const linked = (kind: OrganisationLink['kind'], direction: OrganisationLink['direction']) =>
    sortRefs(
      organisation.links
        .filter((link) => link.kind === kind && link.direction === direction)
        .map((link) => link.organisation),
    );

  const catchment = linked('serves', 'outgoing');
  const servedBy = linked('serves', 'incoming');
  // A partnership may be recorded from either side; show each partner once.
  const partners = sortRefs([
    ...new Map(
      organisation.links
        .filter((link) => link.kind === 'partner')
        .map((link) => [link.organisation.id, link.organisation] as const),
    ).values(),
  ]);
  const children = sortRefs(organisation.children);
  const me = useMe().data;
  const mayEdit =
    me?.role === 'admin' || (me?.role === 'editor' && me.scope.includes(organisation.id));

  return (
    <>
      <nav className="breadcrumb" aria-label={t('organisation.breadcrumb')}>
        <ol>
          <li>
            <Link to={paths.organisations()}>{t('shell.nav.organisations')}</Link>
          </li>
          {organisation.ancestors.map((ancestor) => (
            <li key={ancestor.id}>
              <Link to={paths.organisation(ancestor.id)}>{ancestor.name}</Link>
            </li>
          ))}
          <li>
            <span aria-current="page">{organisation.name}</span>
          </li>
        </ol>
      </nav>

      <div className="page-header">
        <h1>{organisation.name}</h1>
        <div className="org-meta">
          <OrganisationKindBadge kind={organisation.kind} />
          {organisation.municipalityCode ? (
            <span className="org-code">
              {t('organisation.municipalityCodeValue', { code: organisation.municipalityCode })}
            </span>
          ) : null}
        </div>
        {organisation.description ? <p className="lead">{organisation.description}</p> : null}
        {mayEdit ? (
          <nav aria-label={t('editing.link.actions')}>
            <p className="org-meta">
              <Link
                className="button button-secondary button-small"
                to={paths.editOrganisation(organisation.id)}
              >
                {t('editing.link.edit')}
              </Link>{' '}
              <Link
                className="button button-secondary button-small"
                to={paths.newPerson(organisation.id)}
              >
                {t('editing.link.newPerson')}
              </Link>{' '}
              <Link
                className="button button-secondary button-small"
                to={paths.newPost(organisation.id)}
              >
                {t('editing.link.newPost')}
              </Link>
            </p>
          </nav>
        ) : null}
      </div>

      {asOf ? (
        <p className="alert alert-info">
          {t('organisation.asOf', { date: formatDate(asOf, locale) })}{' '}
          <Link to={paths.organisation(organisation.id)}>{t('organisation.showToday')}</Link>
        </p>
      ) : null}

      <div className="detail-layout">
        <section className="detail-main">
          <h2>{t('organisation.posts')}</h2>
          <PostList posts={organisation.posts} />
        </section>

        <div className="detail-side">
          <ContactCard organisation={organisation} />
          {catchment.length > 0 ? (
            <RelatedList
              title={t('organisation.catchment')}
              intro={t('organisation.catchmentIntro')}
              organisations={catchment}
            />
          ) : null}
          {servedBy.length > 0 ? (
            <RelatedList title={t('organisation.servedBy')} organisations={servedBy} />
          ) : null}
          {partners.length > 0 ? (
            <RelatedList title={t('organisation.partners')} organisations={partners} />
          ) : null}
          {children.length > 0 ? (
            <RelatedList title={t('organisation.children')} organisations={children} showKind />
          ) : null}
        </div>
      </div>
    </>
  );
}

function ContactCard({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useI18n();
  const address = [
    organisation.streetAddress,
    [organisation.postalCode, organisation.city].filter(Boolean).join(' '),
  ].filter(Boolean);
  const hasContact =
    organisation.phone || organisation.email || organisation.website || address.length > 0;

  return (
    <section className="card side-card">
      <h2 className="side-card-title">{t('organisation.contact')}</h2>
      <ContactList
        className="fact-list"
        items={[
          { label: t('organisation.phone'), kind: 'phone', value: organisation.phone },
          { label: t('organisation.email'), kind: 'email', value: organisation.email },
          { label: t('organisation.website'), kind: 'website', value: organisation.website },
        ]}
      />
      {address.length > 0 || organisation.shortName || organisation.hsaId ? (
        <dl className="fact-list">
          {address.length > 0 ? (
            <div>
              <dt>{t('organisation.address')}</dt>
              <dd>
                {address.map((line) => (
                  <span key={line} className="address-line">
                    {line}
                  </span>
                ))}
              </dd>
            </div>
          ) : null}
          {organisation.shortName ? (
            <div>
              <dt>{t('organisation.shortName')}</dt>
              <dd>{organisation.shortName}</dd>
            </div>
          ) : null}
          {organisation.hsaId ? (
            <div>
              <dt>{t('organisation.hsaId')}</dt>
              <dd>{organisation.hsaId}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {hasContact ? null : <p className="empty-state">{t('organisation.noContact')}</p>}
    </section>
  );
}

interface RelatedListProps {
  title: string;
  intro?: string;
  organisations: OrganisationRef[];
  showKind?: boolean;
}

function RelatedList({ title, intro, organisations, showKind = false }: RelatedListProps) {
  return (
    <section className="card side-card">
      <h2 className="side-card-title">{title}</h2>
      {intro ? <p className="side-card-intro">{intro}</p> : null}
      <ul className="related-list">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <Link to={paths.organisation(organisation.id)}>{organisation.name}</Link>
            {showKind ? <OrganisationKindBadge kind={organisation.kind} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OrganisationSkeleton() {
  const { t } = useI18n();
  return (
    <LoadingRegion label={t('organisation.loading')}>
      <Skeleton className="skeleton-line skeleton-short" />
      <Skeleton className="skeleton-heading" />
      <Skeleton className="skeleton-badge" />
      <div className="detail-layout">
        <div className="detail-main">
          <Skeleton className="skeleton-subheading" />
          {[0, 1, 2].map((index) => (
            <div key={index} className="post skeleton-post">
              <Skeleton className="skeleton-line skeleton-short" />
              <Skeleton className="skeleton-line" />
              <Skeleton className="skeleton-line skeleton-short" />
            </div>
          ))}
        </div>
        <div className="detail-side">
          <div className="card side-card">
            <Skeleton className="skeleton-subheading" />
            <Skeleton className="skeleton-line" />
            <Skeleton className="skeleton-line skeleton-short" />
          </div>
        </div>
      </div>
    </LoadingRegion>
  );
}
