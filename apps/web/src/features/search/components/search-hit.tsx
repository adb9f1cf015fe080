import type { RoleRef, SearchHit } from '@nk/shared';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-t';
import { formatDate, telHref } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { HighlightedText, highlightOf } from './highlighted-text';

interface SearchHitItemProps {
  hit: SearchHit;
  /** Position among all hits on the page, for arrow-key movement. */
  index: number;
  /** Only the active hit is in the tab order (roving tab index); arrows move between hits. */
  active: boolean;
  onFocus: (index: number) => void;
}

/** Where a hit leads: its own page. */
function hitHref(hit: SearchHit): string {
  switch (hit.type) {
    case 'person':
      return paths.person(hit.id);
    case 'organisation':
      return paths.organisation(hit.id);
    case 'post':
      return paths.post(hit.id);
    case 'role':
      return paths.role(hit.id);
    case 'network':
      return paths.network(hit.id);
  }
}

export function useRoleName() {
  const { language } = useI18n();
  return (role: Pick<RoleRef, 'nameSv' | 'nameEn'>) =>
    language === 'sv' ? role.nameSv : role.nameEn;
}

/** One hit: a link to where it leads, and for people a tap-to-call number beside it. */
export function SearchHitItem({ hit, index, active, onFocus }: SearchHitItemProps) {
  const { t } = useI18n();
  const person = hit.type === 'person' ? hit.person : undefined;
  const phone = person?.mobile ?? person?.phone;

  return (
    <li className="hit">
      <Link
        to={hitHref(hit)}
        className="hit-link"
        data-result-index={index}
        tabIndex={active ? 0 : -1}
        onFocus={() => onFocus(index)}
      >
        <HitBody hit={hit} />
      </Link>
      {person && phone ? (
        // Out of the tab order: the profile one arrow and Enter away has every number; this is
        // the one-tap shortcut for people on a phone.
        <a
          className="hit-call"
          href={telHref(phone)}
          tabIndex={-1}
          aria-label={t('search.hit.call', {
            name: `${person.givenName} ${person.familyName}`,
            phone,
          })}
        >
          {phone}
        </a>
      ) : null}
    </li>
  );
}

function HitBody({ hit }: { hit: SearchHit }) {
  switch (hit.type) {
    case 'person':
      return <PersonHit hit={hit} />;
    case 'post':
      return <PostHit hit={hit} />;
    case 'role':
      return <RoleHit hit={hit} />;
    case 'organisation':
      return <OrganisationHit hit={hit} />;
    case 'network':
      return <NetworkHit hit={hit} />;
  }
}

/** A hit without its details (an API older or newer than this app): its label still leads on. */
function HitLabel({ label }: { label: string }) {
  return (
    <span className="hit-title">
      <span className="hit-name">{label}</span>
    </span>
  );
}

function PersonHit({ hit }: { hit: SearchHit }) {
  const { t } = useI18n();
  const roleName = useRoleName();
  const person = hit.person;
  if (!person) return <HitLabel label={hit.label} />;
  const name = `${person.givenName} ${person.familyName}`;
  const email = highlightOf(hit.highlights, 'email');
  const phones = hit.highlights.filter((h) => h.field === 'phone' || h.field === 'mobile');

  return (
    <>
      <span className="hit-title">
        <span className="hit-name">
          <HighlightedText text={name} highlight={highlightOf(hit.highlights, 'name')} />
        </span>
        {person.archivedAt ? (
          <span className="badge badge-muted">{t('search.hit.left')}</span>
        ) : person.currentPosts.length === 0 ? (
          <span className="badge badge-muted">{t('search.hit.noPost')}</span>
        ) : null}
      </span>
      {person.title ? <span className="hit-line">{person.title}</span> : null}
      {person.currentPosts.length > 0 ? (
        person.currentPosts.slice(0, 3).map((post) => (
          <span key={post.postId} className="hit-line hit-post">
            <span className="hit-strong">{roleName(post.role)}</span>
            {', '}
            {post.organisation.name}
            {post.kind === 'interim' || post.kind === 'deputy' ? (
              <span className={`badge badge-${post.kind}`}>{t(`assignment.${post.kind}`)}</span>
            ) : null}
          </span>
        ))
      ) : (
        <span className="hit-line">{person.organisation.name}</span>
      )}
      {email ? (
        <span className="hit-line">
          {t('contact.email')}: <HighlightedText text={email.value} highlight={email} />
        </span>
      ) : null}
      {phones.map((highlight) => (
        <span key={highlight.field} className="hit-line">
          {t(highlight.field === 'mobile' ? 'contact.mobile' : 'contact.phone')}:{' '}
          <HighlightedText text={highlight.value} highlight={highlight} />
        </span>
      ))}
    </>
  );
}

function PostHit({ hit }: { hit: SearchHit }) {
  const { t, language, locale } = useI18n();
  const roleName = useRoleName();
  const post = hit.post;
  if (!post) return <HitLabel label={hit.label} />;
  // Highlights are computed on the Swedish role name; in English the name differs.
  const roleHighlight = language === 'sv' ? highlightOf(hit.highlights, 'role') : undefined;
  const holders = post.holders;

  return (
    <>
      <span className="hit-title">
        <span className="hit-name">
          <HighlightedText text={roleName(post.role)} highlight={roleHighlight} />
          {', '}
          <HighlightedText
            text={post.organisation.name}
            highlight={highlightOf(hit.highlights, 'organisation')}
          />
        </span>
        {post.vacant ? (
          <span className="badge badge-vacant">
            {post.vacantSince
              ? t('post.vacantSince', { date: formatDate(post.vacantSince, locale) })
              : t('post.vacant')}
          </span>
        ) : null}
      </span>
      {post.title ? <span className="hit-line">{post.title}</span> : null}
      {holders.length > 0 ? (
        <span className="hit-line">
          {holders.map((holder, position) => (
            <span key={holder.assignmentId}>
              {position > 0 ? ' · ' : null}
              <span className="hit-strong">
                {holder.person.givenName} {holder.person.familyName}
              </span>
              {holder.kind !== 'holder'
                ? ` (${t(`assignment.${holder.kind}`).toLowerCase()})`
                : null}
            </span>
          ))}
        </span>
      ) : null}
      {post.network ? (
        <span className="hit-line hit-muted">{t('post.network', { name: post.network.name })}</span>
      ) : null}
    </>
  );
}

function RoleHit({ hit }: { hit: SearchHit }) {
  const { t, language } = useI18n();
  const role = hit.role;
  if (!role) return <HitLabel label={hit.label} />;
  const synonym = highlightOf(hit.highlights, 'synonym');
  return (
    <>
      <span className="hit-title">
        <span className="hit-name">
          {language === 'sv' ? (
            <HighlightedText text={role.nameSv} highlight={highlightOf(hit.highlights, 'name')} />
          ) : (
            role.nameEn
          )}
        </span>
      </span>
      {language === 'en' ? (
        <span className="hit-line" lang="sv">
          {role.nameSv}
        </span>
      ) : null}
      {synonym ? (
        <span className="hit-line">
          {t('search.hit.alsoCalled')} <HighlightedText text={synonym.value} highlight={synonym} />
        </span>
      ) : null}
      <span className="hit-line hit-muted">{t('search.hit.roleAction')}</span>
    </>
  );
}

function OrganisationHit({ hit }: { hit: SearchHit }) {
  const { t } = useI18n();
  const organisation = hit.organisation;
  if (!organisation) return <HitLabel label={hit.label} />;
  return (
    <>
      <span className="hit-title">
        <span className="hit-name">
          <HighlightedText
            text={organisation.name}
            highlight={highlightOf(hit.highlights, 'name')}
          />
        </span>
        <span className={`badge badge-kind badge-kind-${organisation.kind}`}>
          {t(`kind.${organisation.kind}`)}
        </span>
      </span>
      {organisation.parentName ? (
        <span className="hit-line">
          {t('search.hit.partOf', { name: organisation.parentName })}
        </span>
      ) : null}
      {organisation.municipalityCode ? (
        <span className="hit-line hit-muted">
          {t('organisation.municipalityCodeValue', { code: organisation.municipalityCode })}
        </span>
      ) : null}
    </>
  );
}

const networkKinds = ['network', 'programme_area', 'project', 'forum'] as const;
type NetworkKind = (typeof networkKinds)[number];
const isNetworkKind = (kind: string): kind is NetworkKind =>
  (networkKinds as readonly string[]).includes(kind);

function NetworkHit({ hit }: { hit: SearchHit }) {
  const { t } = useI18n();
  const network = hit.network;
  if (!network) return <HitLabel label={hit.label} />;
  return (
    <>
      <span className="hit-title">
        <span className="hit-name">
          <HighlightedText text={network.name} highlight={highlightOf(hit.highlights, 'name')} />
        </span>
        {isNetworkKind(network.kind) ? (
          <span className="badge">{t(`networkKind.${network.kind}`)}</span>
        ) : null}
      </span>
      <span className="hit-line hit-muted">{t('search.hit.networkAction')}</span>
    </>
  );
}
