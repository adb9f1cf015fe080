import type {
  Assignment,
  AssignmentKind,
  CreateAssignmentBody,
  PostDetail,
  PostTimelineEntry,
  UpdateAssignmentBody,
} from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import type { TFunction } from '../../../i18n/dictionaries';
import { useI18n } from '../../../i18n/use-t';
import { etagOf, type Versioned } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import {
  createAssignment,
  endAssignment,
  updateAssignment,
  usePostAssignments,
} from '../api/assignment';
import { invalidateDirectory } from '../api/invalidate';
import { usePostForEdit } from '../api/post';
import { canEdit, canWriteOrganisation } from '../utils/access';
import { todayInSweden } from '../utils/dates';
import { describeEditingError } from '../utils/describe-editing-error';
import { describePersonHit } from '../utils/describe-hit';
import {
  type FieldRule,
  type FormValue,
  type FormValues,
  fieldId,
  focusField,
  text,
  textOrNull,
} from '../utils/form';
import { assignmentLimits } from '../utils/limits';
import type { ConflictField } from './conflict-panel';
import { RadioGroup, TextField } from './form-fields';
import { EntityFormBody, FormConflict, FormPageHeader, FormSection } from './form-frame';
import { FormSkeleton, LoadFailure, Refusal, useCurrentUser } from './form-page';
import { postName } from './post-form';
import { type PickedEntity, SearchPicker } from './search-picker';
import { Toast } from './toast';
import { UnsavedChangesDialog, useUnsavedChanges } from './unsaved-changes';
import { useBusyAction } from './use-busy-action';
import { type EntityForm, useEntityForm } from './use-entity-form';

const kinds: readonly AssignmentKind[] = ['holder', 'interim', 'deputy'];
const isoDatePattern = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/** The page at /funktioner/:id/uppdrag: the post's stewards and administrators. */
export function PostAssignmentsPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const me = useCurrentUser();
  const query = usePostForEdit(id);
  const loaded = query.data?.data;
  useDocumentTitle(
    loaded
      ? t('editing.assignments.titleNamed', { name: postName(loaded, language) })
      : t('editing.assignments.title'),
  );

  if (!me) return <FormSkeleton label={t('editing.loading')} />;
  if (!canEdit(me)) {
    return <Refusal title={t('editing.refusal.title')} body={t('editing.refusal.viewer')} />;
  }
  if (query.isPending) return <FormSkeleton label={t('editing.post.loading')} />;
  if (query.isError) {
    return (
      <LoadFailure
        error={query.error}
        title={t('editing.assignments.title')}
        notFoundTitle={t('editing.post.notFound')}
        notFoundBody={t('editing.post.notFoundBody')}
        onRetry={() => query.refetch()}
      />
    );
  }
  const post = query.data.data;
  if (!canWriteOrganisation(me, post.organisationId)) {
    return (
      <Refusal
        title={t('editing.refusal.title')}
        body={t('editing.refusal.organisationOutsideScope', {
          organisation: post.organisation.name,
        })}
        back={{ to: paths.post(post.id), label: t('editing.refusal.toPost') }}
      />
    );
  }
  return <PostAssignments post={post} onChanged={() => query.refetch()} />;
}

/** The names on the post's timeline, by assignment id: the assignment list carries only ids. */
type Entries = Map<string, PostTimelineEntry>;

function PostAssignments({ post, onChanged }: { post: PostDetail; onChanged: () => void }) {
  const { t, language, locale } = useI18n();
  const queryClient = useQueryClient();
  const assignments = usePostAssignments(post.id);
  const [adderKey, setAdderKey] = useState(0);
  const [added, setAdded] = useState<{ name: string; kind: AssignmentKind; from: string } | null>(
    null,
  );
  const [adderDirty, setAdderDirty] = useState(false);
  const unsaved = useUnsavedChanges(adderDirty);
  const name = postName(post, language);
  const entries: Entries = new Map(post.timeline.map((entry) => [entry.assignmentId, entry]));

  function refresh() {
    onChanged();
    void assignments.refetch();
    void invalidateDirectory(queryClient);
  }

  const today = todayInSweden();
  const list = [...(assignments.data ?? [])].sort((a, b) => {
    // Current and coming first, soonest start first; then the past, latest end first.
    const aPast = a.validTo !== null && a.validTo < today;
    const bPast = b.validTo !== null && b.validTo < today;
    if (aPast !== bPast) return aPast ? 1 : -1;
    return aPast
      ? (b.validTo ?? '').localeCompare(a.validTo ?? '')
      : a.validFrom.localeCompare(b.validFrom) || kinds.indexOf(a.kind) - kinds.indexOf(b.kind);
  });

  return (
    <div className="editing-page">
      <FormPageHeader
        back={{ to: paths.post(post.id), label: t('editing.post.back') }}
        title={t('editing.assignments.titleNamed', { name })}
        lead={t('editing.assignments.lead')}
      >
        <p>
          <Link to={paths.adminHandover(post.id)}>{t('editing.post.handoverLink')}</Link>
        </p>
      </FormPageHeader>

      <div className="form-alert-slot" role="status">
        {added ? (
          <p className="alert alert-info">
            {t(`editing.assignments.added.${added.kind}`, {
              name: added.name,
              date: formatDate(added.from, locale),
            })}{' '}
            <Link to={paths.post(post.id)}>{t('editing.assignments.toPost')}</Link>
          </p>
        ) : null}
      </div>

      <section aria-labelledby="assignments-list-title" className="editing-assignments">
        <h2 id="assignments-list-title">{t('editing.assignments.listTitle')}</h2>
        {assignments.isPending ? (
          <LoadingRegion label={t('editing.assignments.loading')}>
            <Skeleton className="skeleton-line" />
            <Skeleton className="skeleton-line skeleton-short" />
          </LoadingRegion>
        ) : assignments.isError ? (
          <ErrorMessage error={assignments.error} onRetry={() => assignments.refetch()} />
        ) : list.length === 0 ? (
          <p className="empty-state">{t('editing.assignments.none')}</p>
        ) : (
          <ul className="editing-assignment-list">
            {list.map((assignment) => (
              <AssignmentItem
                key={assignment.id}
                assignment={assignment}
                entry={entries.get(assignment.id)}
                today={today}
                onChanged={refresh}
              />
            ))}
          </ul>
        )}
      </section>

      <AssignmentAdder
        key={adderKey}
        post={post}
        onDirty={setAdderDirty}
        onAdded={(assignment, personName) => {
          setAdded({ name: personName, kind: assignment.kind, from: assignment.validFrom });
          setAdderDirty(false);
          setAdderKey((key) => key + 1);
          refresh();
        }}
      />

      <UnsavedChangesDialog blocker={unsaved.blocker} />
    </div>
  );
}

/** "från 1 mars 2024", "1 mars 2024 – 28 februari 2025". */
function periodText(from: string, to: string | null, locale: string, t: TFunction): string {
  return to === null
    ? t('editing.assignments.since', { date: formatDate(from, locale) })
    : t('editing.assignments.period', {
        from: formatDate(from, locale),
        to: formatDate(to, locale),
      });
}

function AssignmentItem({
  assignment,
  entry,
  today,
  onChanged,
}: {
  assignment: Assignment;
  entry: PostTimelineEntry | undefined;
  today: string;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const { busy, failure, run } = useBusyAction();
  const [ended, setEnded] = useState<{ previousTo: string | null; etag: string } | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const name = entry
    ? `${entry.person.givenName} ${entry.person.familyName}`
    : t('editing.assignments.someone');
  const past = assignment.validTo !== null && assignment.validTo < today;
  const future = assignment.validFrom > today;
  // DELETE ends a current assignment yesterday: not one that starts today or has not begun.
  const endable = !past && !future && assignment.validFrom < today;

  function end() {
    return run(async () => {
      const result = await endAssignment(assignment.id, etagOf(assignment.version));
      setEnded({ previousTo: assignment.validTo, etag: result.etag });
      onChanged();
    });
  }

  function undoEnd() {
    if (!ended) return;
    return run(async () => {
      await updateAssignment(assignment.id, { validTo: ended.previousTo }, ended.etag);
      setEnded(null);
      onChanged();
    });
  }

  return (
    <li className="editing-assignment" aria-labelledby={headingId}>
      <div className="editing-assignment-summary">
        <div>
          <h3 id={headingId} className="editing-assignment-name">
            {entry ? <Link to={paths.person(entry.person.id)}>{name}</Link> : name}
          </h3>
          <p>
            <span className="badge">{t(`editing.assignments.kind.${assignment.kind}`)}</span>{' '}
            {periodText(assignment.validFrom, assignment.validTo, locale, t)}{' '}
            <span className="editing-muted">
              {past
                ? t('editing.assignments.status.past')
                : future
                  ? t('editing.assignments.status.future')
                  : t('editing.assignments.status.current')}
            </span>
          </p>
          {assignment.note ? <p className="editing-muted">{assignment.note}</p> : null}
        </div>
        {editing ? null : (
          <div className="editing-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-secondary button-small"
              aria-expanded={false}
              onClick={() => setEditing(true)}
            >
              {t('editing.assignments.edit')}
              <span className="visually-hidden"> {name}</span>
            </button>
            {endable ? (
              <button
                type="button"
                className="button button-secondary button-small"
                aria-disabled={busy ? true : undefined}
                onClick={end}
              >
                {t('editing.assignments.end')}
                <span className="visually-hidden"> {name}</span>
              </button>
            ) : null}
          </div>
        )}
      </div>
      <div className="form-alert-slot" role="alert">
        {failure && !ended ? (
          <p className="alert alert-error">{describeEditingError(failure, t)}</p>
        ) : null}
      </div>
      {editing ? (
        <AssignmentEditor
          assignment={assignment}
          name={name}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged();
            else window.setTimeout(() => editButton.current?.focus(), 0);
          }}
        />
      ) : null}
      {ended ? (
        <Toast
          message={
            <>
              {t('editing.assignments.ended', {
                name,
                date: formatDate(addDaysIso(today, -1), locale),
              })}
              {failure ? (
                <span className="editing-toast-error"> {describeEditingError(failure, t)}</span>
              ) : null}
            </>
          }
          focusAction
          action={{ label: t('editing.archive.undo'), busy, onClick: undoEnd }}
          onClose={() => setEnded(null)}
        />
      ) : null}
    </li>
  );
}

function addDaysIso(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const assignmentToForm = (assignment: Assignment): FormValues => ({
  kind: assignment.kind,
  validFrom: assignment.validFrom,
  validTo: assignment.validTo ?? '',
  note: assignment.note ?? '',
});

/** The rules both assignment forms share: the dates as the API checks them. */
function periodRules(values: FormValues, t: TFunction): Record<string, FieldRule> {
  const from = text(values.validFrom);
  return {
    kind: { label: t('editing.assignments.kindLabel'), required: true, choice: true },
    validFrom: {
      label: t('editing.assignments.validFrom'),
      required: true,
      pattern: { source: isoDatePattern, message: t('editing.handover.when.dateInvalid') },
    },
    validTo: {
      label: t('editing.assignments.validTo'),
      pattern: { source: isoDatePattern, message: t('editing.handover.when.dateInvalid') },
      check: (to) => (from && to < from ? t('editing.assignments.endsBeforeStart') : null),
    },
    note: { label: t('editing.assignments.note'), maxLength: assignmentLimits.note },
  };
}

function PeriodFields({ form, title }: { form: EntityForm; title: string }) {
  const { t } = useI18n();
  const kindOptions = kinds.map((kind) => ({
    value: kind,
    label: t(`editing.assignments.kind.${kind}`),
    hint: t(`editing.assignments.kindHint.${kind}`),
  }));
  return (
    <FormSection title={title} level={3}>
      <RadioGroup
        {...form.field('kind')}
        value={form.textValue('kind')}
        options={kindOptions}
        onChange={(value) => form.set('kind', value)}
      />
      <div className="editing-grid">
        <TextField {...form.textField('validFrom')} type="date" required />
        <TextField
          {...form.textField('validTo')}
          type="date"
          hint={t('editing.assignments.validToHint')}
        />
      </div>
      <TextField
        {...form.textField('note')}
        multiline
        maxLength={assignmentLimits.note}
        hint={t('editing.assignments.noteHint')}
      />
    </FormSection>
  );
}

function AssignmentEditor({
  assignment,
  name,
  onDone,
}: {
  assignment: Assignment;
  name: string;
  onDone: (changed: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const formId = useId().replace(/:/g, '');
  const form = useEntityForm<Assignment>({
    formId,
    initial: assignmentToForm(assignment),
    etag: etagOf(assignment.version),
    rules: (values) => periodRules(values, t),
    toForm: (entity) => assignmentToForm(entity as Assignment),
    save: (values, changed, etag) => {
      const body: Record<string, unknown> = {};
      for (const field of changed ?? []) {
        body[field] =
          field === 'kind' || field === 'validFrom'
            ? text(values[field])
            : textOrNull(values[field]);
      }
      return updateAssignment(assignment.id, body as UpdateAssignmentBody, etag ?? '');
    },
    onSaved: () => onDone(true),
  });
  // Opening the form takes the keyboard to its first field.
  useEffect(() => focusField(fieldId(formId, 'kind')), [formId]);
  const formatDay = (value: FormValue | undefined) =>
    typeof value === 'string' && value ? formatDate(value, locale) : '';
  const conflictFields: ConflictField[] = [
    {
      name: 'kind',
      label: t('editing.assignments.kindLabel'),
      format: (value) => (value ? t(`editing.assignments.kind.${value as AssignmentKind}`) : ''),
    },
    { name: 'validFrom', label: t('editing.assignments.validFrom'), format: formatDay },
    { name: 'validTo', label: t('editing.assignments.validTo'), format: formatDay },
    { name: 'note', label: t('editing.assignments.note') },
  ];

  return (
    <div className="editing-inline-form">
      <FormConflict form={form} fields={conflictFields} />
      <EntityFormBody
        form={form}
        saveLabel={t('editing.form.save')}
        onCancel={() => onDone(false)}
        requiredNote={false}
        inline
      >
        <PeriodFields form={form} title={t('editing.assignments.editTitle', { name })} />
      </EntityFormBody>
    </div>
  );
}

function AssignmentAdder({
  post,
  onAdded,
  onDirty,
}: {
  post: PostDetail;
  onAdded: (assignment: Assignment, personName: string) => void;
  onDirty: (dirty: boolean) => void;
}) {
  const { t, language } = useI18n();
  const formId = useId().replace(/:/g, '');
  const [person, setPerson] = useState<PickedEntity | null>(null);
  const titleId = useId();
  const initial: FormValues = {
    personId: '',
    // A vacant post most often needs someone to cover it until it is filled.
    kind: post.vacant ? 'interim' : 'holder',
    validFrom: todayInSweden(),
    validTo: '',
    note: '',
  };
  const form = useEntityForm<Assignment>({
    formId,
    initial,
    etag: null,
    rules: (values) => ({
      personId: { label: t('editing.assignments.person'), required: true, choice: true },
      ...periodRules(values, t),
    }),
    toForm: () => ({}),
    save: (values): Promise<Versioned<Assignment>> => {
      const body: CreateAssignmentBody = {
        postId: post.id,
        personId: text(values.personId),
        kind: text(values.kind) as AssignmentKind,
        validFrom: text(values.validFrom),
      };
      const to = textOrNull(values.validTo);
      if (to) body.validTo = to;
      const note = textOrNull(values.note);
      if (note) body.note = note;
      return createAssignment(body);
    },
    onSaved: (saved) => onAdded(saved.data, person?.label ?? ''),
  });
  useEffect(() => onDirty(form.dirty), [form.dirty, onDirty]);

  return (
    <section aria-labelledby={titleId} className="editing-archive editing-subsection">
      <h2 id={titleId}>{t('editing.assignments.addTitle')}</h2>
      <p>{t('editing.assignments.addIntro')}</p>
      <EntityFormBody form={form} saveLabel={t('editing.assignments.add')} inline>
        <FormSection title={t('editing.assignments.section.who')} level={3}>
          <SearchPicker
            {...form.field('personId')}
            type="person"
            required
            hint={t('editing.assignments.personHint')}
            value={person}
            onChange={(picked) => {
              setPerson(picked);
              form.set('personId', picked.id);
            }}
            accept={(hit) => Boolean(hit.person && !hit.person.archivedAt)}
            describe={(hit) => describePersonHit(hit, language)}
          />
        </FormSection>
        <PeriodFields form={form} title={t('editing.assignments.section.when')} />
      </EntityFormBody>
    </section>
  );
}
