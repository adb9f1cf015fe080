import type { Invitation, Me, User } from '@nk/shared';
import { useId, useMemo, useState } from 'react';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useI18n } from '../../../i18n/use-t';
import { hasStatus, staleVersionOf } from '../../../lib/api-client';
import { describeError } from '../../../lib/describe-error';
import { formatDate, nameCollator } from '../../../lib/format';
import { useAdminOrganisations } from '../api/get-organisations';
import { useUsers } from '../api/get-users';
import { useIssueInvitation } from '../api/issue-invitation';
import { useUpdateUser } from '../api/update-user';
import { swedishDate } from '../utils/format-time';
import { pickerOptions } from '../utils/organisation-scope';
import { AdminPageHeader } from './admin-page-header';
import { ConfirmDialog } from './confirm-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { InvitationLink, InviteUserForm } from './invite-user-form';
import { ScrollRegion } from './scroll-region';
import '../admin.css';

/**
 * User administration: everyone who can sign in, sorted by name the Swedish way, with role,
 * scope and status; invite, change, disable (after a confirmation that says what it does) and
 * enable again. Nobody is ever deleted.
 */
export function UsersPage({ me }: { me: Me }) {
  const { t, locale } = useI18n();
  const users = useUsers();
  const organisations = useAdminOrganisations();
  const update = useUpdateUser();
  const invitation = useIssueInvitation();
  const listId = useId();
  const [editing, setEditing] = useState<User | null>(null);
  const [disabling, setDisabling] = useState<User | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [newLink, setNewLink] = useState<{ user: User; invitation: Invitation } | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  const options = useMemo(
    () => pickerOptions(organisations.data ?? [], organisations.data ?? [], locale),
    [organisations.data, locale],
  );
  const organisationName = useMemo(
    () => new Map((organisations.data ?? []).map((o) => [o.id, o.name])),
    [organisations.data],
  );
  const sorted = useMemo(() => {
    const collator = nameCollator(locale);
    return [...(users.data ?? [])].sort((a, b) =>
      collator.compare(a.displayName ?? a.email, b.displayName ?? b.email),
    );
  }, [users.data, locale]);

  const nameOf = (user: User) => user.displayName ?? user.email;
  const disableError =
    update.isError && disabling
      ? hasStatus(update.error, 412)
        ? t('admin.edit.staleShort', { name: nameOf(disabling) })
        : describeError(update.error, t)
      : null;

  function disable(user: User) {
    setMessage(null);
    update.mutate(
      { id: user.id, version: user.version, body: { disabled: true } },
      {
        onSuccess: (saved) => {
          setDisabling(null);
          setMessage(t('admin.users.disabled', { name: nameOf(saved) }));
        },
        onError: (error) => {
          // Disable the version stored now on the next try, after the person has seen it.
          const current = staleVersionOf<User>(error)?.data;
          if (current) setDisabling(current);
        },
      },
    );
  }

  function enable(user: User) {
    setMessage(null);
    setRowError(null);
    update.mutate(
      { id: user.id, version: user.version, body: { disabled: false } },
      {
        onSuccess: (saved) => setMessage(t('admin.users.enabled', { name: nameOf(saved) })),
        onError: (error) => setRowError(describeError(error, t)),
      },
    );
  }

  function issueLink(user: User) {
    setMessage(null);
    setRowError(null);
    invitation.mutate(user.id, {
      onSuccess: (result) => setNewLink({ user, invitation: result }),
      onError: (error) => setRowError(describeError(error, t)),
    });
  }

  return (
    <div className="admin-users">
      <AdminPageHeader title={t('admin.users.title')} lead={t('admin.users.lead')} />

      <InviteUserForm options={options} />

      <section aria-labelledby={listId} className="admin-user-list">
        <h2 id={listId}>{t('admin.users.list')}</h2>
        <div role="status" className="admin-status">
          {message ? <p className="alert alert-info">{message}</p> : null}
        </div>
        {rowError ? (
          <p className="alert alert-error" role="alert">
            {rowError}
          </p>
        ) : null}
        {newLink ? (
          <div className="card admin-new-link">
            <p>
              {t('admin.invite.created', {
                name: nameOf(newLink.user),
                email: newLink.user.email,
                date: formatDate(swedishDate(newLink.invitation.expiresAt), locale),
              })}
            </p>
            <InvitationLink
              name={nameOf(newLink.user)}
              url={newLink.invitation.url}
              fieldId="new-invite-link"
            />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setNewLink(null)}
            >
              {t('admin.invite.done')}
            </button>
          </div>
        ) : null}
        {users.isPending ? (
          <LoadingRegion label={t('admin.users.loading')}>
            <Skeleton className="skeleton-line" />
            <Skeleton className="skeleton-line" />
            <Skeleton className="skeleton-line skeleton-short" />
          </LoadingRegion>
        ) : users.isError ? (
          <ErrorMessage error={users.error} onRetry={() => users.refetch()} />
        ) : (
          <ScrollRegion label={t('admin.users.caption')}>
            <table className="admin-table admin-users-table">
              <caption className="visually-hidden">{t('admin.users.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.col.name')}</th>
                  <th scope="col">{t('admin.users.col.role')}</th>
                  <th scope="col">{t('admin.users.col.scope')}</th>
                  <th scope="col">{t('admin.users.col.status')}</th>
                  <th scope="col">{t('admin.users.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((user) => {
                  const name = nameOf(user);
                  const self = user.id === me.id;
                  return (
                    <tr
                      key={user.id}
                      className={user.status === 'disabled' ? 'is-disabled' : undefined}
                    >
                      <th scope="row">
                        <span className="admin-user-name">
                          {name}{' '}
                          {self ? (
                            <span className="admin-muted">{t('admin.users.you')}</span>
                          ) : null}
                        </span>
                        {user.displayName ? (
                          <span className="admin-user-email">{user.email}</span>
                        ) : null}
                      </th>
                      <td>{t(`admin.role.${user.role}`)}</td>
                      <td>
                        {user.role === 'admin'
                          ? t('admin.users.scope.all')
                          : user.role === 'editor'
                            ? user.scopeOrganisationIds
                                .map((id) => organisationName.get(id) ?? id)
                                .join(', ')
                            : t('admin.users.scope.none')}
                      </td>
                      <td>
                        <span
                          className={`badge ${
                            user.status === 'active'
                              ? 'admin-badge-active'
                              : user.status === 'invited'
                                ? 'badge-warning'
                                : 'badge-muted'
                          }`}
                        >
                          {t(`admin.users.status.${user.status}`)}
                        </span>
                        <span className="admin-user-detail">
                          {user.status === 'invited' && user.invitationExpiresAt
                            ? t('admin.users.invitedUntil', {
                                date: formatDate(swedishDate(user.invitationExpiresAt), locale),
                              })
                            : user.lockedUntil && new Date(user.lockedUntil) > new Date()
                              ? t('admin.users.lockedUntil')
                              : user.status === 'active'
                                ? user.lastLoginAt
                                  ? t('admin.users.lastLogin', {
                                      date: formatDate(swedishDate(user.lastLoginAt), locale),
                                    })
                                  : t('admin.users.neverLoggedIn')
                                : null}
                        </span>
                      </td>
                      <td>
                        <div className="admin-row-actions">
                          {user.status === 'disabled' ? (
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              aria-label={t('admin.users.enableFor', { name })}
                              onClick={() => enable(user)}
                            >
                              {t('admin.users.enable')}
                            </button>
                          ) : (
                            <>
                              <button
                                type="button"
                                className="button button-secondary button-small"
                                aria-label={t('admin.users.editFor', { name })}
                                aria-haspopup="dialog"
                                onClick={() => {
                                  setMessage(null);
                                  setEditing(user);
                                }}
                              >
                                {t('admin.users.edit')}
                              </button>
                              {user.status === 'invited' ? (
                                <button
                                  type="button"
                                  className="button button-secondary button-small"
                                  aria-label={t('admin.users.newLinkFor', { name })}
                                  onClick={() => issueLink(user)}
                                >
                                  {t('admin.users.newLink')}
                                </button>
                              ) : null}
                              {self ? null : (
                                <button
                                  type="button"
                                  className="button button-secondary button-small admin-button-danger-outline"
                                  aria-label={t('admin.users.disableFor', { name })}
                                  aria-haspopup="dialog"
                                  onClick={() => {
                                    update.reset();
                                    setMessage(null);
                                    setDisabling(user);
                                  }}
                                >
                                  {t('admin.users.disable')}
                                </button>
                              )}
                            </>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <EditUserDialog
        user={editing}
        options={options}
        onClose={(saved) => {
          setEditing(null);
          if (saved) setMessage(t('admin.users.saved', { name: nameOf(saved) }));
        }}
      />
      <ConfirmDialog
        open={disabling !== null}
        title={t('admin.disable.title', { name: disabling ? nameOf(disabling) : '' })}
        confirmLabel={t('admin.disable.confirm')}
        workingLabel={t('admin.disable.working')}
        cancelLabel={t('admin.disable.cancel')}
        pending={update.isPending}
        error={disableError}
        onCancel={() => setDisabling(null)}
        onConfirm={() => {
          if (disabling) disable(disabling);
        }}
      >
        <p>{t('admin.disable.body', { name: disabling ? nameOf(disabling) : '' })}</p>
        <p>{t('admin.disable.keep')}</p>
      </ConfirmDialog>
    </div>
  );
}
