import type { OrganisationPost, PostHolder } from '@nk/shared';
import { Link } from 'react-router';
import { ContactList } from '../../../components/contact-list';
import { useI18n } from '../../../i18n/use-t';
import { formatDate, nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';

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
          <h3 className="role-name">
            <Link to={paths.role(group.roleId)}>{capitalise(group.roleName)}</Link>
          </h3>
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

      <p className="post-open">
        <Link to={paths.post(post.id)}>{t('post.open')}</Link>
      </p>

      {holders.length > 0 ? (
        <ul className="holder-list">
          {holders.map((holder) => (
            <li key={holder.assignmentId}>
              <Holder holder={holder} />
            </li>
          ))}
        </ul>
      ) : null}

      <ContactList
        className="contact-list post-functional"
        items={[
          { label: t('post.functionalEmail'), kind: 'email', value: post.functionalEmail },
          { label: t('post.functionalPhone'), kind: 'phone', value: post.functionalPhone },
        ]}
      />
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
        <Link to={paths.person(person.id)}>
          {person.givenName} {person.familyName}
        </Link>
        {holder.kind !== 'holder' ? (
          <span className={`badge badge-${holder.kind}`}>{t(`assignment.${holder.kind}`)}</span>
        ) : null}
      </p>
      {person.title ? <p className="holder-title">{person.title}</p> : null}
      <p className="holder-period">{period}</p>
      <ContactList
        className="contact-list"
        items={[
          { label: t('contact.phone'), kind: 'phone', value: person.phone },
          { label: t('contact.mobile'), kind: 'phone', value: person.mobile },
          { label: t('contact.email'), kind: 'email', value: person.email },
        ]}
      />
    </div>
  );
}

function capitalise(text: string): string {
  return text ? (text[0]?.toUpperCase() ?? '') + text.slice(1) : text;
}
