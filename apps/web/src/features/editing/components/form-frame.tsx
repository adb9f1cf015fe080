import type { ReactNode } from 'react';
import { type Blocker, Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { type ConflictField, ConflictPanel } from './conflict-panel';
import { ErrorSummary } from './form-fields';
import { FormActions, FormNotices } from './form-page';
import { UnsavedChangesDialog } from './unsaved-changes';
import type { EntityForm } from './use-entity-form';
import './editing.css';

/** A group of fields under a heading: a fieldset whose legend is the heading. */
export function FormSection({
  title,
  level = 2,
  hint,
  children,
}: {
  title: string;
  /** 3 inside a form that is itself under an h2 (the person form inside the handover wizard). */
  level?: 2 | 3;
  hint?: string;
  children: ReactNode;
}) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <fieldset className="editing-section">
      <legend>
        <Heading className="editing-section-title">{title}</Heading>
      </legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

/** The top of a form page: the way back, what the page is, and what to do on it. */
export function FormPageHeader({
  back,
  title,
  lead,
  children,
}: {
  back?: { to: string; label: string } | null;
  title: string;
  lead: string;
  /** More links under the lead (e.g. to the handover). */
  children?: ReactNode;
}) {
  return (
    <div className="page-header">
      {back ? (
        <p className="editing-kicker">
          <Link to={back.to}>{back.label}</Link>
        </p>
      ) : null}
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      {children}
    </div>
  );
}

interface EntityFormBodyProps {
  form: EntityForm;
  saveLabel: string;
  cancelTo?: string;
  onCancel?: () => void;
  /** "Fält märkta (obligatoriskt) …": left out of small forms whose one field says it itself. */
  requiredNote?: boolean;
  /** A small form inside a page: its save button stays where it is instead of following. */
  inline?: boolean;
  children: ReactNode;
}

/**
 * A `<form>` driven by {@link useEntityForm}: the error summary and notices first, then the
 * fields, then save and cancel. Used whole by {@link EntityFormPage} and alone for small forms
 * inside a page (a counterpart, a link, an assignment).
 */
export function EntityFormBody({
  form,
  saveLabel,
  cancelTo,
  onCancel,
  requiredNote = true,
  inline = false,
  children,
}: EntityFormBodyProps) {
  const t = useT();
  return (
    <form className="form editing-form" noValidate onSubmit={form.onSubmit}>
      <ErrorSummary errors={form.summary} onFocusField={form.focus} />
      <FormNotices failure={form.failure} nothingChanged={form.nothingChanged} />
      {requiredNote ? <p className="field-hint">{t('editing.form.requiredNote')}</p> : null}
      {children}
      <FormActions
        submitting={form.submitting}
        dirty={form.dirty}
        saveLabel={saveLabel}
        cancelTo={cancelTo}
        onCancel={onCancel}
        sticky={!inline}
      />
    </form>
  );
}

/** The conflict panel, while a save has met a newer version of what the form edits. */
export function FormConflict({
  form,
  fields,
}: {
  form: EntityForm;
  fields: readonly ConflictField[];
}) {
  if (!form.conflict) return null;
  return (
    <ConflictPanel
      id={`${form.formId}-conflict`}
      conflict={form.conflict}
      fields={fields}
      busy={form.submitting}
      onReapply={form.reapply}
      onDiscard={form.discardMine}
    />
  );
}

interface EntityFormPageProps extends EntityFormBodyProps {
  /** The page header; null inside another flow. */
  header: ReactNode;
  /** The fields the conflict panel compares after a 412. */
  conflictFields: readonly ConflictField[];
  /** What comes after the form: more sections, archiving. */
  after?: ReactNode;
  /** The leave-without-saving question; absent inside another flow, which asks itself. */
  blocker?: Blocker;
}

/**
 * The frame every editing form shares: header, the conflict panel when a save met a newer
 * version, the form itself, what follows it, and the unsaved-changes question.
 */
export function EntityFormPage({
  header,
  conflictFields,
  after,
  blocker,
  ...body
}: EntityFormPageProps) {
  return (
    <div className="editing-page">
      {header}
      <FormConflict form={body.form} fields={conflictFields} />
      <EntityFormBody {...body} />
      {after}
      {blocker ? <UnsavedChangesDialog blocker={blocker} /> : null}
    </div>
  );
}
