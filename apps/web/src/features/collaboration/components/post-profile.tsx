import type { PostDetail } from '@nk/shared';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useMe } from '../../auth/api/get-me';
import { usePost } from '../api/get-post';
import { buildTimeline, findHandovers, type TimelineItem } from '../utils/timeline';
import { AsOfPicker } from './as-of-picker';
import {
  FunctionalContacts,
  HolderList,
  KindBadge,
  PersonLink,
  usePeriod,
  useRoleName,
  VacancyNotice,
} from './post-bits';
import './collaboration.css';

interface PostProfileProps {
  id: string;
  /** `YYYY-MM-DD`; today when absent. */
  asOf?: string;
}

/** A post's page: what it is, who is on it (on a chosen date) and everyone who has been. */
export function PostProfile({ id, asOf }: PostProfileProps) {
  const { t } = useI18n();
  const roleName = useRoleName();
  const query = usePost(id, asOf);
  const notFound = isApiError(query.error) && [400, 404].includes(query.error.status);

  useDocumentTitle(
    query.data
      ? (query.data.title ?? `${roleName(query.data.role)}, ${query.data.organisation.name}`)
      : notFound
        ? t('collaboration.post.notFound')
        : t('collaboration.post.title'),
  );

  if (query.isPending) return <PostSkeleton />;
  if (notFound) {
    return (
      <div className="page-header">
        <h1>{t('collaboration.post.notFound')}</h1>
        <p className="lead">{t('collaboration.post.notFoundBody')}</p>
        <p>
          <Link to={paths.search()}>{t('collaboration.toSearch')}</Link>
        </p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <>
        <h1>{t('collaboration.post.title')}</h1>
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      </>
    );
  }
  return <PostView post={query.data} asOf={asOf} loading={query.isPlaceholderData} />;
}

function PostView({ post, asOf, loading }: { post: PostDetail; asOf?: string; loading: boolean }) {
  const { t, locale } = useI18n();
  const roleName = useRoleName();
  const navigate = useNavigate();
  const me = useMe().data;
  // Its stewards and administrators put people on the post, as the API allows.
  const mayAssign =
    me?.role === 'admin' ||
    (me?.role === 'editor' && me.scope.includes(post.organisationId) && !post.archivedAt);
  const title = post.title ?? `${roleName(post.role)}, ${post.organisation.name}`;
  const handovers = findHandovers(post.timeline);

  return (
    <div className="collab-page">
      <nav className="collab-breadcrumb" aria-label={t('collaboration.breadcrumb')}>
        <ol>
          <li>
            <Link to={paths.organisations()}>{t('shell.nav.organisations')}</Link>
          </li>
          <li>
            <Link to={paths.organisation(post.organisation.id)}>{post.organisation.name}</Link>
          </li>
          <li>
            <span aria-current="page">{title}</span>
          </li>
        </ol>
      </nav>

      <div className="page-header">
        <p className="collab-eyebrow">{t('collaboration.post.eyebrow')}</p>
        <h1>{title}</h1>
        <p className="collab-meta">
          <Link to={paths.role(post.role.id)} className="collab-meta-role">
            {roleName(post.role)}
          </Link>
          {post.required ? <span className="badge">{t('collaboration.post.required')}</span> : null}
          {post.archivedAt ? (
            <span className="badge badge-muted">
              {t('collaboration.post.archived', { date: formatDate(post.archivedAt, locale) })}
            </span>
          ) : null}
        </p>
        {post.note ? <p className="lead">{post.note}</p> : null}
      </div>

      <AsOfPicker
        asOf={asOf}
        shownDate={post.asOf}
        hrefFor={(date) => paths.post(post.id, date)}
        onChoose={(date) => navigate(paths.post(post.id, date))}
      />

      <div className="collab-layout" aria-busy={loading || undefined}>
        <div className="collab-main">
          <section aria-labelledby="post-current" className="post-current">
            <h2 id="post-current">
              {asOf
                ? t('collaboration.post.onDate', { date: formatDate(post.asOf, locale) })
                : t('collaboration.post.current')}
            </h2>
            {post.vacant ? (
              <p className="post-vacancy">
                <VacancyNotice vacantSince={post.vacantSince} />
              </p>
            ) : null}
            {post.holders.length > 0 ? (
              <HolderList holders={post.holders} withPeriod />
            ) : post.vacant ? null : (
              <p className="empty-state">{t('collaboration.post.nobody')}</p>
            )}
            {mayAssign ? (
              <p>
                <Link
                  className="button button-secondary button-small"
                  to={paths.postAssignments(post.id)}
                >
                  {t('editing.link.assignments')}
                </Link>
              </p>
            ) : null}
          </section>

          <section aria-labelledby="post-history">
            <h2 id="post-history">{t('collaboration.post.history')}</h2>
            {handovers.length > 0 ? (
              <div className="handovers">
                <h3 className="handovers-title">{t('collaboration.post.handovers')}</h3>
                <ul>
                  {handovers.map((handover) => (
                    <li key={handover.to.assignmentId}>
                      <span className="handover-date">{formatDate(handover.date, locale)}:</span>{' '}
                      <PersonLink person={handover.from.person} /> <span aria-hidden="true">→</span>{' '}
                      <span className="visually-hidden">
                        {t('collaboration.post.handedOverTo')}
                      </span>{' '}
                      <PersonLink person={handover.to.person} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <Timeline post={post} />
          </section>
        </div>

        <div className="collab-side">
          <section className="card collab-card" aria-labelledby="post-facts">
            <h2 id="post-facts" className="collab-card-title">
              {t('collaboration.post.facts')}
            </h2>
            <dl className="collab-facts-list">
              <div>
                <dt>{t('collaboration.post.role')}</dt>
                <dd>
                  <Link to={paths.role(post.role.id)}>{roleName(post.role)}</Link>
                </dd>
              </div>
              <div>
                <dt>{t('collaboration.post.organisation')}</dt>
                <dd>
                  <Link to={paths.organisation(post.organisation.id)}>
                    {post.organisation.name}
                  </Link>
                </dd>
              </div>
              {post.network ? (
                <div>
                  <dt>{t('collaboration.post.network')}</dt>
                  <dd>
                    <Link to={paths.network(post.network.id)}>{post.network.name}</Link>
                  </dd>
                </div>
              ) : null}
            </dl>
            <FunctionalContacts email={post.functionalEmail} phone={post.functionalPhone} />
            <p className="collab-side-action">
              <Link
                to={paths.counterparts({ role: post.role.id, organisation: post.organisation.id })}
              >
                {t('collaboration.post.findCounterparts')}
              </Link>
            </p>
          </section>
        </div>
      </div>
    </div>
  );
}

function Timeline({ post }: { post: PostDetail }) {
  const { t } = useI18n();
  const items = buildTimeline(post.timeline, post.asOf, post.required && !post.archivedAt);
  if (items.length === 0) return <p className="empty-state">{t('collaboration.post.noHistory')}</p>;
  return (
    <ol className="post-timeline">
      {items.map((item) => (
        <TimelineRow
          key={item.type === 'assignment' ? item.entry.assignmentId : `gap-${item.validFrom}`}
          item={item}
        />
      ))}
    </ol>
  );
}

function TimelineRow({ item }: { item: TimelineItem }) {
  const { t } = useI18n();
  const period = usePeriod();
  const status = (
    <span className={`badge timeline-badge timeline-badge-${item.status}`}>
      {t(`collaboration.timeline.${item.status}`)}
    </span>
  );
  if (item.type === 'vacancy') {
    return (
      <li className={`post-timeline-item is-gap is-${item.status}`}>
        <p className="post-timeline-period">
          {period(item)} {status}
        </p>
        <p className="post-timeline-who">
          <VacancyNotice vacantSince={null} />
        </p>
      </li>
    );
  }
  const { entry } = item;
  return (
    <li className={`post-timeline-item is-${item.status}`}>
      <p className="post-timeline-period">
        {period(entry)} {status}
      </p>
      <p className="post-timeline-who">
        <PersonLink person={entry.person} />
        <KindBadge kind={entry.kind} />
      </p>
      {entry.person.title ? <p className="collab-muted">{entry.person.title}</p> : null}
      {entry.note ? <p className="post-timeline-note">{entry.note}</p> : null}
    </li>
  );
}

function PostSkeleton() {
  const { t } = useI18n();
  return (
    <LoadingRegion label={t('collaboration.post.loading')}>
      <Skeleton className="skeleton-line skeleton-short" />
      <Skeleton className="skeleton-heading" />
      <Skeleton className="skeleton-line" />
      <Skeleton className="skeleton-subheading" />
      <Skeleton className="skeleton-line" />
      <Skeleton className="skeleton-line skeleton-short" />
    </LoadingRegion>
  );
}
