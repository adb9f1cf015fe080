import type { OrganisationRef, Post, RoleDetail } from '@nk/shared';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useMe } from '../../auth/api/get-me';
import { useRole, useRolePosts } from '../api/get-role';
import { countText } from '../utils/text';
import { FunctionalContacts, HolderList, useRoleName, VacancyNotice } from './post-bits';
import './collaboration.css';

/** A role's page: what it does, what it is also called, whom it works with, who holds it. */
export function RoleProfile({ id }: { id: string }) {
  const { t } = useI18n();
  const roleName = useRoleName();
  const query = useRole(id);
  const notFound = isApiError(query.error) && [400, 404].includes(query.error.status);

  useDocumentTitle(
    query.data
      ? roleName(query.data)
      : notFound
        ? t('collaboration.role.notFound')
        : t('collaboration.role.title'),
  );

  if (query.isPending) return <RoleSkeleton />;
  if (notFound) {
    return (
      <div className="page-header">
        <h1>{t('collaboration.role.notFound')}</h1>
        <p className="lead">{t('collaboration.role.notFoundBody')}</p>
        <p>
          <Link to={paths.search()}>{t('collaboration.toSearch')}</Link>
        </p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <>
        <h1>{t('collaboration.role.title')}</h1>
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      </>
    );
  }
  return <RoleView role={query.data} />;
}

function RoleView({ role }: { role: RoleDetail }) {
  const { t, language } = useI18n();
  const me = useMe().data;
  const roleName = useRoleName();
  const otherLanguage = language === 'sv' ? 'en' : 'sv';
  const ownDescription = language === 'sv' ? role.descriptionSv : role.descriptionEn;
  const otherDescription = language === 'sv' ? role.descriptionEn : role.descriptionSv;
  const collator = nameCollator(language);
  const counterparts = [...role.counterparts].sort((a, b) =>
    collator.compare(roleName(a.role), roleName(b.role)),
  );

  return (
    <div className="collab-page">
      <div className="page-header">
        <p className="collab-eyebrow">{t('collaboration.role.eyebrow')}</p>
        <h1>{roleName(role)}</h1>
        {language === 'en' ? (
          <p className="collab-muted">
            {t('collaboration.role.inSwedish')} <span lang="sv">{role.nameSv}</span>
          </p>
        ) : null}
        {ownDescription ? (
          <p className="lead">{ownDescription}</p>
        ) : otherDescription ? (
          <p className="lead" lang={otherLanguage}>
            {otherDescription}
          </p>
        ) : (
          <p className="empty-state">{t('collaboration.role.noDescription')}</p>
        )}
        {role.synonyms.length > 0 ? (
          <div className="collab-synonyms">
            <p className="collab-synonyms-label" id="role-synonyms">
              {t('collaboration.role.synonyms')}
            </p>
            <ul className="collab-tags" aria-labelledby="role-synonyms">
              {role.synonyms.map((synonym) => (
                <li key={synonym} className="collab-tag collab-tag-static" lang="sv">
                  {synonym}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="collab-actions">
          <Link className="button button-primary" to={paths.counterparts({ role: role.id })}>
            {t('collaboration.role.findCounterparts')}
          </Link>
          <Link className="button button-secondary" to={paths.search({ role: role.id })}>
            {t('collaboration.role.search')}
          </Link>
          {/* Roles belong to the whole network: only administrators change them (as the API). */}
          {me?.role === 'admin' ? (
            <Link className="button button-secondary" to={paths.editRole(role.id)}>
              {t('editing.link.edit')}
            </Link>
          ) : null}
        </p>
      </div>

      <div className="collab-layout">
        <div className="collab-main">
          <RoleHolders roleId={role.id} />
        </div>
        <div className="collab-side">
          <section className="card collab-card" aria-labelledby="role-counterparts">
            <h2 id="role-counterparts" className="collab-card-title">
              {t('collaboration.role.counterparts')}
            </h2>
            {counterparts.length === 0 ? (
              <p className="empty-state">{t('collaboration.role.noCounterparts')}</p>
            ) : (
              <ul className="collab-pairs">
                {counterparts.map((pair) => {
                  const description = language === 'sv' ? pair.descriptionSv : pair.descriptionEn;
                  return (
                    <li key={pair.id}>
                      <Link to={paths.role(pair.role.id)} className="collab-pair-role">
                        {pair.role.id === role.id
                          ? t('collaboration.role.peers', { role: roleName(pair.role) })
                          : roleName(pair.role)}
                      </Link>
                      {description ? <p className="collab-pair-when">{description}</p> : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

interface OrganisationPosts {
  organisation: OrganisationRef;
  posts: Post[];
}

function RoleHolders({ roleId }: { roleId: string }) {
  const { t, language } = useI18n();
  const query = useRolePosts(roleId);

  if (query.isPending) {
    return (
      <LoadingRegion label={t('collaboration.role.loadingHolders')}>
        <Skeleton className="skeleton-subheading" />
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} className="skeleton-line" />
        ))}
      </LoadingRegion>
    );
  }
  if (query.isError) {
    return <ErrorMessage error={query.error} onRetry={() => query.refetch()} />;
  }

  const collator = nameCollator(language);
  const groups = new Map<string, OrganisationPosts>();
  for (const post of query.data) {
    const group = groups.get(post.organisation.id) ?? {
      organisation: post.organisation,
      posts: [],
    };
    group.posts.push(post);
    groups.set(post.organisation.id, group);
  }
  const sorted = [...groups.values()].sort((a, b) =>
    collator.compare(a.organisation.name, b.organisation.name),
  );
  const vacancies = query.data.filter((post) => post.vacant);
  const people = new Set(
    query.data.flatMap((post) => post.holders.map((holder) => holder.person.id)),
  );

  return (
    <>
      <section aria-labelledby="role-vacancies" className="role-vacancies">
        <h2 id="role-vacancies">{t('collaboration.role.vacancies')}</h2>
        {vacancies.length === 0 ? (
          <p className="empty-state">{t('collaboration.role.noVacancies')}</p>
        ) : (
          <ul className="collab-vacancy-list">
            {vacancies
              .sort((a, b) => collator.compare(a.organisation.name, b.organisation.name))
              .map((post) => (
                <li key={post.id}>
                  <Link to={paths.post(post.id)}>{post.title ?? post.organisation.name}</Link>{' '}
                  <VacancyNotice vacantSince={post.vacantSince} />
                </li>
              ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="role-holders">
        <h2 id="role-holders">{t('collaboration.role.holders')}</h2>
        <p className="collab-muted">
          {t('collaboration.role.holdersSummary', {
            people: countText(t, 'people', people.size),
            organisations: countText(t, 'organisations', sorted.length),
          })}
        </p>
        {sorted.length === 0 ? (
          <p className="empty-state">{t('collaboration.role.noPosts')}</p>
        ) : (
          <ul className="role-organisations">
            {sorted.map((group) => (
              <li key={group.organisation.id} className="card role-organisation">
                <h3 className="role-organisation-name">
                  <Link to={paths.organisation(group.organisation.id)}>
                    {group.organisation.name}
                  </Link>
                </h3>
                <ul className="role-posts">
                  {group.posts.map((post) => (
                    <li key={post.id} className={post.vacant ? 'is-vacant' : undefined}>
                      <RolePost post={post} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function RolePost({ post }: { post: Post }) {
  const { t } = useI18n();
  const roleName = useRoleName();
  return (
    <>
      <p className="role-post-title">
        <Link
          to={paths.post(post.id)}
          aria-label={
            post.title
              ? undefined
              : t('collaboration.post.openLabel', {
                  role: roleName(post.role),
                  organisation: post.organisation.name,
                })
          }
        >
          {post.title ?? t('collaboration.post.open')}
        </Link>
        {post.network ? (
          <span className="collab-muted"> · {t('post.network', { name: post.network.name })}</span>
        ) : null}
      </p>
      {post.vacant ? (
        <p>
          <VacancyNotice vacantSince={post.vacantSince} />
        </p>
      ) : null}
      <HolderList holders={post.holders} withPeriod />
      <FunctionalContacts email={post.functionalEmail} phone={post.functionalPhone} />
    </>
  );
}

function RoleSkeleton() {
  const { t } = useI18n();
  return (
    <LoadingRegion label={t('collaboration.role.loading')}>
      <Skeleton className="skeleton-line skeleton-short" />
      <Skeleton className="skeleton-heading" />
      <Skeleton className="skeleton-line" />
      <Skeleton className="skeleton-line" />
      <Skeleton className="skeleton-line skeleton-short" />
    </LoadingRegion>
  );
}
