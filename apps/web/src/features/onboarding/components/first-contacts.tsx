import type { CounterpartGroup, CounterpartPost, PostHolder } from '@nk/shared';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { apiBase } from '../../../config/app';
import { useI18n } from '../../../i18n/use-t';
import { formatDate, mailtoHref, nameCollator, telHref } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import {
  contactPersonIds,
  type FirstContacts as FirstContactsData,
  useFirstContacts,
} from '../api/get-first-contacts';

const holderOrder: Record<PostHolder['kind'], number> = { holder: 0, interim: 1, deputy: 2 };

/** The vCard 4.0 bundle of the given people, for "add all to my phone". */
export function contactsVcardHref(ids: string[]): string {
  return `${apiBase}/export/contacts.vcf?${new URLSearchParams({ ids: ids.join(',') })}`;
}

/** The signed-in person's first contacts, or why there are none to show. */
export function FirstContacts({ personId }: { personId: string | null }) {
  const { t } = useI18n();
  if (!personId) {
    return (
      <p className="empty-state">
        {t('onboarding.contacts.noPerson')}{' '}
        <Link to={paths.counterparts()}>{t('onboarding.nav.counterparts')}</Link>
      </p>
    );
  }
  return <FirstContactsFor personId={personId} />;
}

function FirstContactsFor({ personId }: { personId: string }) {
  const { t } = useI18n();
  const query = useFirstContacts(personId);

  if (query.isPending) {
    return (
      <LoadingRegion label={t('onboarding.contacts.loading')}>
        <Skeleton className="skeleton-line" />
        <Skeleton className="skeleton-button" />
        <Skeleton className="skeleton-subheading" />
        <Skeleton className="skeleton-row" />
        <Skeleton className="skeleton-row" />
      </LoadingRegion>
    );
  }
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.person.currentPosts.length === 0) {
    return (
      <p className="empty-state">
        {t('onboarding.contacts.noPosts')}{' '}
        <Link to={paths.counterparts()}>{t('onboarding.nav.counterparts')}</Link>
      </p>
    );
  }
  return <ContactsView contacts={query.data} />;
}

function ContactsView({ contacts }: { contacts: FirstContactsData }) {
  const { t, language } = useI18n();
  const roleName = (role: { nameSv: string; nameEn: string }) =>
    language === 'sv' ? role.nameSv : role.nameEn;
  const ids = contactPersonIds(contacts);
  const first = contacts.person.currentPosts[0];
  const postsText = joinWords(
    contacts.person.currentPosts.map((assignment) =>
      t('onboarding.contacts.postOf', {
        role: roleName(assignment.role).toLowerCase(),
        organisation: assignment.organisation.name,
      }),
    ),
    t('onboarding.contacts.and'),
  );

  return (
    <>
      <div className="contacts-screen">
        <p>{t('onboarding.contacts.intro', { posts: postsText })}</p>
        <div className="contacts-actions">
          {ids.length > 0 ? (
            <a className="button button-primary" href={contactsVcardHref(ids)} download>
              {t('onboarding.contacts.vcard', { count: ids.length })}
            </a>
          ) : null}
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('onboarding.contacts.print')}
          </button>
          {first ? (
            <Link
              className="button button-secondary"
              to={paths.counterparts({ role: first.role.id, organisation: first.organisation.id })}
            >
              {t('onboarding.contacts.findMore')}
            </Link>
          ) : null}
        </div>

        {contacts.counterparts.map(({ assignment, counterparts }) => {
          const linked = counterparts.groups.filter((group) => isLinked(group));
          const shared = counterparts.groups.filter((group) => !isLinked(group));
          const headingId = `contacts-${assignment.assignmentId}`;
          return (
            <section
              key={assignment.assignmentId}
              className="contacts-part"
              aria-labelledby={headingId}
            >
              <h3 id={headingId}>
                {t('onboarding.contacts.counterparts', {
                  role: roleName(assignment.role).toLowerCase(),
                })}
              </h3>
              {counterparts.counterpartRoles.some((pair) => pair.descriptionSv) ? (
                <dl className="talk-list">
                  {counterparts.counterpartRoles.map((pair) => {
                    const description = language === 'sv' ? pair.descriptionSv : pair.descriptionEn;
                    return description ? (
                      <div key={pair.id}>
                        <dt>
                          {roleName(pair.role)}
                          <span className="visually-hidden">
                            , {t('onboarding.contacts.whenYouTalk').toLowerCase()}
                          </span>
                        </dt>
                        <dd>{description}</dd>
                      </div>
                    ) : null;
                  })}
                </dl>
              ) : null}
              {counterparts.groups.length === 0 ? (
                <p className="empty-state">{t('onboarding.contacts.counterpartsNone')}</p>
              ) : null}
              {linked.length > 0 ? (
                <>
                  <h4>{t('onboarding.contacts.linked')}</h4>
                  <GroupList groups={linked} />
                </>
              ) : null}
              {shared.length > 0 ? (
                <>
                  <h4>{t('onboarding.contacts.sameNetwork')}</h4>
                  <GroupList groups={shared} />
                </>
              ) : null}
            </section>
          );
        })}

        {contacts.forums.map((forum) => (
          <section
            key={forum.network.id}
            className="contacts-part"
            aria-labelledby={`forum-${forum.network.id}`}
          >
            <h3 id={`forum-${forum.network.id}`}>
              {t('onboarding.contacts.forum', { name: forum.network.name })}
            </h3>
            <p>{t('onboarding.contacts.forumIntro')}</p>
            <ul className="contact-posts">
              {forum.posts.map((post) => (
                <li key={post.id}>
                  <PostContacts post={post} showOrganisation />
                </li>
              ))}
            </ul>
          </section>
        ))}

        <section className="contacts-part" aria-labelledby="contacts-support">
          <h3 id="contacts-support">
            {t('onboarding.contacts.support', { organisation: contacts.support.organisation.name })}
          </h3>
          {contacts.support.posts.length > 0 ? (
            <>
              <p>
                {t('onboarding.contacts.supportIntro', {
                  organisation: contacts.support.organisation.name,
                })}
              </p>
              <ul className="contact-posts">
                {contacts.support.posts.map((post) => (
                  <li key={post.id}>
                    <PostContacts post={post} showOrganisation />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="empty-state">
              {t('onboarding.contacts.supportNone', {
                organisation: contacts.support.organisation.name,
              })}
            </p>
          )}
        </section>
      </div>
      <PrintSheet contacts={contacts} />
    </>
  );
}

/** Organisations linked to the asking one (catchment, partner) come before network peers. */
function isLinked(group: CounterpartGroup): boolean {
  return group.relations.some((relation) => relation.kind !== 'network');
}

function GroupList({ groups }: { groups: CounterpartGroup[] }) {
  return (
    <ul className="contact-groups">
      {groups.map((group) => (
        <li key={group.organisation.id} className="contact-group">
          <p className="contact-group-name">
            <Link to={paths.organisation(group.organisation.id)}>{group.organisation.name}</Link>
          </p>
          <ul className="contact-posts">
            {group.posts.map((post) => (
              <li key={post.id}>
                <PostContacts post={post} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function PostContacts({
  post,
  showOrganisation = false,
}: {
  post: CounterpartPost;
  showOrganisation?: boolean;
}) {
  const { t, language, locale } = useI18n();
  const role = language === 'sv' ? post.role.nameSv : post.role.nameEn;
  const holders = [...post.holders].sort((a, b) => holderOrder[a.kind] - holderOrder[b.kind]);
  return (
    <div className={`contact-post${post.vacant ? ' contact-post-vacant' : ''}`}>
      <p className="contact-post-role">
        <Link to={paths.post(post.id)}>{role}</Link>
        {showOrganisation ? (
          <span className="contact-post-org"> · {post.organisation.name}</span>
        ) : null}
      </p>
      {post.vacant ? (
        <p className="badge badge-vacant">
          {post.vacantSince
            ? t('onboarding.contacts.vacantSince', { date: formatDate(post.vacantSince, locale) })
            : t('onboarding.contacts.vacant')}
        </p>
      ) : null}
      {holders.length > 0 ? (
        <ul className="contact-people">
          {holders.map((holder) => (
            <li key={holder.assignmentId} className="contact-person">
              <p className="contact-person-name">
                <Link to={paths.person(holder.person.id)}>
                  {holder.person.givenName} {holder.person.familyName}
                </Link>
                {holder.kind !== 'holder' ? (
                  <span className={`badge badge-${holder.kind}`}>
                    {t(`onboarding.contacts.${holder.kind}`)}
                  </span>
                ) : null}
              </p>
              {holder.person.title ? (
                <p className="contact-person-title">{holder.person.title}</p>
              ) : null}
              <ContactLinks
                items={[
                  ['onboarding.contacts.mobile', 'phone', holder.person.mobile],
                  ['onboarding.contacts.phone', 'phone', holder.person.phone],
                  ['onboarding.contacts.email', 'email', holder.person.email],
                ]}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <ContactLinks
        items={[
          ['onboarding.contacts.sharedPhone', 'phone', post.functionalPhone],
          ['onboarding.contacts.sharedEmail', 'email', post.functionalEmail],
        ]}
      />
    </div>
  );
}

type ContactLabel =
  | 'onboarding.contacts.mobile'
  | 'onboarding.contacts.phone'
  | 'onboarding.contacts.email'
  | 'onboarding.contacts.sharedPhone'
  | 'onboarding.contacts.sharedEmail';

function ContactLinks({
  items,
}: {
  items: Array<[ContactLabel, 'phone' | 'email', string | null]>;
}) {
  const { t } = useI18n();
  const present = items.filter((item): item is [ContactLabel, 'phone' | 'email', string] =>
    Boolean(item[2]),
  );
  if (present.length === 0) return null;
  return (
    <dl className="contact-links">
      {present.map(([label, kind, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>
            <a href={kind === 'phone' ? telHref(value) : mailtoHref(value)}>{value}</a>
          </dd>
        </div>
      ))}
    </dl>
  );
}

interface PrintRow {
  key: string;
  name: string;
  post: string;
  kind: PostHolder['kind'];
  phones: string[];
  email: string | null;
  reason: 'counterpart' | 'forum' | 'support';
}

/** One table for paper (A4): hidden on screen, the only thing printed from this page. */
function PrintSheet({ contacts }: { contacts: FirstContactsData }) {
  const { t, language, locale } = useI18n();
  const collator = nameCollator(language);
  const rows: PrintRow[] = [];
  const seen = new Set<string>();
  const add = (posts: CounterpartPost[], reason: PrintRow['reason']) => {
    for (const post of posts) {
      const role = language === 'sv' ? post.role.nameSv : post.role.nameEn;
      for (const holder of post.holders) {
        const key = `${holder.person.id}:${post.id}`;
        if (seen.has(key) || holder.person.id === contacts.person.id) continue;
        seen.add(key);
        rows.push({
          key,
          name: `${holder.person.givenName} ${holder.person.familyName}`,
          post: t('onboarding.contacts.postOf', { role, organisation: post.organisation.name }),
          kind: holder.kind,
          phones: [holder.person.mobile, holder.person.phone].filter((p): p is string =>
            Boolean(p),
          ),
          email: holder.person.email,
          reason,
        });
      }
    }
  };
  for (const entry of contacts.counterparts) {
    for (const group of entry.counterparts.groups) add(group.posts, 'counterpart');
  }
  for (const forum of contacts.forums) add(forum.posts, 'forum');
  add(contacts.support.posts, 'support');
  const reasonOrder = { counterpart: 0, forum: 1, support: 2 };
  rows.sort(
    (a, b) => reasonOrder[a.reason] - reasonOrder[b.reason] || collator.compare(a.post, b.post),
  );
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="print-sheet">
      <p className="print-title">
        {t('onboarding.contacts.printTitle', {
          name: `${contacts.person.givenName} ${contacts.person.familyName}`,
        })}
      </p>
      <p className="print-date">
        {t('onboarding.contacts.printDate', { date: formatDate(today, locale) })}
      </p>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('onboarding.contacts.col.name')}</th>
            <th scope="col">{t('onboarding.contacts.col.post')}</th>
            <th scope="col">{t('onboarding.contacts.col.phone')}</th>
            <th scope="col">{t('onboarding.contacts.col.email')}</th>
            <th scope="col">{t('onboarding.contacts.col.section')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>
                {row.post}
                {row.kind !== 'holder'
                  ? ` (${t(`onboarding.contacts.${row.kind}`).toLowerCase()})`
                  : ''}
              </td>
              <td>
                {row.phones.map((phone) => (
                  <span key={phone} className="print-phone">
                    {phone}
                  </span>
                ))}
              </td>
              <td>{row.email}</td>
              <td>{t(`onboarding.contacts.reason.${row.reason}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "a, b och c" / "a, b and c". */
function joinWords(items: string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
