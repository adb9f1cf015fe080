import type { CreateUserResponse, UserRole } from '@nk/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ComboboxOption } from '../../../components/combobox';
import { ErrorMessage } from '../../../components/error-message';
import { useI18n } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useCreateUser } from '../api/create-user';
import { swedishDate } from '../utils/format-time';
import { OrganisationMultiPicker } from './organisation-picker';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const userRoles: readonly UserRole[] = ['viewer', 'editor', 'admin'];

interface RoleFieldsetProps {
  name: string;
  value: UserRole;
  onChange: (role: UserRole) => void;
}

/** The three roles as radio buttons, each with a sentence on what it may do. */
export function RoleFieldset({ name, value, onChange }: RoleFieldsetProps) {
  const { t } = useI18n();
  return (
    <fieldset className="admin-fieldset">
      <legend>{t('admin.invite.role')}</legend>
      {userRoles.map((role) => {
        const id = `${name}-${role}`;
        return (
          <div key={role} className="admin-radio">
            <input
              type="radio"
              id={id}
              name={name}
              value={role}
              checked={value === role}
              aria-describedby={`${id}-hint`}
              onChange={() => onChange(role)}
            />
            <label htmlFor={id}>{t(`admin.role.${role}`)}</label>
            <p className="field-hint" id={`${id}-hint`}>
              {t(`admin.role.${role}.hint`)}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The link people open, whole: the API answers it as a path on this site. */
export const absoluteLink = (url: string) => new URL(url, window.location.origin).toString();

/** The invitation link, selectable, with a copy button. */
export function InvitationLink({
  name,
  url,
  fieldId,
}: {
  name: string;
  url: string;
  fieldId: string;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const link = absoluteLink(url);
  return (
    <div className="form-field admin-invite-link">
      <label htmlFor={fieldId}>{t('admin.invite.link', { name })}</label>
      <div className="admin-copy-row">
        <input
          id={fieldId}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied('yes');
            } catch {
              setCopied('failed');
            }
          }}
        >
          {t('admin.invite.copy')}
        </button>
      </div>
      <p role="status" className="field-hint">
        {copied === 'yes'
          ? t('admin.invite.copied')
          : copied === 'failed'
            ? t('admin.invite.copyFailed')
            : ''}
      </p>
    </div>
  );
}

interface InviteUserFormProps {
  options: readonly ComboboxOption[];
}

/**
 * Invite a user: e-mail, name, role and, for editors, the organisations they keep up to date.
 * The answer is a one-time set-password link, shown to copy and send on, since the directory
 * sends no e-mail itself.
 */
export function InviteUserForm({ options }: InviteUserFormProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const create = useCreateUser();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('editor');
  const [scope, setScope] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreateUserResponse | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) resultRef.current?.focus();
  }, [created]);

  const apiErrors = isApiError(create.error) ? create.error.fieldErrors : {};
  const duplicate = isApiError(create.error) && create.error.code === 'DUPLICATE';
  const fieldError = (field: string) =>
    errors[field] ??
    (field === 'email' && duplicate ? t('admin.invite.emailTaken') : apiErrors[field]) ??
    null;
  const otherError =
    create.isError && !duplicate && Object.keys(apiErrors).length === 0 ? create.error : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const found: Record<string, string> = {};
    const address = email.trim();
    if (!address) found.email = t('admin.invite.emailRequired');
    else if (!emailPattern.test(address)) found.email = t('admin.invite.emailInvalid');
    if (!name.trim()) found.displayName = t('admin.invite.nameRequired');
    if (role === 'editor' && scope.length === 0) {
      found.scopeOrganisationIds = t('admin.invite.scopeRequired');
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`invite-${first}`)?.focus();
      return;
    }
    create.mutate(
      {
        email: address,
        displayName: name.trim(),
        role,
        ...(role === 'editor' && { scopeOrganisationIds: scope }),
      },
      { onSuccess: (result) => setCreated(result) },
    );
  }

  function reset() {
    setCreated(null);
    setEmail('');
    setName('');
    setRole('editor');
    setScope([]);
    setErrors({});
    create.reset();
  }

  if (created) {
    const invitedName = created.user.displayName ?? created.user.email;
    return (
      <section className="card admin-invite" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('admin.invite.title')}</h2>
        <div ref={resultRef} tabIndex={-1} className="alert alert-info admin-invite-result">
          <p>
            {t('admin.invite.created', {
              name: invitedName,
              email: created.user.email,
              date: formatDate(swedishDate(created.invitation.expiresAt), locale),
            })}
          </p>
        </div>
        <InvitationLink name={invitedName} url={created.invitation.url} fieldId="invite-link" />
        <button type="button" className="button button-secondary" onClick={reset}>
          {t('admin.invite.another')}
        </button>
      </section>
    );
  }

  const described = (field: string, hint?: boolean) =>
    [hint ? `invite-${field}-hint` : null, fieldError(field) ? `invite-${field}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <section className="card admin-invite" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.invite.title')}</h2>
      <p className="field-hint">{t('admin.invite.intro')}</p>
      <form className="form admin-form" noValidate onSubmit={submit}>
        <div className="form-alert-slot" role="alert">
          {otherError ? <ErrorMessage error={otherError} /> : null}
        </div>
        <div className="form-field">
          <label htmlFor="invite-email">{t('admin.invite.email')}</label>
          {fieldError('email') ? (
            <p className="field-error" id="invite-email-error">
              {fieldError('email')}
            </p>
          ) : null}
          <input
            id="invite-email"
            type="email"
            autoComplete="off"
            value={email}
            aria-invalid={fieldError('email') ? true : undefined}
            aria-describedby={described('email')}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor="invite-displayName">{t('admin.invite.name')}</label>
          {fieldError('displayName') ? (
            <p className="field-error" id="invite-displayName-error">
              {fieldError('displayName')}
            </p>
          ) : null}
          <input
            id="invite-displayName"
            type="text"
            autoComplete="off"
            value={name}
            aria-invalid={fieldError('displayName') ? true : undefined}
            aria-describedby={described('displayName')}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <RoleFieldset name="invite-role" value={role} onChange={setRole} />
        {role === 'editor' ? (
          <OrganisationMultiPicker
            id="invite-scopeOrganisationIds"
            label={t('admin.invite.scope')}
            hint={t('admin.invite.scopeHint')}
            error={fieldError('scopeOrganisationIds')}
            options={options}
            value={scope}
            onChange={setScope}
          />
        ) : null}
        <div>
          <button type="submit" className="button button-primary" aria-disabled={create.isPending}>
            {create.isPending ? t('admin.invite.submitting') : t('admin.invite.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
