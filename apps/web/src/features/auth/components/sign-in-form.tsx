import type { Me } from '@nk/shared';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/describe-error';
import { useLogin } from '../api/login';

type Field = 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

interface SignInFormProps {
  onSignedIn: (user: Me) => void;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * E-mail and password with our own validation messages (the browser's bubbles cannot be read
 * reliably by every screen reader), and the API's answer as a sentence in an alert.
 */
export function SignInForm({ onSignedIn }: SignInFormProps) {
  const t = useT();
  const login = useLogin();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const apiFieldErrors = isApiError(login.error) ? login.error.fieldErrors : {};
  const fieldErrors: FieldErrors = {
    email: clientErrors.email ?? (apiFieldErrors.email ? t('auth.emailInvalid') : undefined),
    password:
      clientErrors.password ?? (apiFieldErrors.password ? t('auth.passwordRequired') : undefined),
  };
  const hasFieldErrors = Boolean(fieldErrors.email || fieldErrors.password);

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    const trimmed = email.trim();
    if (!trimmed) errors.email = t('auth.emailRequired');
    else if (!emailPattern.test(trimmed)) errors.email = t('auth.emailInvalid');
    if (!password) errors.password = t('auth.passwordRequired');
    return errors;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    const errors = validate();
    setClientErrors(errors);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (response) => onSignedIn(response.user),
        onError: () => {
          // After a wrong password, the natural next step is to type it again.
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  }

  const emailId = `${id}-email`;
  const passwordId = `${id}-password`;
  const alertText = login.isError
    ? describeError(login.error, t)
    : hasFieldErrors
      ? t('auth.fixErrors')
      : null;

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <div className="form-alert-slot" role="alert">
        {alertText ? <p className="alert alert-error">{alertText}</p> : null}
      </div>

      <div className="form-field">
        <label htmlFor={emailId}>{t('auth.email')}</label>
        {fieldErrors.email ? (
          <p className="field-error" id={`${emailId}-error`}>
            {fieldErrors.email}
          </p>
        ) : null}
        <input
          ref={emailRef}
          id={emailId}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={email}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? `${emailId}-error` : undefined}
          onChange={(event) => {
            setEmail(event.target.value);
            if (clientErrors.email) setClientErrors((errors) => ({ ...errors, email: undefined }));
          }}
        />
      </div>

      <div className="form-field">
        <label htmlFor={passwordId}>{t('auth.password')}</label>
        {fieldErrors.password ? (
          <p className="field-error" id={`${passwordId}-error`}>
            {fieldErrors.password}
          </p>
        ) : null}
        <input
          ref={passwordRef}
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? `${passwordId}-error` : undefined}
          onChange={(event) => {
            setPassword(event.target.value);
            if (clientErrors.password) {
              setClientErrors((errors) => ({ ...errors, password: undefined }));
            }
          }}
        />
      </div>

      <button type="submit" className="button button-primary" aria-disabled={login.isPending}>
        {login.isPending ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
