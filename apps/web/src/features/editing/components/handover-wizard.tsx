import type { AssignmentKind, Me, Person, PostDetail, SearchHit } from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import type { TFunction } from '../../../i18n/dictionaries';
import { useI18n } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { formatDate, isIsoDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { handOver } from '../api/hand-over';
import { invalidateDirectory } from '../api/invalidate';
import { usePostForEdit } from '../api/post';
import { canEdit, canWriteOrganisation } from '../utils/access';
import { describeEditingError } from '../utils/describe-editing-error';
import { describePersonHit } from '../utils/describe-hit';
import { fieldId, focusField } from '../utils/form';
import { type HandoverPlan, planHandover } from '../utils/handover-plan';
import { handoverLimits } from '../utils/limits';
import { serverFieldMessage } from '../utils/server-messages';
import { ErrorSummary, RadioGroup, TextField } from './form-fields';
import { FormSkeleton, LoadFailure, Refusal, useCurrentUser } from './form-page';
import { PersonForm } from './person-form';
import { postName } from './post-form';
import { type PickedEntity, SearchPicker } from './search-picker';
import { UnsavedChangesDialog, useUnsavedChanges } from './unsaved-changes';

const steps = ['post', 'successor', 'when', 'preview', 'done'] as const;
type Step = (typeof steps)[number];

/** The page at /admin/overlamning?post=…: the handover wizard. */
export function HandoverPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  useDocumentTitle(t('editing.handover.title'));
  if (!me) return <FormSkeleton label={t('editing.loading')} />;
  if (!canEdit(me)) {
    return <Refusal title={t('editing.refusal.title')} body={t('editing.refusal.viewer')} />;
  }
  return <HandoverWizard me={me} />;
}

function HandoverWizard({ me }: { me: Me }) {
  const { t, language, locale } = useI18n();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const postId = searchParams.get('post');
  const formId = useId().replace(/:/g, '');
  const post = usePostForEdit(postId);
  const [step, setStep] = useState<Step>(postId ? 'successor' : 'post');
  const [pickedPost, setPickedPost] = useState<PickedEntity | null>(null);
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [successor, setSuccessor] = useState<PickedEntity | null>(null);
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<AssignmentKind>('holder');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  // The first invalid field takes focus once React has drawn its error.
  const [focusRequest, setFocusRequest] = useState<{ id: string; at: number } | null>(null);

  useEffect(() => {
    if (focusRequest) focusField(focusRequest.id);
  }, [focusRequest]);

  const started = step !== 'post' && step !== 'done' && (successor !== null || date !== '');
  const unsaved = useUnsavedChanges(started);

  // Each step starts at its heading, so a screen reader reads where the user now is.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  });

  const detail = post.data?.data ?? null;
  const index = steps.indexOf(step);

  function go(next: Step) {
    setErrors({});
    setFailure(null);
    setStep(next);
  }

  function showErrors(found: Record<string, string>) {
    setErrors(found);
    const [first] = Object.keys(found);
    if (first) setFocusRequest({ id: fieldId(formId, first), at: Date.now() });
  }

  function onChoosePost(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pickedPost) {
      showErrors({ post: t('editing.handover.post.required') });
      return;
    }
    setSearchParams({ post: pickedPost.id }, { replace: false });
    setSuccessor(null);
    go('successor');
  }

  function onChooseSuccessor(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!successor) {
      showErrors({ successor: t('editing.handover.successor.required') });
      return;
    }
    go('when');
  }

  const plan: HandoverPlan | null =
    detail && successor && isIsoDate(date)
      ? planHandover(detail.timeline, kind, date, successor.id)
      : null;

  function onChooseWhen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!date.trim()) found.date = t('editing.handover.when.dateRequired');
    else if (!isIsoDate(date)) found.date = t('editing.handover.when.dateInvalid');
    if (note.trim().length > handoverLimits.note) {
      found.note = t('editing.validation.tooLong', {
        label: t('editing.handover.when.note'),
        max: handoverLimits.note,
        count: note.trim().length,
      });
    }
    if (!found.date && plan && !plan.ok) found.date = planProblem(plan, t, locale);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    go('preview');
  }

  async function onConfirm() {
    if (!detail || !successor || submitting) return;
    setSubmitting(true);
    setFailure(null);
    try {
      await handOver(detail.id, {
        personId: successor.id,
        date,
        kind,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      unsaved.allowNavigation();
      void invalidateDirectory(queryClient);
      go('done');
    } catch (error) {
      const dateMessage = isApiError(error) ? error.fieldMessages('field').date : undefined;
      if (dateMessage) {
        setStep('when');
        showErrors({
          date: serverFieldMessage(dateMessage, t('editing.handover.when.date'), t, language),
        });
      } else {
        setFailure(error);
      }
    } finally {
      setSubmitting(false);
    }
  }

  function restart() {
    setSearchParams({});
    setPickedPost(null);
    setSuccessor(null);
    setDate('');
    setKind('holder');
    setNote('');
    setMode('existing');
    go('post');
  }

  if (postId && post.isPending) return <FormSkeleton label={t('editing.handover.loading')} />;
  if (postId && post.isError) {
    return (
      <LoadFailure
        error={post.error}
        title={t('editing.handover.title')}
        notFoundTitle={t('editing.post.notFound')}
        notFoundBody={t('editing.post.notFoundBody')}
        onRetry={() => post.refetch()}
      />
    );
  }
  if (detail && !canWriteOrganisation(me, detail.organisationId)) {
    return (
      <Refusal
        title={t('editing.refusal.title')}
        body={t('editing.refusal.organisationOutsideScope', {
          organisation: detail.organisation.name,
        })}
        back={{ to: paths.post(detail.id), label: t('editing.refusal.toPost') }}
      />
    );
  }

  const postLabel = detail ? postName(detail, language) : '';
  const summary = Object.entries(errors).map(([name, message]) => ({
    id: fieldId(formId, name),
    label: name,
    message,
  }));
  const kindOptions = (['holder', 'interim', 'deputy'] as const).map((value) => ({
    value,
    label: t(`editing.handover.kind.${value}`),
    hint: t(`editing.handover.kind.${value}Hint`),
  }));
  const stepHeading = (text: string) => (
    <h2 ref={headingRef} tabIndex={-1} className="editing-step-title">
      {text}
    </h2>
  );

  return (
    <div className="editing-page editing-wizard">
      <div className="page-header">
        <h1>{t('editing.handover.title')}</h1>
        <p className="lead">{t('editing.handover.lead')}</p>
      </div>

      <ol className="editing-steps" aria-label={t('editing.handover.steps')}>
        {steps.map((name, position) => (
          <li
            key={name}
            className={`editing-step${position < index ? ' editing-step-done' : ''}${position === index ? ' editing-step-current' : ''}`}
            aria-current={position === index ? 'step' : undefined}
          >
            <span className="editing-step-number" aria-hidden="true">
              {position < index ? '✓' : position + 1}
            </span>{' '}
            <span className="editing-step-name">
              {t(`editing.handover.step.${name}`)}
              {position < index ? (
                <span className="visually-hidden"> {t('editing.handover.stepDone')}</span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>

      {detail && step !== 'post' ? (
        <div className="card editing-post-summary">
          <p className="editing-post-summary-name">
            <strong>{postLabel}</strong>
            {detail.title ? ` – ${detail.title}` : null}
          </p>
          <CurrentHolders post={detail} />
          {step !== 'done' ? (
            <button type="button" className="link-button" onClick={restart}>
              {t('editing.handover.changePost')}
            </button>
          ) : null}
        </div>
      ) : null}

      {step === 'post' ? (
        <form className="form editing-form" noValidate onSubmit={onChoosePost}>
          {stepHeading(t('editing.handover.post.title'))}
          <ErrorSummary errors={summary} onFocusField={focusField} />
          <SearchPicker
            id={fieldId(formId, 'post')}
            type="post"
            label={t('editing.handover.post.label')}
            hint={t('editing.handover.post.hint')}
            error={errors.post}
            required
            value={pickedPost}
            onChange={setPickedPost}
            accept={(hit) =>
              Boolean(
                hit.post &&
                  !hit.post.archivedAt &&
                  canWriteOrganisation(me, hit.post.organisationId),
              )
            }
            describe={(hit) => describePostHit(hit, language, t)}
          />
          <div className="editing-actions">
            <button type="submit" className="button button-primary">
              {t('editing.handover.next')}
            </button>
          </div>
        </form>
      ) : null}

      {step === 'successor' && detail ? (
        <div className="editing-step-body">
          {stepHeading(t('editing.handover.successor.title'))}
          <RadioGroup
            id={fieldId(formId, 'mode')}
            label={t('editing.handover.successor.mode')}
            value={mode}
            options={[
              { value: 'existing', label: t('editing.handover.successor.existing') },
              { value: 'new', label: t('editing.handover.successor.new') },
            ]}
            onChange={(value) => setMode(value === 'new' ? 'new' : 'existing')}
          />
          {mode === 'existing' ? (
            <form className="form editing-form" noValidate onSubmit={onChooseSuccessor}>
              <ErrorSummary errors={summary} onFocusField={focusField} />
              <SearchPicker
                id={fieldId(formId, 'successor')}
                type="person"
                label={t('editing.handover.successor.label')}
                hint={t('editing.handover.successor.hint')}
                error={errors.successor}
                required
                value={successor}
                onChange={setSuccessor}
                accept={(hit) => Boolean(hit.person && !hit.person.archivedAt)}
                describe={(hit) => describePersonHit(hit, language)}
              />
              <div className="editing-actions">
                <button type="button" className="button button-secondary" onClick={restart}>
                  {t('editing.handover.back')}
                </button>
                <button type="submit" className="button button-primary">
                  {t('editing.handover.next')}
                </button>
              </div>
            </form>
          ) : (
            <div className="editing-inline-form">
              <p>{t('editing.handover.successor.newIntro')}</p>
              <PersonForm
                me={me}
                initialOrganisationId={detail.organisationId}
                embedded={{
                  onCreated: (person: Person) => {
                    setSuccessor({
                      id: person.id,
                      label: `${person.givenName} ${person.familyName}`,
                    });
                    setMode('existing');
                    go('when');
                  },
                  onCancel: () => setMode('existing'),
                }}
              />
            </div>
          )}
        </div>
      ) : null}

      {step === 'when' && detail && successor ? (
        <form className="form editing-form" noValidate onSubmit={onChooseWhen}>
          {stepHeading(t('editing.handover.when.title', { name: successor.label }))}
          <ErrorSummary errors={summary} onFocusField={focusField} />
          <TextField
            id={fieldId(formId, 'date')}
            label={t('editing.handover.when.date')}
            hint={t('editing.handover.when.dateHint')}
            error={errors.date}
            required
            type="date"
            short
            value={date}
            onChange={setDate}
          />
          <RadioGroup
            id={fieldId(formId, 'kind')}
            label={t('editing.handover.when.kind')}
            value={kind}
            options={kindOptions}
            onChange={(value) => setKind(value as AssignmentKind)}
          />
          <TextField
            id={fieldId(formId, 'note')}
            label={t('editing.handover.when.note')}
            hint={t('editing.handover.when.noteHint')}
            error={errors.note}
            multiline
            maxLength={handoverLimits.note}
            value={note}
            onChange={setNote}
          />
          <div className="editing-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => go('successor')}
            >
              {t('editing.handover.back')}
            </button>
            <button type="submit" className="button button-primary">
              {t('editing.handover.toPreview')}
            </button>
          </div>
        </form>
      ) : null}

      {step === 'preview' && detail && successor && plan?.ok ? (
        <div className="editing-step-body">
          {stepHeading(t('editing.handover.preview.title'))}
          <p>{t('editing.handover.preview.intro', { post: postLabel })}</p>
          <ul className="editing-preview">
            {plan.ending ? (
              <li>
                <span className="badge badge-muted">{t('editing.handover.preview.ends')}</span>{' '}
                {t('editing.handover.preview.endsLine', {
                  name: `${plan.ending.entry.person.givenName} ${plan.ending.entry.person.familyName}`,
                  date: formatDate(plan.ending.lastDay, locale),
                })}
              </li>
            ) : (
              <li>
                <span className="badge badge-muted">{t('editing.handover.preview.nobody')}</span>{' '}
                {t('editing.handover.preview.nobodyLine')}
              </li>
            )}
            <li>
              <span className="badge">{t('editing.handover.preview.starts')}</span>{' '}
              {t(`editing.handover.preview.startsLine.${kind}`, {
                name: successor.label,
                date: formatDate(date, locale),
              })}
            </li>
          </ul>
          <p className="field-hint">{t('editing.handover.preview.history')}</p>
          <div className="form-alert-slot" role="alert">
            {failure ? (
              <p className="alert alert-error">{describeEditingError(failure, t)}</p>
            ) : null}
          </div>
          <div className="editing-actions">
            <button type="button" className="button button-secondary" onClick={() => go('when')}>
              {t('editing.handover.back')}
            </button>
            <button
              type="button"
              className="button button-primary"
              aria-disabled={submitting ? true : undefined}
              onClick={onConfirm}
            >
              {submitting ? t('editing.handover.saving') : t('editing.handover.confirm')}
            </button>
          </div>
        </div>
      ) : null}

      {step === 'done' && detail && successor ? (
        <div className="editing-step-body">
          {stepHeading(t('editing.handover.done.title'))}
          <p className="alert alert-info">
            {t('editing.handover.done.body', {
              name: successor.label,
              post: postLabel,
              date: formatDate(date, locale),
            })}
          </p>
          <ul className="editing-links">
            <li>
              <Link to={paths.post(detail.id, date)}>
                {t('editing.handover.done.onDate', { date: formatDate(date, locale) })}
              </Link>
            </li>
            <li>
              <Link to={paths.post(detail.id)}>{t('editing.handover.done.today')}</Link>
            </li>
            <li>
              <button type="button" className="link-button" onClick={restart}>
                {t('editing.handover.done.another')}
              </button>
            </li>
          </ul>
        </div>
      ) : null}

      <UnsavedChangesDialog blocker={unsaved.blocker} />
    </div>
  );
}

function CurrentHolders({ post }: { post: PostDetail }) {
  const { t, locale } = useI18n();
  if (post.holders.length === 0) {
    return <p className="editing-muted">{t('editing.handover.vacantNow')}</p>;
  }
  return (
    <ul className="editing-holders">
      {post.holders.map((holder) => (
        <li key={holder.assignmentId}>
          {t(`editing.handover.holder.${holder.kind}`, {
            name: `${holder.person.givenName} ${holder.person.familyName}`,
            date: formatDate(holder.validFrom, locale),
          })}
        </li>
      ))}
    </ul>
  );
}

function describePostHit(hit: SearchHit, language: string, t: TFunction) {
  const post = hit.post;
  if (!post) return { label: hit.label };
  const holder = post.holders.find((h) => h.kind === 'holder');
  return {
    label: postName(post, language) + (post.title ? ` – ${post.title}` : ''),
    detail: holder
      ? `${holder.person.givenName} ${holder.person.familyName}`
      : t('editing.handover.vacantShort'),
  };
}

function planProblem(plan: HandoverPlan, t: TFunction, locale: string): string {
  if (plan.ok) return '';
  const name = plan.entry ? `${plan.entry.person.givenName} ${plan.entry.person.familyName}` : '';
  const date = plan.entry ? formatDate(plan.entry.validFrom, locale) : '';
  switch (plan.reason) {
    case 'successor-already':
      return t('editing.handover.problem.already', { name });
    case 'later-exists':
      return t('editing.handover.problem.later', { name, date });
    case 'starts-after':
      return t('editing.handover.problem.startsAfter', { name, date });
    case 'several':
      return t('editing.handover.problem.several');
  }
}
