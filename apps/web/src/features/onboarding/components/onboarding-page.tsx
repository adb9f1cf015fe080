import type { Topic } from '@nk/shared';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useRoles } from '../api/get-roles';
import { useTopics } from '../api/get-topics';
import { FirstContacts } from './first-contacts';
import { MapLink } from './map-link';
import './onboarding.css';

const sections = [
  { id: 'natverket', key: 'onboarding.about.title' },
  { id: 'fokusomraden', key: 'onboarding.focus.title' },
  { id: 'resultat', key: 'onboarding.results.title' },
  { id: 'roller', key: 'onboarding.roles.title' },
  { id: 'kontakter', key: 'onboarding.contacts.title' },
] as const;

/**
 * "Ny i nätverket": what the network is for, the roadmap's focus areas, what has been done, the
 * roles, and the signed-in person's first contacts with a vCard bundle and a printable list.
 */
export function OnboardingPage({ personId }: { personId: string | null }) {
  const { t } = useI18n();
  useDocumentTitle(t('onboarding.title'));

  return (
    <div className="onboarding">
      <div className="page-header onboarding-header">
        <h1>{t('onboarding.title')}</h1>
        <p className="lead">{t('onboarding.lead')}</p>
      </div>

      <nav className="onboarding-toc card" aria-labelledby="onboarding-toc-title">
        <h2 id="onboarding-toc-title" className="onboarding-toc-title">
          {t('onboarding.toc')}
        </h2>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.key)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="natverket" className="onboarding-section" aria-labelledby="natverket-title">
        <h2 id="natverket-title">{t('onboarding.about.title')}</h2>
        <p>{t('onboarding.about.p1')}</p>
        <p>{t('onboarding.about.p2')}</p>
        <ul className="goal-list">
          <li>{t('onboarding.about.goal1')}</li>
          <li>{t('onboarding.about.goal2')}</li>
          <li>{t('onboarding.about.goal3')}</li>
        </ul>
        <p>{t('onboarding.about.p3')}</p>
      </section>

      <FocusAreas />

      <section id="resultat" className="onboarding-section" aria-labelledby="resultat-title">
        <h2 id="resultat-title">{t('onboarding.results.title')}</h2>
        <p>{t('onboarding.results.intro')}</p>
        <ul className="done-list">
          <li>{t('onboarding.results.r1')}</li>
          <li>{t('onboarding.results.r2')}</li>
          <li>{t('onboarding.results.r3')}</li>
          <li>{t('onboarding.results.r4')}</li>
          <li>{t('onboarding.results.r5')}</li>
          <li>{t('onboarding.results.r6')}</li>
        </ul>
        <p>{t('onboarding.results.next')}</p>
      </section>

      <RoleGuide />

      <section id="kontakter" className="onboarding-section" aria-labelledby="kontakter-title">
        <h2 id="kontakter-title">{t('onboarding.contacts.title')}</h2>
        <FirstContacts personId={personId} />
      </section>

      <aside className="card onboarding-map-card" aria-labelledby="onboarding-map-title">
        <h2 id="onboarding-map-title">{t('onboarding.mapLink.title')}</h2>
        <p>{t('onboarding.mapLink.body')}</p>
        <MapLink className="button button-secondary">{t('onboarding.mapLink.action')}</MapLink>
      </aside>
    </div>
  );
}

function FocusAreas() {
  const { t, language } = useI18n();
  const query = useTopics();
  const nameOf = (topic: Topic) => (language === 'sv' ? topic.nameSv : topic.nameEn);
  const descriptionOf = (topic: Topic) =>
    language === 'sv' ? topic.descriptionSv : topic.descriptionEn;
  const collator = nameCollator(language);
  const of = (kind: Topic['kind']) =>
    (query.data ?? [])
      .filter((topic) => topic.kind === kind && !topic.archivedAt)
      .sort((a, b) => collator.compare(nameOf(a), nameOf(b)));

  return (
    <section id="fokusomraden" className="onboarding-section" aria-labelledby="fokusomraden-title">
      <h2 id="fokusomraden-title">{t('onboarding.focus.title')}</h2>
      <p>{t('onboarding.focus.intro')}</p>
      {query.isPending ? (
        <LoadingRegion label={t('onboarding.focus.loading')}>
          <Skeleton className="skeleton-line" />
          <Skeleton className="skeleton-line" />
          <Skeleton className="skeleton-line skeleton-short" />
        </LoadingRegion>
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <>
          <ul className="topic-grid">
            {of('focus_area').map((topic) => (
              <li key={topic.id} className="topic-card">
                <h3>{nameOf(topic)}</h3>
                {descriptionOf(topic) ? <p>{descriptionOf(topic)}</p> : null}
              </li>
            ))}
          </ul>
          {of('national_mission').length > 0 ? (
            <>
              <h3 className="missions-title">{t('onboarding.focus.missions')}</h3>
              <p>{t('onboarding.focus.missionsIntro')}</p>
              <dl className="mission-list">
                {of('national_mission').map((topic) => (
                  <div key={topic.id}>
                    <dt>{nameOf(topic)}</dt>
                    {descriptionOf(topic) ? <dd>{descriptionOf(topic)}</dd> : null}
                  </div>
                ))}
              </dl>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function RoleGuide() {
  const { t, language } = useI18n();
  const query = useRoles();
  const collator = nameCollator(language);
  const roles = (query.data ?? [])
    .filter((role) => !role.archivedAt)
    .map((role) => ({
      role,
      name: language === 'sv' ? role.nameSv : role.nameEn,
      description: language === 'sv' ? role.descriptionSv : role.descriptionEn,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));

  return (
    <section id="roller" className="onboarding-section" aria-labelledby="roller-title">
      <h2 id="roller-title">{t('onboarding.roles.title')}</h2>
      <p>{t('onboarding.roles.intro')}</p>
      {query.isPending ? (
        <LoadingRegion label={t('onboarding.roles.loading')}>
          <Skeleton className="skeleton-line" />
          <Skeleton className="skeleton-line" />
          <Skeleton className="skeleton-line skeleton-short" />
        </LoadingRegion>
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => query.refetch()} />
      ) : roles.length === 0 ? (
        <p className="empty-state">{t('onboarding.roles.none')}</p>
      ) : (
        <ul className="role-guide">
          {roles.map(({ role, name, description }) => (
            <li key={role.id} className="role-guide-item">
              <h3>
                <Link to={paths.role(role.id)}>{name}</Link>
              </h3>
              <p>{description ?? t('onboarding.roles.noDescription')}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
