import type { OrganisationPost, PostHolder } from '@nk/shared';
import { useI18n } from '../../../i18n/use-t';
import { formatDate, mailtoHref, nameCollator, telHref } from '../../../lib/format';

const holderOrder: Record<PostHolder['kind'], number> = { holder: 0, interim: 1, deputy: 2 };

interface RoleGroup {
  roleId: string;
  roleName: string;
  posts: OrganisationPost[];
}

/** Posts grouped by role, each with who holds it (and since when) or a clear vacancy notice. */
export function PostList({ posts }: { posts: OrganisationPost[] }) {
  const { t, language } = useI18n();
  if (posts.length === 0) return <p className="empty-state">{t('organisation.noPosts')}</p>;

  const groups = new Map<string, RoleGroup>();
  for (const post of posts) {
    const roleName = language === 'sv' ? post.role.nameSv : post.role.nameEn;
    const group = groups.get(post.role.id) ?? { roleId: post.role.id, roleName, posts: [] };
    group.posts.push(post);
    groups.set(post.role.id, group);
  }
  const collator = nameCollator(language);
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.roleName, b.roleName));

  return (
    <div className="role-groups">
      {sorted.map((group) => (
        <div key={group.roleId} className="role-group">
          <h3 className="role-name">{capitalise(group.roleName)}</h3>
          <ul className="post-list">
            {group.posts.map((post) => (
              <li key={post.id}>
                <PostCard post={post} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function PostCard({ post }: { post: OrganisationPost }) {
  const { t, locale } = useI18n();
  const holders = [...post.holders].sort((a, b) => holderOrder[a.kind] - holderOrder[b.kind]);
  const hasFunctionalContact = Boolean(post.functionalEmail || post.functionalPhone);

  return (
    <div className={`post${post.vacant ? ' post-vacant' : ''}`}>
      {post.title || post.network ? (
        <div className="post-context">
          {post.title ? <p className="post-title">{post.title}</p> : null}
          {post.network ? (
            <p className="post-network">{t('post.network', { name: post.network.name })}</p>
          ) : null}
        </div>
      ) : null}

      {post.vacant ? (
        <p className="vacancy">
          {post.vacantSince
            ? t('post.vacantSince', { date: formatDate(post.vacantSince, locale) })
            : t('post.vacant')}
        </p>
      ) : null}

      {holders.length > 0 ? (
        <ul className="holder-list">
          {holders.map((holder) => (
            <li key={holder.assignmentId}>
              <Holder holder={holder} />
            </li>
          ))}
        </ul>
      ) : null}

      {hasFunctionalContact ? (
        <dl className="contact-list post-functional">
          {post.functionalEmail ? (
            <div>
              <dt>{t('post.functionalEmail')}</dt>
              <dd>
                <a href={mailtoHref(post.functionalEmail)}>{post.functionalEmail}</a>
              </dd>
            </div>
          ) : null}
          {post.functionalPhone ? (
            <div>
              <dt>{t('post.functionalPhone')}</dt>
              <dd>
                <a href={telHref(post.functionalPhone)}>{post.functionalPhone}</a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}

function Holder({ holder }: { holder: PostHolder }) {
  const { t, locale } = useI18n();
  const { person } = holder;
  const from = formatDate(holder.validFrom, locale);
  const period = holder.validTo
    ? t('post.period', { from, to: formatDate(holder.validTo, locale) })
    : t('post.since', { date: from });

  return (
    <div className="holder">
      <p className="holder-name">
        <span>
          {person.givenName} {person.familyName}
        </span>
        {holder.kind !== 'holder' ? (
          <span className={`badge badge-${holder.kind}`}>{t(`assignment.${holder.kind}`)}</span>
        ) : null}
      </p>
      {person.title ? <p className="holder-title">{person.title}</p> : null}
      <p className="holder-period">{period}</p>
      {person.phone || person.mobile || person.email ? (
        <dl className="contact-list">
          {person.phone ? (
            <div>
              <dt>{t('contact.phone')}</dt>
              <dd>
                <a href={telHref(person.phone)}>{person.phone}</a>
              </dd>
            </div>
          ) : null}
          {person.mobile ? (
            <div>
              <dt>{t('contact.mobile')}</dt>
              <dd>
                <a href={telHref(person.mobile)}>{person.mobile}</a>
              </dd>
            </div>
          ) : null}
          {person.email ? (
            <div>
              <dt>{t('contact.email')}</dt>
              <dd>
                <a href={mailtoHref(person.email)}>{person.email}</a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}

function capitalise(text: string): string {
  return text ? (text[0]?.toUpperCase() ?? '') + text.slice(1) : text;
}
