import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useI18n } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useRecentPeople } from '../api/get-recent-people';
import { useVacancies } from '../api/get-vacancies';
import { MapLink } from './map-link';
import './onboarding.css';

/** The start page's ways in: one card per task, then vacancies and recent changes. */
export function HomeEntryPoints() {
  const { t } = useI18n();
  return (
    <>
      <section className="home-section" aria-labelledby="home-entry-title">
        <h2 id="home-entry-title">{t('onboarding.home.entryPoints')}</h2>
        <ul className="entry-grid">
          <EntryCard
            title={t('onboarding.home.counterparts.title')}
            body={t('onboarding.home.counterparts.body')}
            link={(children) => <Link to={paths.counterparts()}>{children}</Link>}
          />
          <EntryCard
            title={t('onboarding.home.onboarding.title')}
            body={t('onboarding.home.onboarding.body')}
            link={(children) => <Link to={paths.onboarding()}>{children}</Link>}
          />
          <EntryCard
            title={t('onboarding.home.networks.title')}
            body={t('onboarding.home.networks.body')}
            link={(children) => <Link to={paths.networks()}>{children}</Link>}
          />
          <EntryCard
            title={t('onboarding.home.organisations.title')}
            body={t('onboarding.home.organisations.body')}
            link={(children) => <Link to={paths.organisations()}>{children}</Link>}
          />
          <EntryCard
            title={t('onboarding.home.map.title')}
            body={t('onboarding.home.map.body')}
            link={(children) => <MapLink>{children}</MapLink>}
          />
        </ul>
      </section>
      <div className="home-lists">
        <Vacancies />
        <RecentChanges />
      </div>
    </>
  );
}

/** A card whose title is the link; the whole card is clickable through the link's ::after. */
function EntryCard({
  title,
  body,
  link,
}: {
  title: string;
  body: string;
  link: (children: ReactNode) => ReactNode;
}) {
  return (
    <li className="entry-card">
      <h3 className="entry-card-title">{link(title)}</h3>
      <p>{body}</p>
    </li>
  );
}

function Vacancies() {
  const { t, language, locale } = useI18n();
  const query = useVacancies();
  return (
    <section className="card home-list" aria-labelledby="home-vacancies-title">
      <h2 id="home-vacancies-title">{t('onboarding.home.vacancies.title')}</h2>
      <p className="home-list-intro">{t('onboarding.home.vacancies.intro')}</p>
      {query.isPending ? (
        <ListSkeleton label={t('onboarding.home.vacancies.loading')} />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className="empty-state">{t('onboarding.home.vacancies.none')}</p>
      ) : (
        <ul className="home-list-items">
          {query.data.items.map((post) => {
            const role = language === 'sv' ? post.role.nameSv : post.role.nameEn;
            return (
              <li key={post.id}>
                <Link to={paths.post(post.id)} className="home-list-link">
                  {post.title ?? `${role}, ${post.organisation.name}`}
                </Link>
                <span className="home-list-meta">
                  {post.title ? `${post.organisation.name} · ` : ''}
                  <span className="badge badge-vacant">
                    {post.vacantSince
                      ? t('onboarding.home.vacancies.vacantSince', {
                          date: formatDate(post.vacantSince, locale),
                        })
                      : t('onboarding.home.vacancies.vacant')}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function RecentChanges() {
  const { t, locale } = useI18n();
  const query = useRecentPeople();
  return (
    <section className="card home-list" aria-labelledby="home-recent-title">
      <h2 id="home-recent-title">{t('onboarding.home.recent.title')}</h2>
      <p className="home-list-intro">{t('onboarding.home.recent.intro')}</p>
      {query.isPending ? (
        <ListSkeleton label={t('onboarding.home.recent.loading')} />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.length === 0 ? (
        <p className="empty-state">{t('onboarding.home.recent.none')}</p>
      ) : (
        <ul className="home-list-items">
          {query.data.map((person) => (
            <li key={person.id}>
              <Link to={paths.person(person.id)} className="home-list-link">
                {person.givenName} {person.familyName}
              </Link>
              <span className="home-list-meta">
                {person.organisation.name} ·{' '}
                {t('onboarding.home.recent.changed', {
                  date: formatDate(person.updatedAt, locale),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ListSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className="skeleton-row" />
      <Skeleton className="skeleton-row" />
      <Skeleton className="skeleton-row" />
    </LoadingRegion>
  );
}
