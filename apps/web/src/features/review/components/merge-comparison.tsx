import type { MergeableField, PersonAssignment, PersonDetail } from '@nk/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useI18n } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { useMergePerson } from '../api/get-person';
import { useSuggestionsAbout } from '../api/get-suggestions-about';
import { useMergePeople } from '../api/merge-people';
import { countText } from '../utils/count-text';
import { fieldLabelKey } from '../utils/field-labels';
import {
  type Choice,
  compareFields,
  type FieldComparison,
  mergeMoves,
  takenFields,
} from '../utils/merge-choices';
import { describeMergeError } from '../utils/merge-errors';
import type { MergeOutcome } from './merge-page';

interface MergeComparisonProps {
  survivorId: string;
  duplicateId: string;
  onMerged: (outcome: MergeOutcome) => void;
}

const nameOf = (person: PersonDetail) => `${person.givenName} ${person.familyName}`;

/** Both entries side by side, a choice per differing field, what will move, and the merge. */
export function MergeComparison({ survivorId, duplicateId, onMerged }: MergeComparisonProps) {
  const { t } = useI18n();
  const survivor = useMergePerson(survivorId);
  const duplicate = useMergePerson(duplicateId);
  const reports = useSuggestionsAbout(duplicateId);

  if (survivor.isPending || duplicate.isPending) {
    return (
      <LoadingRegion label={t('review.merge.loading')}>
        <Skeleton className="skeleton-subheading" />
        <Skeleton className="skeleton-row" />
        <Skeleton className="skeleton-row" />
        <Skeleton className="skeleton-row" />
      </LoadingRegion>
    );
  }
  const failed = survivor.error ?? duplicate.error;
  if (failed || !survivor.data || !duplicate.data) {
    const gone = isApiError(failed) && [400, 404].includes(failed.status);
    return gone ? (
      <p className="alert alert-error" role="alert">
        {t('review.merge.error.notFound')}
      </p>
    ) : (
      <ErrorMessage
        error={failed}
        onRetry={() => {
          survivor.refetch();
          duplicate.refetch();
        }}
      />
    );
  }
  return (
    <Comparison
      survivor={survivor.data}
      duplicate={duplicate.data}
      reports={reports.data ?? 0}
      onMerged={onMerged}
      onStale={() => Promise.all([survivor.refetch(), duplicate.refetch()])}
    />
  );
}

interface ComparisonProps {
  survivor: PersonDetail;
  duplicate: PersonDetail;
  reports: number;
  onMerged: (outcome: MergeOutcome) => void;
  onStale: () => Promise<unknown>;
}

function Comparison({ survivor, duplicate, reports, onMerged, onStale }: ComparisonProps) {
  const { t, locale } = useI18n();
  const merge = useMergePeople();
  const [choices, setChoices] = useState<Partial<Record<MergeableField, Choice>>>({});
  const [error, setError] = useState<string | null>(null);
  const comparisons = compareFields(survivor, duplicate);
  const moves = mergeMoves(survivor, duplicate);
  // In the order of the form: what the survivor gets from the duplicate, chosen or filled.
  const taken = comparisons
    .filter((c) => c.outcome === 'fill' || (c.outcome === 'choose' && choices[c.field] === 'take'))
    .map((c) => c.field);
  const list = (items: string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const fieldName = (field: string) => {
    const key = fieldLabelKey(field);
    return key ? t(key).toLowerCase() : field;
  };
  const moving = [
    moves.assignments > 0 ? countText(t, 'assignments', moves.assignments) : null,
    reports > 0 ? countText(t, 'reports', reports) : null,
    moves.topics > 0 ? countText(t, 'topics', moves.topics) : null,
  ].filter((text): text is string => text !== null);

  async function submit() {
    setError(null);
    try {
      const result = await merge.mutateAsync({
        survivorId: survivor.id,
        survivorVersion: survivor.version,
        duplicateId: duplicate.id,
        take: takenFields(comparisons, choices),
      });
      onMerged({ merge: result, survivorName: nameOf(survivor), duplicateName: nameOf(duplicate) });
    } catch (failure) {
      setError(describeMergeError(failure, t, 'merge'));
      // Someone changed an entry meanwhile: show it as it is now, keep the choices made.
      if (isApiError(failure) && failure.status === 412) await onStale();
    }
  }

  return (
    <>
      <section className="merge-compare" aria-labelledby="merge-compare-title">
        <h2 id="merge-compare-title">{t('review.merge.compare')}</h2>
        <p>{t('review.merge.compareIntro')}</p>
        <div className="merge-sides">
          <Side label={t('review.merge.keepShort')} person={survivor} />
          <Side label={t('review.merge.duplicateShort')} person={duplicate} />
        </div>
        <div className="merge-fields">
          {comparisons.map((comparison) => (
            <FieldChoice
              key={comparison.field}
              comparison={comparison}
              choice={choices[comparison.field] ?? 'keep'}
              onChoose={(choice) => setChoices({ ...choices, [comparison.field]: choice })}
            />
          ))}
          <InfoField
            label={t('review.field.organisationId')}
            survivor={survivor.organisation.name}
            duplicate={duplicate.organisation.name}
            note={
              survivor.organisation.id === duplicate.organisation.id
                ? t('review.merge.same')
                : t('review.merge.organisationKept')
            }
          />
          <InfoField
            label={t('review.merge.currentPosts')}
            survivor={<Posts posts={survivor.currentPosts} />}
            duplicate={<Posts posts={duplicate.currentPosts} />}
            note={t('review.merge.postsMove')}
          />
          <InfoField
            label={t('review.merge.topics')}
            survivor={<Topics person={survivor} />}
            duplicate={<Topics person={duplicate} />}
            note={t('review.merge.topicsMove')}
          />
        </div>
      </section>

      <section className="card merge-summary" aria-labelledby="merge-summary-title">
        <h2 id="merge-summary-title">{t('review.merge.summary')}</h2>
        <ul>
          <li>
            {taken.length > 0
              ? t('review.merge.summaryFields', {
                  name: nameOf(survivor),
                  fields: list(taken.map(fieldName)),
                })
              : t('review.merge.summaryKeepAll', { name: nameOf(survivor) })}
          </li>
          <li>
            {moving.length > 0
              ? t('review.merge.summaryMoves', { moves: list(moving), name: nameOf(survivor) })
              : t('review.merge.summaryNothingMoves')}
          </li>
          <li>{t('review.merge.summaryArchive', { name: nameOf(duplicate) })}</li>
        </ul>
        {error ? (
          <div className="alert alert-error" role="alert">
            <p>{error}</p>
          </div>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          disabled={merge.isPending}
          onClick={submit}
        >
          {merge.isPending ? t('review.merge.merging') : t('review.merge.submit')}
        </button>
      </section>
    </>
  );
}

function Side({ label, person }: { label: string; person: PersonDetail }) {
  return (
    <div className="merge-side">
      <p className="merge-side-label">{label}</p>
      <p className="merge-side-name">
        <Link to={paths.person(person.id)}>{nameOf(person)}</Link>
      </p>
      <p className="review-meta">{person.organisation.name}</p>
    </div>
  );
}

interface FieldChoiceProps {
  comparison: FieldComparison;
  choice: Choice;
  onChoose: (choice: Choice) => void;
}

/** One field: two radio buttons where the entries differ, otherwise what will happen. */
function FieldChoice({ comparison, choice, onChoose }: FieldChoiceProps) {
  const { t } = useI18n();
  const labelKey = fieldLabelKey(comparison.field);
  const label = labelKey ? t(labelKey) : comparison.field;
  const shown = (value: string | null) =>
    value ?? <span className="merge-empty">{t('review.merge.empty')}</span>;
  const name = `merge-${comparison.field}`;

  if (comparison.outcome !== 'choose') {
    return (
      <InfoField
        label={label}
        survivor={shown(comparison.survivor)}
        duplicate={shown(comparison.duplicate)}
        note={comparison.outcome === 'same' ? t('review.merge.same') : t('review.merge.filled')}
      />
    );
  }
  return (
    <fieldset className="merge-field">
      <legend>{label}</legend>
      <div className="merge-values">
        {(['keep', 'take'] as const).map((option) => (
          <label key={option} className="merge-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={choice === option}
              onChange={() => onChoose(option)}
            />
            <span className="merge-option-text">
              <span className="merge-option-which">
                {option === 'keep' ? t('review.merge.optionKeep') : t('review.merge.optionTake')}
              </span>
              <span className="merge-option-value">
                {shown(option === 'keep' ? comparison.survivor : comparison.duplicate)}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface InfoFieldProps {
  label: string;
  survivor: React.ReactNode;
  duplicate: React.ReactNode;
  note: string;
}

/** A field that is not chosen: both values, and what the merge does with them. */
function InfoField({ label, survivor, duplicate, note }: InfoFieldProps) {
  const { t } = useI18n();
  return (
    <fieldset className="merge-field merge-field-info">
      <legend>{label}</legend>
      <dl className="merge-values">
        <div className="merge-value">
          <dt>{t('review.merge.keepShort')}</dt>
          <dd>{survivor}</dd>
        </div>
        <div className="merge-value">
          <dt>{t('review.merge.duplicateShort')}</dt>
          <dd>{duplicate}</dd>
        </div>
      </dl>
      <p className="merge-note">{note}</p>
    </fieldset>
  );
}

function Posts({ posts }: { posts: PersonAssignment[] }) {
  const { t, language } = useI18n();
  if (posts.length === 0) return <span className="merge-empty">{t('review.merge.noPosts')}</span>;
  return (
    <ul className="merge-list">
      {posts.map((assignment) => (
        <li key={assignment.assignmentId}>
          {language === 'sv' ? assignment.role.nameSv : assignment.role.nameEn},{' '}
          {assignment.organisation.name}
        </li>
      ))}
    </ul>
  );
}

function Topics({ person }: { person: PersonDetail }) {
  const { t, language, locale } = useI18n();
  if (person.topics.length === 0) {
    return <span className="merge-empty">{t('review.merge.noTopics')}</span>;
  }
  return (
    <>
      {new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        person.topics.map((topic) => (language === 'sv' ? topic.nameSv : topic.nameEn)),
      )}
    </>
  );
}
