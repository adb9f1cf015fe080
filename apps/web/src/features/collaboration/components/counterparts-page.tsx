import type {
  CounterpartGroup,
  CounterpartPost,
  CounterpartRelation,
  Counterparts,
  NetworkRef,
  Organisation,
  OrganisationRef,
  PersonAssignment,
  Role,
} from '@nk/shared';
import { Fragment, useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Combobox, type ComboboxOption } from '../../../components/combobox';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { usePickerOrganisations, useRoles } from '../api/get-catalogue';
import { contactsVcardHref, useCounterparts } from '../api/get-counterparts';
import { useOwnProfile } from '../api/get-own-posts';
import { countText, lowerFirst } from '../utils/text';
import { FunctionalContacts, HolderList, useRoleName, VacancyNotice } from './post-bits';
import './collaboration.css';

/** The most people one vCard link names (the API's `exportIdsLimit`). */
const vcardIdsLimit = 300;

interface CounterpartsPageProps {
  /** The signed-in user's person, whose current post is the default; null for users without one. */
  personId: string | null;
}

/**
 * "Hitta motpart": choose a role and an organisation (by default the signed-in person's own post)
 * and see, per related organisation, whom to call. The choice lives in the address.
 */
export function CounterpartsPage({ personId }: CounterpartsPageProps) {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const roleParam = searchParams.get('role') || undefined;
  const organisationParam = searchParams.get('organisation') || undefined;

  const roles = useRoles();
  const organisations = usePickerOrganisations();
  const own = useOwnProfile(personId);
  const ownPosts = useMemo(() => ownPostChoices(own.data?.currentPosts ?? []), [own.data]);

  useDocumentTitle(t('collaboration.counterparts.title'));

  // Nothing chosen yet: start from the person's own post, as if they had chosen it.
  const defaultPost = ownPosts[0];
  useEffect(() => {
    if (roleParam || organisationParam || !defaultPost) return;
    setSearchParams(
      { role: defaultPost.role.id, organisation: defaultPost.organisation.id },
      { replace: true },
    );
  }, [roleParam, organisationParam, defaultPost, setSearchParams]);

  const role = roles.data?.find((item) => item.id === roleParam || item.key === roleParam);
  const counterparts = useCounterparts(role?.id ?? roleParam, organisationParam);

  function choose(name: 'role' | 'organisation', value: string) {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.set(name, value);
      return next;
    });
  }

  const waitingForDefault =
    !roleParam && !organisationParam && Boolean(personId) && (own.isPending || !!defaultPost);

  return (
    <div className="collab-page">
      <div className="page-header">
        <h1>{t('collaboration.counterparts.title')}</h1>
        <p className="lead">{t('collaboration.counterparts.lead')}</p>
      </div>

      <section className="card counterparts-choice" aria-labelledby="counterparts-choice-title">
        <h2 id="counterparts-choice-title" className="collab-card-title">
          {t('collaboration.counterparts.choiceTitle')}
        </h2>
        {roles.isError || organisations.isError ? (
          <ErrorMessage
            error={roles.error ?? organisations.error}
            onRetry={() => {
              void roles.refetch();
              void organisations.refetch();
            }}
          />
        ) : (
          <div className="counterparts-pickers">
            <RolePicker
              roles={roles.data}
              value={role?.id ?? null}
              onChange={(value) => choose('role', value)}
            />
            <OrganisationPicker
              organisations={organisations.data}
              value={organisationParam ?? null}
              onChange={(value) => choose('organisation', value)}
            />
          </div>
        )}
        {ownPosts.length > 0 ? (
          <OwnPosts
            posts={ownPosts}
            roleId={role?.id}
            organisationId={organisationParam}
            onChoose={(post) =>
              setSearchParams({ role: post.role.id, organisation: post.organisation.id })
            }
          />
        ) : null}
      </section>

      {!roleParam || !organisationParam ? (
        waitingForDefault ? (
          <CounterpartsSkeleton />
        ) : (
          <p className="empty-state counterparts-prompt">
            {t('collaboration.counterparts.choose')}
          </p>
        )
      ) : counterparts.isPending ? (
        <CounterpartsSkeleton />
      ) : counterparts.isError ? (
        isApiError(counterparts.error) && [400, 404].includes(counterparts.error.status) ? (
          <div className="alert alert-info" role="alert">
            <p>{t('collaboration.counterparts.notFound')}</p>
          </div>
        ) : (
          <ErrorMessage error={counterparts.error} onRetry={() => counterparts.refetch()} />
        )
      ) : (
        <CounterpartResults result={counterparts.data} stale={counterparts.isPlaceholderData} />
      )}
    </div>
  );
}

/** Current posts, the held ones before interim and deputy ones, each role × organisation once. */
function ownPostChoices(posts: readonly PersonAssignment[]): PersonAssignment[] {
  const order = { holder: 0, interim: 1, deputy: 2 } as const;
  const seen = new Set<string>();
  return [...posts]
    .sort((a, b) => order[a.kind] - order[b.kind])
    .filter((post) => {
      const key = `${post.role.id}:${post.organisation.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function RolePicker({
  roles,
  value,
  onChange,
}: {
  roles: Role[] | undefined;
  value: string | null;
  onChange: (value: string) => void;
}) {
  const { t, language } = useI18n();
  const options = useMemo<ComboboxOption[]>(() => {
    const collator = nameCollator(language);
    return (roles ?? [])
      .map((role) => ({
        value: role.id,
        label: language === 'sv' ? role.nameSv : role.nameEn,
        keywords: [language === 'sv' ? role.nameEn : role.nameSv, role.key, ...role.synonyms],
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [roles, language]);
  return (
    <Combobox
      label={t('collaboration.counterparts.roleLabel')}
      description={t('collaboration.counterparts.roleHint')}
      options={options}
      value={value}
      onChange={(option) => onChange(option.value)}
      disabled={!roles}
    />
  );
}

function OrganisationPicker({
  organisations,
  value,
  onChange,
}: {
  organisations: Organisation[] | undefined;
  value: string | null;
  onChange: (value: string) => void;
}) {
  const { t, language } = useI18n();
  const options = useMemo<ComboboxOption[]>(() => {
    const collator = nameCollator(language);
    return (organisations ?? [])
      .map((organisation) => ({
        value: organisation.id,
        label: organisation.name,
        hint: t(`kind.${organisation.kind}`),
        keywords: [organisation.shortName ?? '', organisation.municipalityCode ?? ''],
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [organisations, language, t]);
  return (
    <Combobox
      label={t('collaboration.counterparts.organisationLabel')}
      description={t('collaboration.counterparts.organisationHint')}
      options={options}
      value={value}
      onChange={(option) => onChange(option.value)}
      disabled={!organisations}
    />
  );
}

function OwnPosts({
  posts,
  roleId,
  organisationId,
  onChoose,
}: {
  posts: PersonAssignment[];
  roleId: string | undefined;
  organisationId: string | undefined;
  onChoose: (post: PersonAssignment) => void;
}) {
  const { t } = useI18n();
  const roleName = useRoleName();
  return (
    <div className="counterparts-own">
      <p className="counterparts-own-label" id="counterparts-own-label">
        {t('collaboration.counterparts.ownPosts')}
      </p>
      <ul className="counterparts-own-list" aria-labelledby="counterparts-own-label">
        {posts.map((post) => (
          <li key={post.assignmentId}>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-pressed={post.role.id === roleId && post.organisation.id === organisationId}
              onClick={() => onChoose(post)}
            >
              {roleName(post.role)}, {post.organisation.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CounterpartResults({ result, stale }: { result: Counterparts; stale: boolean }) {
  const { t } = useI18n();
  const roleName = useRoleName();
  const role = lowerFirst(roleName(result.role));
  const linked = result.groups.filter((group) => group.relations.some(isLink));
  const byNetwork = result.groups.filter((group) => !group.relations.some(isLink));
  const personIds = uniquePersonIds(result.groups);

  return (
    <section
      className="counterparts-results"
      aria-labelledby="counterparts-results-title"
      aria-busy={stale || undefined}
    >
      <h2 id="counterparts-results-title">
        {t('collaboration.counterparts.resultsTitle', {
          role,
          organisation: result.organisation.name,
        })}
      </h2>

      <CounterpartRoles result={result} />

      {result.groups.length === 0 ? (
        <p className="empty-state">
          {t('collaboration.counterparts.none', { organisation: result.organisation.name })}
        </p>
      ) : (
        <>
          <div className="counterparts-summary">
            <p role="status">
              {t('collaboration.counterparts.summary', {
                people: countText(t, 'people', personIds.length),
                organisations: countText(t, 'organisations', result.groups.length),
              })}
            </p>
            {personIds.length > 0 ? (
              <a
                className="button button-primary"
                href={contactsVcardHref(personIds.slice(0, vcardIdsLimit))}
                download
              >
                {t('collaboration.counterparts.vcard')}
              </a>
            ) : null}
          </div>

          {linked.length > 0 ? (
            <GroupSection
              id="counterparts-linked"
              title={t('collaboration.counterparts.linkedTitle')}
              intro={t('collaboration.counterparts.linkedIntro', {
                organisation: result.organisation.name,
              })}
              groups={linked}
              asking={result.organisation}
            />
          ) : null}
          {byNetwork.length > 0 ? (
            <GroupSection
              id="counterparts-network"
              title={t('collaboration.counterparts.networkTitle')}
              intro={t('collaboration.counterparts.networkIntro', {
                organisation: result.organisation.name,
              })}
              groups={byNetwork}
              asking={result.organisation}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

function CounterpartRoles({ result }: { result: Counterparts }) {
  const { t, language } = useI18n();
  const roleName = useRoleName();
  if (result.counterpartRoles.length === 0) {
    return (
      <p className="empty-state">
        {t('collaboration.counterparts.noRoles', { role: roleName(result.role) })}
      </p>
    );
  }
  return (
    <div className="counterpart-roles">
      <h3 className="counterpart-roles-title">{t('collaboration.counterparts.rolesTitle')}</h3>
      <ul className="counterpart-roles-list">
        {result.counterpartRoles.map((pair) => {
          const description = language === 'sv' ? pair.descriptionSv : pair.descriptionEn;
          return (
            <li key={pair.id}>
              <Link to={paths.role(pair.role.id)} className="counterpart-role-name">
                {roleName(pair.role)}
              </Link>
              {description ? <span> – {description}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function GroupSection({
  id,
  title,
  intro,
  groups,
  asking,
}: {
  id: string;
  title: string;
  intro: string;
  groups: CounterpartGroup[];
  asking: OrganisationRef;
}) {
  return (
    <section className="counterparts-section" aria-labelledby={id}>
      <h3 id={id} className="counterparts-section-title">
        {title}
      </h3>
      <p className="counterparts-section-intro">{intro}</p>
      <ul className="counterparts-groups">
        {groups.map((group) => (
          <li key={group.organisation.id}>
            <GroupCard group={group} asking={asking} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function GroupCard({ group, asking }: { group: CounterpartGroup; asking: OrganisationRef }) {
  const { t } = useI18n();
  const headingId = `group-${group.organisation.id}`;
  return (
    <article className="card counterparts-group" aria-labelledby={headingId}>
      <div className="collab-heading-row">
        <h4 id={headingId} className="counterparts-group-title">
          <Link to={paths.organisation(group.organisation.id)}>{group.organisation.name}</Link>
        </h4>
        <span className="badge">{t(`kind.${group.organisation.kind}`)}</span>
      </div>
      <Relations relations={group.relations} asking={asking} />
      <ul className="counterparts-posts">
        {group.posts.map((post) => (
          <li key={post.id}>
            <CounterpartPostCard post={post} />
          </li>
        ))}
      </ul>
      {group.postCount > group.posts.length ? (
        <p className="counterparts-more">
          {t('collaboration.counterparts.more', {
            shown: group.posts.length,
            total: group.postCount,
          })}{' '}
          <Link to={paths.organisation(group.organisation.id)}>
            {t('collaboration.counterparts.allOnOrganisation')}
          </Link>
        </p>
      ) : null}
    </article>
  );
}

const isLink = (relation: CounterpartRelation) => relation.kind !== 'network';

/** Why the organisation is listed: catchment and partner links, then the networks in common. */
function Relations({
  relations,
  asking,
}: {
  relations: CounterpartRelation[];
  asking: OrganisationRef;
}) {
  const { t, language } = useI18n();
  const links = relations.filter(isLink);
  // Networks shared directly first, then those shared through an organisation above.
  const networksBy = new Map<string, { through: OrganisationRef | null; networks: NetworkRef[] }>();
  for (const relation of relations) {
    if (relation.kind !== 'network' || !relation.network) continue;
    const key = relation.through?.id ?? '';
    const entry = networksBy.get(key) ?? { through: relation.through, networks: [] };
    entry.networks.push(relation.network);
    networksBy.set(key, entry);
  }
  const collator = nameCollator(language);
  // Networks shared only through an organisation above are worth saying when nothing closer is.
  const direct = networksBy.get('');
  if (links.length > 0 || direct) {
    for (const key of [...networksBy.keys()]) if (key !== '') networksBy.delete(key);
  }
  const networkLines = [...networksBy.values()].sort((a, b) =>
    a.through === null
      ? -1
      : b.through === null
        ? 1
        : collator.compare(a.through.name, b.through.name),
  );

  return (
    <ul className="counterparts-relations">
      {links.map((relation) => {
        const organisation = (relation.through ?? asking).name;
        const key =
          relation.kind === 'partner'
            ? 'collaboration.relation.partner'
            : relation.direction === 'incoming'
              ? 'collaboration.relation.servesIncoming'
              : 'collaboration.relation.servesOutgoing';
        return (
          <li key={`${relation.kind}-${relation.direction}-${relation.through?.id ?? ''}`}>
            <span className="relation-kind relation-kind-link">{t(key, { organisation })}</span>
          </li>
        );
      })}
      {networkLines.map((line) => (
        <li key={line.through?.id ?? 'own'}>
          <span className="relation-kind">
            {line.through
              ? t('collaboration.relation.networksThrough', { organisation: line.through.name })
              : t('collaboration.relation.networks')}
          </span>{' '}
          {[...line.networks]
            .sort((a, b) => collator.compare(a.name, b.name))
            .map((network, index) => (
              <Fragment key={network.id}>
                {index > 0 ? ', ' : null}
                <Link to={paths.network(network.id)}>{network.name}</Link>
              </Fragment>
            ))}
        </li>
      ))}
    </ul>
  );
}

function CounterpartPostCard({ post }: { post: CounterpartPost }) {
  const { t } = useI18n();
  const roleName = useRoleName();
  return (
    <div className={`counterparts-post${post.vacant ? ' is-vacant' : ''}`}>
      <p className="counterparts-post-role">
        <Link to={paths.role(post.role.id)}>{roleName(post.role)}</Link>
      </p>
      <p className="counterparts-post-title">
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
      </p>
      {post.vacant ? (
        <p className="counterparts-post-vacancy">
          <VacancyNotice vacantSince={post.vacantSince} />
        </p>
      ) : null}
      <HolderList holders={post.holders} />
      <FunctionalContacts email={post.functionalEmail} phone={post.functionalPhone} />
    </div>
  );
}

/** Everyone on the page once, in the order they appear. */
function uniquePersonIds(groups: readonly CounterpartGroup[]): string[] {
  const ids = new Set<string>();
  for (const group of groups) {
    for (const post of group.posts) {
      for (const holder of post.holders) ids.add(holder.person.id);
    }
  }
  return [...ids];
}

function CounterpartsSkeleton() {
  const { t } = useI18n();
  return (
    <LoadingRegion label={t('collaboration.counterparts.loading')}>
      <Skeleton className="skeleton-subheading" />
      <Skeleton className="skeleton-line" />
      <div className="counterparts-groups">
        {[0, 1, 2].map((index) => (
          <div key={index} className="card counterparts-group">
            <Skeleton className="skeleton-line skeleton-short" />
            <Skeleton className="skeleton-line" />
            <Skeleton className="skeleton-line skeleton-short" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
