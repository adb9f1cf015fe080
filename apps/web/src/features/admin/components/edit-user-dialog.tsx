import type { User, UserRole } from '@nk/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ComboboxOption } from '../../../components/combobox';
import { useI18n } from '../../../i18n/use-t';
import { hasStatus, isApiError, staleVersionOf } from '../../../lib/api-client';
import { describeError } from '../../../lib/describe-error';
import { useUpdateUser } from '../api/update-user';
import { RoleFieldset } from './invite-user-form';
import { OrganisationMultiPicker } from './organisation-picker';

interface EditUserDialogProps {
  user: User | null;
  options: readonly ComboboxOption[];
  onClose: (saved?: User) => void;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Role and editor scope of one user, in a modal dialog. Saved with If-Match on the version that
 * was read; if someone else saved meanwhile (412), the dialog says what is stored now, keeps the
 * person's own choices and lets them save again on top of the fresh version.
 */
export function EditUserDialog({ user, options, onClose }: EditUserDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const update = useUpdateUser();
  const [role, setRole] = useState<UserRole>('viewer');
  const [scope, setScope] = useState<string[]>([]);
  const [base, setBase] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [scopeError, setScopeError] = useState<string | null>(null);

  const resetUpdate = update.reset;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (user) {
      setRole(user.role);
      setScope(user.scopeOrganisationIds);
      setBase(user);
      setNotice(null);
      setScopeError(null);
      resetUpdate();
      if (!dialog.open) dialog.showModal();
    } else if (dialog.open) dialog.close();
  }, [user, resetUpdate]);

  const labelOf = new Map(options.map((option) => [option.value, option.label]));
  const describeScope = (ids: readonly string[], ofRole: UserRole) =>
    ofRole === 'editor'
      ? ids.map((id) => labelOf.get(id) ?? id).join(', ') || t('admin.users.scope.none')
      : ofRole === 'admin'
        ? t('admin.users.scope.all').toLowerCase()
        : t('admin.users.scope.none');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!base || update.isPending) return;
    if (role === 'editor' && scope.length === 0) {
      setScopeError(t('admin.invite.scopeRequired'));
      return;
    }
    setScopeError(null);
    const nextScope = role === 'editor' ? scope : [];
    if (role === base.role && sameSet(nextScope, base.scopeOrganisationIds)) {
      setNotice(t('admin.edit.nothing'));
      return;
    }
    setNotice(null);
    update.mutate(
      {
        id: base.id,
        version: base.version,
        body: {
          ...(role !== base.role && { role }),
          ...(!sameSet(nextScope, base.scopeOrganisationIds) && {
            scopeOrganisationIds: nextScope,
          }),
        },
      },
      {
        onSuccess: (saved) => onClose(saved),
        onError: (error) => {
          if (!hasStatus(error, 412)) return;
          const current = staleVersionOf<User>(error)?.data;
          const name = base.displayName ?? base.email;
          if (current) {
            setBase(current);
            setNotice(
              t('admin.edit.stale', {
                name,
                role: t(`admin.role.${current.role}`).toLowerCase(),
                scope: describeScope(current.scopeOrganisationIds, current.role),
              }),
            );
          } else {
            setNotice(t('admin.edit.staleShort', { name }));
          }
        },
      },
    );
  }

  const name = base ? (base.displayName ?? base.email) : '';
  const failure =
    update.isError && !hasStatus(update.error, 412)
      ? isApiError(update.error)
        ? describeError(update.error, t)
        : t('error.generic')
      : null;

  return (
    <dialog
      ref={dialogRef}
      className="dialog admin-dialog-wide"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {t('admin.edit.title', { name })}
      </h2>
      {base ? (
        <form className="form dialog-body" noValidate onSubmit={submit}>
          <p className="dialog-intro">{t('admin.edit.intro', { name })}</p>
          <div className="form-alert-slot" role="alert">
            {notice ? <p className="alert alert-info">{notice}</p> : null}
            {failure ? <p className="alert alert-error">{failure}</p> : null}
          </div>
          <RoleFieldset name="edit-role" value={role} onChange={setRole} />
          {role === 'editor' ? (
            <OrganisationMultiPicker
              id="edit-scope"
              label={t('admin.invite.scope')}
              hint={t('admin.invite.scopeHint')}
              error={scopeError}
              options={options}
              value={scope}
              onChange={setScope}
            />
          ) : null}
          <div className="dialog-actions">
            <button
              type="submit"
              className="button button-primary"
              aria-disabled={update.isPending}
            >
              {update.isPending ? t('admin.edit.saving') : t('admin.edit.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => onClose()}>
              {t('admin.edit.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
