import type { NetworkDetail, NetworkMember } from '@nk/shared';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { formatDate, nameCollator, websiteHref, websiteLabel } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useMe } from '../../auth/api/get-me';
import { useCoverage, useNetwork } from '../api/get-network';
import { countText } from '../utils/text';
import { AsOfPicker } from './as-of-picker';
import { CoverageGrid, coverageCounts } from './coverage-grid';
import { useRoleName, VacancyNotice } from './post-bits';
import './collaboration.css';

interface NetworkProfileProps {
  id: string;
  /** `YYYY-MM-DD` for the coverage grid; today when absent. */
  asOf?: string;
}

/** A network's page: what it is for, its topics and sub-networks, members and coverage. */
export function NetworkProfile({ id, asOf }: NetworkProfileProps) {
  const { t } = useI18n();
  const query = useNetwork(id);
  const notFound = isApiError(query.error) && [400, 404].includes(query.error.status);

  useDocumentTitle(
    query.data?.name ??
      (notFound ? t('collaboration.network.notFound') : t('collaboration.networks.title')),
  );

  if (query.isPending) return <NetworkSkeleton />;
  if (notFound) {
    return (
      <div className="page-header">
        <h1>{t('collaboration.network.notFound')}</h1>
        <p className="lead">{t('collaboration.network.notFoundBody')}</p>
        <p>
          <Link to={paths.networks()}>{t('collaboration.networks.toList')}</Link>
        </p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <>
        <h1>{t('collaboration.networks.title')}</h1>
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      </>
    );
  }
  return <NetworkView network={query.data} asOf={asOf} />;
}

function NetworkView({ network, asOf }: { network: NetworkDetail; asOf?: string }) {
  const { t, language } = useI18n();
  const me = useMe().data;
  const collator = nameCollator(language);
  const children = [...network.children].sort((a, b) => collator.compare(a.name, b.name));
  const topics = [...network.topics].sort((a, b) =>
    collator.compare(
      language === 'sv' ? a.nameSv : a.nameEn,
      language === 'sv' ? b.nameSv : b.nameEn,
    ),
  );

  return (
    <div className="collab-page">
      <nav className="collab-breadcrumb" aria-label={t('collaboration.breadcrumb')}>
        <ol>
          <li>
            <Link to={paths.networks()}>{t('collaboration.networks.title')}</Link>
          </li>
          {network.parent ? (
            <li>
              <Link to={paths.network(network.parent.id)}>{network.parent.name}</Link>
            </li>
          ) : null}
          <li>
            <span aria-current="page">{network.name}</span>
          </li>
        </ol>
      </nav>

      <div className="page-header">
        <h1>{network.name}</h1>
        <p className="collab-meta">
          <span className="badge">{t(`networkKind.${network.kind}`)}</span>
          {network.shortName ? (
            <span className="collab-muted">
              {t('collaboration.network.shortName', { name: network.shortName })}
            </span>
          ) : null}
        </p>
        {network.description ? <p className="lead">{network.description}</p> : null}
        <p className="collab-actions">
          <Link className="button button-secondary" to={paths.search({ network: network.id })}>
            {t('collaboration.network.searchPeople')}
          </Link>
          {network.website ? (
            <a className="button button-secondary" href={websiteHref(network.website)}>
              {t('collaboration.network.website', { site: websiteLabel(network.website) })}
            </a>
          ) : null}
          {/* Networks belong to no organisation: only administrators change them (as the API). */}
          {me?.role === 'admin' ? (
            <Link className="button button-secondary" to={paths.editNetwork(network.id)}>
              {t('editing.link.edit')}
            </Link>
          ) : null}
        </p>
      </div>

      <div className="collab-facts">
        {topics.length > 0 ? (
          <section className="card collab-card" aria-labelledby="network-topics">
            <h2 id="network-topics" className="collab-card-title">
              {t('collaboration.network.topics')}
            </h2>
            <ul className="collab-tags">
              {topics.map((topic) => (
                <li key={topic.id}>
                  <Link to={paths.search({ topic: topic.id })} className="collab-tag">
                    {language === 'sv' ? topic.nameSv : topic.nameEn}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {children.length > 0 ? (
          <section className="card collab-card" aria-labelledby="network-children">
            <h2 id="network-children" className="collab-card-title">
              {t('collaboration.network.children')}
            </h2>
            <ul className="collab-link-list">
              {children.map((child) => (
                <li key={child.id}>
                  <Link to={paths.network(child.id)}>{child.name}</Link>
                  <span className="badge">{t(`networkKind.${child.kind}`)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <Members members={network.organisations} />
      </div>

      <CoverageSection network={network} asOf={asOf} />
    </div>
  );
}

function Members({ members }: { members: NetworkMember[] }) {
  const { t, language, locale } = useI18n();
  const collator = nameCollator(language);
  const sorted = [...members].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <section className="card collab-card" aria-labelledby="network-members">
      <h2 id="network-members" className="collab-card-title">
        {t('collaboration.network.members', { count: members.length })}
      </h2>
      {sorted.length === 0 ? (
        <p className="empty-state">{t('collaboration.network.noMembers')}</p>
      ) : (
        <ul className="collab-link-list">
          {sorted.map((member) => (
            <li key={member.id}>
              <Link to={paths.organisation(member.id)}>{member.name}</Link>
              {member.validTo ? (
                <span className="collab-muted">
                  {t('collaboration.network.memberUntil', {
                    date: formatDate(member.validTo, locale),
                  })}
                </span>
              ) : member.validFrom ? (
                <span className="collab-muted">
                  {t('post.since', { date: formatDate(member.validFrom, locale) })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CoverageSection({ network, asOf }: { network: NetworkDetail; asOf?: string }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const roleName = useRoleName();
  const coverage = useCoverage(network.id, asOf);
  const counts = coverage.data ? coverageCounts(coverage.data) : null;

  return (
    <section className="coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('collaboration.coverage.title')}</h2>
      <p className="coverage-intro">{t('collaboration.coverage.intro')}</p>
      <AsOfPicker
        asOf={asOf}
        shownDate={coverage.data?.asOf}
        hrefFor={(date) => paths.network(network.id, date)}
        onChoose={(date) => navigate(paths.network(network.id, date))}
      />
      {coverage.isPending ? (
        <LoadingRegion label={t('collaboration.coverage.loading')}>
          {[0, 1, 2, 3].map((index) => (
            <Skeleton key={index} className="skeleton-line" />
          ))}
        </LoadingRegion>
      ) : coverage.isError ? (
        <ErrorMessage error={coverage.error} onRetry={() => coverage.refetch()} />
      ) : (
        <div aria-busy={coverage.isPlaceholderData || undefined}>
          {counts ? (
            <p className="coverage-summary">
              {t('collaboration.coverage.summary', {
                date: formatDate(coverage.data.asOf, locale),
                posts: countText(t, 'posts', counts.posts),
                vacant: countText(t, 'vacancies', counts.vacant),
              })}
            </p>
          ) : null}
          {counts && counts.vacancies.length > 0 ? (
            <div className="coverage-vacancies">
              <h3 className="coverage-vacancies-title">{t('collaboration.coverage.vacancies')}</h3>
              <ul>
                {counts.vacancies.map((post) => (
                  <li key={post.id}>
                    <Link to={paths.post(post.id)}>
                      {roleName(post.role)}, {post.organisation.name}
                    </Link>{' '}
                    <VacancyNotice vacantSince={post.vacantSince} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <CoverageGrid coverage={coverage.data} />
          {coverage.data.postsOutsideMembers > 0 ? (
            <p className="collab-muted">
              {t('collaboration.coverage.outside', {
                posts: countText(t, 'posts', coverage.data.postsOutsideMembers),
              })}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}

function NetworkSkeleton() {
  const { t } = useI18n();
  return (
    <LoadingRegion label={t('collaboration.network.loading')}>
      <Skeleton className="skeleton-line skeleton-short" />
      <Skeleton className="skeleton-heading" />
      <Skeleton className="skeleton-badge" />
      <Skeleton className="skeleton-line" />
      <Skeleton className="skeleton-line" />
      <div className="collab-facts">
        {[0, 1, 2].map((index) => (
          <div key={index} className="card collab-card">
            <Skeleton className="skeleton-subheading" />
            <Skeleton className="skeleton-line" />
            <Skeleton className="skeleton-line skeleton-short" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
