import type { Me } from '@nk/shared';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { TranslationKey } from '../../../i18n/sv';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/describe-error';
import { useAcceptInvite } from '../api/accept-invite';

type Field = 'password' | 'repeat';
type FieldErrors = Partial<Record<Field, string>>;

/** The API's reasons for refusing a password, as the sentences a person reads. */
const passwordReasons: Record<string, TranslationKey> = {
  'is one of the most common passwords': 'auth.invite.common',
  'contains your e-mail address': 'auth.invite.containsEmail',
  'repeats too few characters': 'auth.invite.repetitive',
};

/**
 * Choose a password (twice, so a typo cannot lock the person out) and sign in. The rules are the
 * API's: 8 to 128 characters, not a common one; its refusal is shown next to the field.
 */
export function AcceptInviteForm({
  token,
  onAccepted,
}: {
  token: string;
  onAccepted: (user: Me) => void;
}) {
  const t = useT();
  const accept = useAcceptInvite();
  const id = useId();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  const apiErrors = isApiError(accept.error) ? accept.error.fieldErrors : {};
  // The API client makes sentences of field messages ("Is one of … passwords."); compare the words.
  const apiPassword = apiErrors.password?.toLowerCase().replace(/\.$/, '');
  const fieldErrors: FieldErrors = {
    password:
      clientErrors.password ??
      (apiPassword && passwordReasons[apiPassword]
        ? t(passwordReasons[apiPassword])
        : apiErrors.password),
    repeat: clientErrors.repeat,
  };
  const linkProblem = Boolean(apiErrors.token);

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (password.length < 8) errors.password = t('auth.invite.tooShort');
    else if (password.length > 128) errors.password = t('auth.invite.tooLong');
    if (!errors.password && repeat !== password) errors.repeat = t('auth.invite.mismatch');
    return errors;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    const errors = validate();
    setClientErrors(errors);
    if (errors.password || errors.repeat) {
      (errors.password ? passwordRef : repeatRef).current?.focus();
      return;
    }
    accept.mutate(
      { token, password },
      {
        onSuccess: (response) => onAccepted(response.user),
        onError: () => passwordRef.current?.focus(),
      },
    );
  }

  const alertText = linkProblem
    ? t('auth.invite.linkInvalid')
    : accept.isError && !apiPassword
      ? describeError(accept.error, t)
      : fieldErrors.password || fieldErrors.repeat
        ? t('auth.fixErrors')
        : null;

  const field = (name: Field, label: string, value: string, set: (v: string) => void) => {
    const inputId = `${id}-${name}`;
    const error = fieldErrors[name];
    return (
      <div className="form-field">
        <label htmlFor={inputId}>{label}</label>
        {name === 'password' ? (
          <p className="field-hint" id={`${inputId}-hint`}>
            {t('auth.invite.hint')}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" id={`${inputId}-error`}>
            {error}
          </p>
        ) : null}
        <input
          ref={name === 'password' ? passwordRef : repeatRef}
          id={inputId}
          name={name}
          type="password"
          autoComplete="new-password"
          required
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [name === 'password' ? `${inputId}-hint` : null, error ? `${inputId}-error` : null]
              .filter(Boolean)
              .join(' ') || undefined
          }
          onChange={(event) => {
            set(event.target.value);
            if (clientErrors[name]) setClientErrors((errors) => ({ ...errors, [name]: undefined }));
          }}
        />
      </div>
    );
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <div className="form-alert-slot" role="alert">
        {alertText ? <p className="alert alert-error">{alertText}</p> : null}
      </div>
      {field('password', t('auth.invite.password'), password, setPassword)}
      {field('repeat', t('auth.invite.repeat'), repeat, setRepeat)}
      <button type="submit" className="button button-primary" aria-disabled={accept.isPending}>
        {accept.isPending ? t('auth.invite.submitting') : t('auth.invite.submit')}
      </button>
    </form>
  );
}
