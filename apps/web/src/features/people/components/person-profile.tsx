import type { PersonAssignment, PersonDetail } from '@nk/shared';
import { Link } from 'react-router';
import { ContactList } from '../../../components/contact-list';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { formatDate, mailtoHref, telHref } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useMe } from '../../auth/api/get-me';
import { personVcardHref, usePerson } from '../api/get-person';
import { CopyLinkButton } from './copy-link-button';
import { ReportErrorDialog } from './report-error-dialog';
import './people.css';

/** An entry not confirmed for this long is flagged: people move on faster than registers. */
const staleAfterDays = 365;

interface PersonProfileProps {
  id: string;
  /** `YYYY-MM-DD`; today when absent. */
  asOf?: string;
}

/** A person's page: how to reach them, what they do now, what they did before. */
export function PersonProfile({ id, asOf }: PersonProfileProps) {
  const { t } = useI18n();
  const query = usePerson(id, asOf);
  // A malformed id is answered with 400; for the reader, both mean "no such person".
  const notFound = isApiError(query.error) && [400, 404].includes(query.error.status);

  useDocumentTitle(
    query.data
      ? `${query.data.givenName} ${query.data.familyName}`
      : notFound
        ? t('person.notFound.title')
        : t('person.title'),
  );

  if (query.isPending) return <PersonSkeleton />;
  if (notFound) {
    return (
      <div className="page-header">
        <h1>{t('person.notFound.title')}</h1>
        <p className="lead">{t('person.notFound.body')}</p>
        <p>
          <Link to={paths.search()}>{t('person.toSearch')}</Link>
        </p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <>
        <h1>{t('person.title')}</h1>
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      </>
    );
  }
  return <PersonView person={query.data} asOf={asOf} />;
}

function PersonView({ person, asOf }: { person: PersonDetail; asOf?: string }) {
  const { t, locale } = useI18n();
  const name = `${person.givenName} ${person.familyName}`;
  const phone = person.mobile ?? person.phone;
  const me = useMe().data;
  const mayEdit =
    me?.role === 'admin' || (me?.role === 'editor' && me.scope.includes(person.organisationId));

  return (
    <div className="person-page">
      {asOf ? (
        <p className="alert alert-info">
          {t('person.asOf', { date: formatDate(asOf, locale) })}{' '}
          <Link to={paths.person(person.id)}>{t('person.showToday')}</Link>
        </p>
      ) : null}

      <div className="page-header person-header">
        <h1>{name}</h1>
        {person.title ? <p className="lead person-title">{person.title}</p> : null}
        <p className="person-employer">
          {t('person.employer')}{' '}
          <Link to={paths.organisation(person.organisation.id)}>{person.organisation.name}</Link>
        </p>
        {person.archivedAt || person.protected ? (
          <p className="person-badges">
            {person.archivedAt ? (
              <span className="badge badge-muted">
                {t('person.archived', { date: formatDate(person.archivedAt, locale) })}
              </span>
            ) : null}
            {person.protected ? (
              <span className="badge badge-warning">{t('person.protected')}</span>
            ) : null}
          </p>
        ) : null}
      </div>

      <div className="person-actions">
        {phone ? (
          <a className="button button-primary" href={telHref(phone)}>
            {t('person.call', { phone })}
          </a>
        ) : null}
        {person.email ? (
          <a className="button button-secondary" href={mailtoHref(person.email)}>
            {t('person.sendEmail')}
          </a>
        ) : null}
        <a className="button button-secondary" href={personVcardHref(person.id)} download>
          {t('person.vcard')}
        </a>
        <CopyLinkButton path={paths.person(person.id)} />
        <ReportErrorDialog
          personId={person.id}
          personName={name}
          organisationName={person.organisation.name}
        />
        {mayEdit ? (
          <Link className="button button-secondary" to={paths.editPerson(person.id)}>
            {t('editing.link.edit')}
          </Link>
        ) : null}
      </div>

      <div className="person-layout">
        <div className="person-main">
          <section aria-labelledby="person-current">
            <h2 id="person-current">{t('person.currentPosts')}</h2>
            {person.currentPosts.length > 0 ? (
              <ul className="assignment-list">
                {person.currentPosts.map((assignment) => (
                  <li key={assignment.assignmentId}>
                    <AssignmentCard assignment={assignment} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty-state">{t('person.noCurrentPosts')}</p>
            )}
          </section>

          {person.upcoming.length > 0 ? (
            <section aria-labelledby="person-upcoming">
              <h2 id="person-upcoming">{t('person.upcoming')}</h2>
              <ul className="assignment-list">
                {person.upcoming.map((assignment) => (
                  <li key={assignment.assignmentId}>
                    <AssignmentCard assignment={assignment} upcoming />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="person-history">
            <h2 id="person-history">{t('person.history')}</h2>
            <Timeline person={person} />
          </section>
        </div>

        <div className="person-side">
          <ContactCard person={person} />
          {person.bio ? (
            <section className="card person-card" aria-labelledby="person-bio">
              <h2 id="person-bio" className="person-card-title">
                {t('person.bio')}
              </h2>
              <p className="person-bio">{person.bio}</p>
            </section>
          ) : null}
          <NetworksAndTopics person={person} />
          <VerifiedCard person={person} />
        </div>
      </div>
    </div>
  );
}

function useNames() {
  const { language } = useI18n();
  return (named: { nameSv: string; nameEn: string }) =>
    language === 'sv' ? named.nameSv : named.nameEn;
}

function periodText(
  assignment: PersonAssignment,
  t: ReturnType<typeof useI18n>['t'],
  locale: string,
) {
  const from = formatDate(assignment.validFrom, locale);
  return assignment.validTo
    ? t('post.period', { from, to: formatDate(assignment.validTo, locale) })
    : t('post.since', { date: from });
}

function AssignmentCard({
  assignment,
  upcoming = false,
}: {
  assignment: PersonAssignment;
  upcoming?: boolean;
}) {
  const { t, locale } = useI18n();
  const nameOf = useNames();
  return (
    <article className="assignment">
      <h3 className="assignment-role">
        {nameOf(assignment.role)}
        {assignment.kind !== 'holder' ? (
          <span className={`badge badge-${assignment.kind}`}>
            {t(`assignment.${assignment.kind}`)}
          </span>
        ) : null}
      </h3>
      <p className="assignment-organisation">
        <Link to={paths.organisation(assignment.organisation.id)}>
          {assignment.organisation.name}
        </Link>
      </p>
      {assignment.post.title ? <p className="assignment-title">{assignment.post.title}</p> : null}
      {assignment.network ? (
        <p className="assignment-network">{t('post.network', { name: assignment.network.name })}</p>
      ) : null}
      <p className="assignment-period">
        {upcoming
          ? t('person.startsOn', { date: formatDate(assignment.validFrom, locale) })
          : periodText(assignment, t, locale)}
      </p>
    </article>
  );
}

type TimelineStatus = 'upcoming' | 'current' | 'ended';

/** Every assignment, newest first: what the person does, will do and did, in one line each. */
function Timeline({ person }: { person: PersonDetail }) {
  const { t, locale } = useI18n();
  const nameOf = useNames();
  const entries: { assignment: PersonAssignment; status: TimelineStatus }[] = [
    ...person.upcoming.map((assignment) => ({ assignment, status: 'upcoming' as const })),
    ...person.currentPosts.map((assignment) => ({ assignment, status: 'current' as const })),
    ...person.history.map((assignment) => ({ assignment, status: 'ended' as const })),
  ].sort((a, b) => (a.assignment.validFrom < b.assignment.validFrom ? 1 : -1));

  if (entries.length === 0) return <p className="empty-state">{t('person.noHistory')}</p>;

  return (
    <ol className="timeline">
      {entries.map(({ assignment, status }) => (
        <li key={assignment.assignmentId} className={`timeline-item timeline-${status}`}>
          <p className="timeline-period">
            {periodText(assignment, t, locale)}
            <span className={`badge timeline-status-${status}`}>
              {t(`person.timeline.${status}`)}
            </span>
          </p>
          <p className="timeline-what">
            <span className="timeline-role">{nameOf(assignment.role)}</span>
            {assignment.kind !== 'holder'
              ? ` (${t(`assignment.${assignment.kind}`).toLowerCase()})`
              : null}
            {', '}
            <Link to={paths.organisation(assignment.organisation.id)}>
              {assignment.organisation.name}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}

function ContactCard({ person }: { person: PersonDetail }) {
  const { t, locale } = useI18n();
  const languages = languageNames(person.languages, locale);
  const hasContact = person.phone || person.mobile || person.email;
  return (
    <section className="card person-card" aria-labelledby="person-contact">
      <h2 id="person-contact" className="person-card-title">
        {t('person.contact')}
      </h2>
      <ContactList
        className="person-facts"
        items={[
          { label: t('contact.mobile'), kind: 'phone', value: person.mobile },
          { label: t('contact.phone'), kind: 'phone', value: person.phone },
          { label: t('contact.email'), kind: 'email', value: person.email },
        ]}
      />
      {hasContact ? null : <p className="empty-state">{t('person.noContact')}</p>}
      {languages || person.hsaId ? (
        <dl className="person-facts">
          {languages ? (
            <div>
              <dt>{t('person.languages')}</dt>
              <dd>{languages}</dd>
            </div>
          ) : null}
          {person.hsaId ? (
            <div>
              <dt>{t('person.hsaId')}</dt>
              <dd>{person.hsaId}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}

/** `['sv', 'en']` → "svenska, engelska" in the interface language. */
function languageNames(codes: string[], locale: string): string {
  if (codes.length === 0) return '';
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language' });
  } catch {
    names = null;
  }
  const list = codes.map((code) => names?.of(code) ?? code);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(list);
}

function NetworksAndTopics({ person }: { person: PersonDetail }) {
  const { t } = useI18n();
  const nameOf = useNames();
  if (person.networks.length === 0 && person.topics.length === 0) return null;
  return (
    <section className="card person-card" aria-labelledby="person-networks">
      <h2 id="person-networks" className="person-card-title">
        {t('person.networksAndTopics')}
      </h2>
      {person.networks.length > 0 ? (
        <>
          <h3 className="person-card-subtitle">{t('person.networks')}</h3>
          <ul className="person-links">
            {person.networks.map((network) => (
              <li key={network.id}>
                <Link to={paths.network(network.id)}>{network.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {person.topics.length > 0 ? (
        <>
          <h3 className="person-card-subtitle">{t('person.topics')}</h3>
          <ul className="person-tags">
            {person.topics.map((topic) => (
              <li key={topic.id}>
                <Link to={paths.search({ topic: topic.id })} className="tag">
                  {nameOf(topic)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function VerifiedCard({ person }: { person: PersonDetail }) {
  const { t, locale } = useI18n();
  const verified = person.lastVerifiedAt;
  const ageDays = verified
    ? (Date.parse(`${person.asOf}T00:00:00Z`) - Date.parse(verified)) / 86_400_000
    : null;
  const stale = ageDays === null || ageDays > staleAfterDays;
  return (
    <section className="card person-card" aria-labelledby="person-verified">
      <h2 id="person-verified" className="person-card-title">
        {t('person.verified')}
      </h2>
      <p className={stale ? 'verified verified-stale' : 'verified'}>
        {verified
          ? t('person.verifiedOn', { date: formatDate(verified, locale) })
          : t('person.neverVerified')}
      </p>
      {stale ? <p className="person-card-note">{t('person.verifiedStale')}</p> : null}
    </section>
  );
}

function PersonSkeleton() {
  const { t } = useI18n();
  return (
    <LoadingRegion label={t('person.loading')}>
      <Skeleton className="skeleton-heading" />
      <Skeleton className="skeleton-line skeleton-short" />
      <div className="person-actions">
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} className="skeleton-button" />
        ))}
      </div>
      <div className="person-layout">
        <div className="person-main">
          <Skeleton className="skeleton-subheading" />
          {[0, 1].map((index) => (
            <div key={index} className="assignment">
              <Skeleton className="skeleton-line skeleton-short" />
              <Skeleton className="skeleton-line" />
            </div>
          ))}
        </div>
        <div className="person-side">
          <div className="card person-card">
            <Skeleton className="skeleton-subheading" />
            <Skeleton className="skeleton-line" />
            <Skeleton className="skeleton-line skeleton-short" />
          </div>
        </div>
      </div>
    </LoadingRegion>
  );
}
