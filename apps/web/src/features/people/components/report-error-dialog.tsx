import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/describe-error';
import { useCreateSuggestion } from '../api/create-suggestion';

/** The API's limit. */
const maxMessageLength = 4000;

/** The details a report can point at (API field names), in the order people think of them. */
const reportFields = ['phone', 'mobile', 'email', 'title', 'posts', 'organisationId'] as const;
type ReportField = (typeof reportFields)[number];
const isReportField = (value: string): value is ReportField =>
  (reportFields as readonly string[]).includes(value);

interface ReportErrorDialogProps {
  personId: string;
  personName: string;
  organisationName: string;
}

/**
 * "Rapportera fel": a button that opens a modal dialog (the native `<dialog>`, so focus stays
 * inside, Esc closes and focus returns to the button) with one text field. The message goes to
 * the stewards of the organisation that owns the entry.
 */
export function ReportErrorDialog({
  personId,
  personName,
  organisationName,
}: ReportErrorDialogProps) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const [message, setMessage] = useState('');
  const [field, setField] = useState<ReportField | ''>('');
  const [clientError, setClientError] = useState<string | null>(null);
  const suggestion = useCreateSuggestion();
  const sent = suggestion.isSuccess;

  useEffect(() => {
    if (sent) closeRef.current?.focus();
  }, [sent]);

  function open() {
    suggestion.reset();
    setMessage('');
    setField('');
    setClientError(null);
    dialogRef.current?.showModal();
    messageRef.current?.focus();
  }

  function close() {
    dialogRef.current?.close();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (suggestion.isPending) return;
    const text = message.trim();
    if (!text) {
      setClientError(t('report.messageRequired'));
      messageRef.current?.focus();
      return;
    }
    suggestion.mutate({
      targetType: 'person',
      targetId: personId,
      message: text,
      ...(field && { field }),
    });
  }

  const apiFieldError =
    isApiError(suggestion.error) && suggestion.error.fieldErrors.message
      ? suggestion.error.fieldErrors.message
      : null;
  const fieldError = clientError ?? apiFieldError;
  const alert = suggestion.isError && !apiFieldError ? describeError(suggestion.error, t) : null;
  const titleId = `${id}-title`;
  const messageId = `${id}-message`;
  const fieldId = `${id}-field`;

  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className="button button-secondary"
        aria-haspopup="dialog"
        onClick={open}
      >
        {t('report.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby={titleId}
        onClose={() => openerRef.current?.focus()}
      >
        <h2 id={titleId} className="dialog-title">
          {t('report.title')}
        </h2>
        {sent ? (
          <div className="dialog-body">
            <p role="status" className="alert alert-info">
              {t('report.sent', {
                organisation: suggestion.data?.organisation.name ?? organisationName,
              })}
            </p>
            <div className="dialog-actions">
              <button
                ref={closeRef}
                type="button"
                className="button button-primary"
                onClick={close}
              >
                {t('report.close')}
              </button>
            </div>
          </div>
        ) : (
          <form className="form dialog-body" noValidate onSubmit={onSubmit}>
            <p className="dialog-intro">
              {t('report.intro', { name: personName, organisation: organisationName })}
            </p>
            <div className="form-alert-slot" role="alert">
              {alert ? <p className="alert alert-error">{alert}</p> : null}
            </div>
            <div className="form-field">
              <label htmlFor={messageId}>{t('report.message')}</label>
              <p className="field-hint" id={`${messageId}-hint`}>
                {t('report.messageHint')}
              </p>
              {fieldError ? (
                <p className="field-error" id={`${messageId}-error`}>
                  {fieldError}
                </p>
              ) : null}
              <textarea
                ref={messageRef}
                id={messageId}
                name="message"
                rows={5}
                maxLength={maxMessageLength}
                required
                value={message}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={
                  fieldError ? `${messageId}-hint ${messageId}-error` : `${messageId}-hint`
                }
                onChange={(event) => {
                  setMessage(event.target.value);
                  if (clientError) setClientError(null);
                }}
              />
            </div>
            <div className="form-field">
              <label htmlFor={fieldId}>{t('report.field')}</label>
              <select
                id={fieldId}
                name="field"
                value={field}
                onChange={(event) => {
                  const value = event.target.value;
                  setField(isReportField(value) ? value : '');
                }}
              >
                <option value="">{t('report.field.none')}</option>
                {reportFields.map((name) => (
                  <option key={name} value={name}>
                    {t(`report.field.${name}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="dialog-actions">
              <button
                type="submit"
                className="button button-primary"
                aria-disabled={suggestion.isPending}
              >
                {suggestion.isPending ? t('report.sending') : t('report.send')}
              </button>
              <button type="button" className="button button-secondary" onClick={close}>
                {t('report.cancel')}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
