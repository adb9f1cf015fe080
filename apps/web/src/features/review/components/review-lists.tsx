import type { Post, ReviewPerson } from '@nk/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-t';
import { describeError } from '../../../lib/describe-error';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useVerifyPerson } from '../api/verify-person';
import type { Announce } from './review-page';

const fullName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`;

interface PeopleListProps {
  people: ReviewPerson[];
  kind: 'unverified' | 'missingContact';
  announce: Announce;
}

/** People not confirmed for a year, or without a way to reach them. */
export function PeopleList({ people, kind, announce }: PeopleListProps) {
  return (
    <ul className="review-list">
      {people.map((person) => (
        <li key={person.id} className="review-item">
          <PersonItem person={person} kind={kind} announce={announce} />
        </li>
      ))}
    </ul>
  );
}

function PersonItem({
  person,
  kind,
  announce,
}: { person: ReviewPerson } & Omit<PeopleListProps, 'people'>) {
  const { t, locale } = useI18n();
  const verify = useVerifyPerson();
  const [error, setError] = useState<string | null>(null);
  const name = fullName(person);
  const missing = [
    person.email ? null : t('review.missing.email'),
    person.phone || person.mobile ? null : t('review.missing.phone'),
  ].filter((text): text is string => text !== null);

  async function confirm() {
    setError(null);
    try {
      await verify.mutateAsync(person.id);
      announce(t('review.verified', { name }), kind);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  return (
    <>
      <div className="review-item-main">
        <p className="review-item-title">
          <Link to={paths.person(person.id)}>{name}</Link>
        </p>
        <p className="review-meta">
          {person.organisationName}
          {' · '}
          {kind === 'missingContact'
            ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(missing)
            : person.lastVerifiedAt
              ? t('review.lastVerified', { date: formatDate(person.lastVerifiedAt, locale) })
              : t('review.neverVerified')}
        </p>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="review-actions">
        {kind === 'unverified' ? (
          <button
            type="button"
            className="button button-primary button-small"
            onClick={confirm}
            disabled={verify.isPending}
            aria-label={`${t('review.verify')}: ${name}`}
          >
            {t('review.verify')}
          </button>
        ) : null}
        <Link
          className="button button-secondary button-small"
          to={paths.editPerson(person.id)}
          aria-label={`${t('review.edit')}: ${name}`}
        >
          {t('review.edit')}
        </Link>
      </div>
    </>
  );
}

/** Groups of entries with the same name in one organisation, each pair a link to the merge. */
export function DuplicatesList({ groups }: { groups: ReviewPerson[][] }) {
  const { t } = useI18n();
  return (
    <ul className="review-list">
      {groups.map((group) => {
        const [first, ...others] = group;
        if (!first) return null;
        return (
          <li key={group.map((p) => p.id).join(' ')} className="review-item">
            <div className="review-item-main">
              <p className="review-item-title">
                {t('review.duplicates.group', { name: fullName(first), count: group.length })}
              </p>
              <p className="review-meta">{first.organisationName}</p>
              <ul className="review-duplicate-entries">
                {group.map((person) => (
                  <li key={person.id}>
                    <Link to={paths.person(person.id)}>{fullName(person)}</Link>
                    <span className="review-meta">
                      {' – '}
                      {[person.email, person.mobile ?? person.phone].filter(Boolean).join(', ') ||
                        t('review.duplicates.noContact')}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            <div className="review-actions">
              {others.map((other, index) => (
                <Link
                  key={other.id}
                  className="button button-primary button-small"
                  to={paths.adminMerge(first.id, other.id)}
                  aria-label={`${t('review.duplicates.compare')}: ${fullName(first)}${
                    others.length > 1 ? ` (${index + 2})` : ''
                  }`}
                >
                  {t('review.duplicates.compare')}
                </Link>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Required posts nobody holds: to the post's page, or straight to a handover. */
export function VacancyList({ posts }: { posts: Post[] }) {
  const { t, language, locale } = useI18n();
  return (
    <ul className="review-list">
      {posts.map((post) => {
        const role = language === 'sv' ? post.role.nameSv : post.role.nameEn;
        const name = post.title ? `${role} – ${post.title}` : role;
        return (
          <li key={post.id} className="review-item">
            <div className="review-item-main">
              <p className="review-item-title">
                <Link to={paths.post(post.id)}>{name}</Link>
              </p>
              <p className="review-meta">
                {post.organisation.name}
                {post.network ? ` · ${post.network.name}` : ''}
                {' · '}
                <span className="badge badge-vacant">
                  {post.vacantSince
                    ? t('review.vacantSince', { date: formatDate(post.vacantSince, locale) })
                    : t('review.neverHeld')}
                </span>
              </p>
            </div>
            <div className="review-actions">
              <Link
                className="button button-secondary button-small"
                to={paths.adminHandover(post.id)}
                aria-label={`${t('review.handover')}: ${name}, ${post.organisation.name}`}
              >
                {t('review.handover')}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
