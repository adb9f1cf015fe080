import type { AuditEvent, Organisation } from '@nk/shared';
import { type FormEvent, type ReactNode, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import type { TranslationKey } from '../../../i18n/sv';
import { useI18n } from '../../../i18n/use-t';
import { isIsoDate, nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { type AuditFilters, useAudit } from '../api/get-audit';
import { useAdminOrganisations } from '../api/get-organisations';
import { useUsers } from '../api/get-users';
import { diffSnapshots, type FieldChange, snapshotName } from '../utils/audit-diff';
import { formatDateTime } from '../utils/format-time';
import { AdminPageHeader } from './admin-page-header';
import '../admin.css';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const auditEntityTypes = [
  'person',
  'organisation',
  'post',
  'assignment',
  'role',
  'network',
  'topic',
  'user',
  'import',
  'suggestion',
  'organisation_link',
  'role_counterpart',
  'export',
] as const;

const entityKeys: Record<string, TranslationKey> = {
  person: 'admin.entity.person',
  organisation: 'admin.entity.organisation',
  post: 'admin.entity.post',
  assignment: 'admin.entity.assignment',
  role: 'admin.entity.role',
  network: 'admin.entity.network',
  topic: 'admin.entity.topic',
  user: 'admin.entity.user',
  import: 'admin.entity.import',
  suggestion: 'admin.entity.suggestion',
  organisation_link: 'admin.entity.organisation_link',
  role_counterpart: 'admin.entity.role_counterpart',
  export: 'admin.entity.export',
  directory: 'admin.entity.directory',
};

const verbKeys: Record<string, TranslationKey> = {
  created: 'admin.verb.created',
  updated: 'admin.verb.updated',
  archived: 'admin.verb.archived',
  restored: 'admin.verb.restored',
  deleted: 'admin.verb.deleted',
  ended: 'admin.verb.ended',
  moved: 'admin.verb.moved',
  reopened: 'admin.verb.reopened',
  merged: 'admin.verb.merged',
  unmerged: 'admin.verb.unmerged',
  erased: 'admin.verb.erased',
  verified: 'admin.verb.verified',
  previewed: 'admin.verb.previewed',
  committed: 'admin.verb.committed',
  undone: 'admin.verb.undone',
  handed_over: 'admin.verb.handed_over',
  login: 'admin.verb.login',
  login_failed: 'admin.verb.login_failed',
  logout: 'admin.verb.logout',
  invitation_issued: 'admin.verb.invitation_issued',
  invite_accepted: 'admin.verb.invite_accepted',
  password_changed: 'admin.verb.password_changed',
  disabled: 'admin.verb.disabled',
  enabled: 'admin.verb.enabled',
  resolved: 'admin.verb.resolved',
  rejected: 'admin.verb.rejected',
  seeded: 'admin.verb.seeded',
};

const fieldKeys: Record<string, TranslationKey> = {
  givenName: 'admin.field.givenName',
  familyName: 'admin.field.familyName',
  email: 'admin.field.email',
  title: 'admin.field.title',
  phone: 'admin.field.phone',
  mobile: 'admin.field.mobile',
  role: 'admin.field.role',
  validFrom: 'admin.field.validFrom',
  validTo: 'admin.field.validTo',
  organisationId: 'admin.field.organisationId',
  parentId: 'admin.field.parentId',
  personId: 'admin.field.personId',
  postId: 'admin.field.postId',
  roleId: 'admin.field.roleId',
  kind: 'admin.field.kind',
  required: 'admin.field.required',
  name: 'admin.field.name',
  summary: 'admin.field.summary',
  applied: 'admin.field.applied',
  filename: 'admin.field.filename',
  add: 'admin.action.add',
  change: 'admin.action.change',
  end: 'admin.action.end',
  unchanged: 'admin.action.unchanged',
  error: 'admin.action.error',
  duplicate: 'admin.action.duplicate',
};

function filtersFrom(params: URLSearchParams): AuditFilters {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const date = (name: string) => {
    const value = params.get(name);
    return isIsoDate(value) ? value : undefined;
  };
  const entityId = text('entityId');
  const actor = text('actor');
  return {
    entityType: text('entityType'),
    entityId: entityId && uuidPattern.test(entityId) ? entityId : undefined,
    actor: actor && uuidPattern.test(actor) ? actor : undefined,
    from: date('from'),
    to: date('to'),
  };
}

/**
 * The audit log for administrators: filters kept in the address (entity type, entity id, who,
 * from–to), the newest events first with "show more", and each event's change as a readable
 * diff, field by field.
 */
export function AuditPage() {
  const { t, locale } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(searchParams), [searchParams]);
  const audit = useAudit(filters);
  const users = useUsers();
  const organisations = useAdminOrganisations();
  const listId = useId();

  const organisationsById = useMemo(
    () => new Map((organisations.data ?? []).map((o) => [o.id, o])),
    [organisations.data],
  );
  const actors = useMemo(() => {
    const collator = nameCollator(locale);
    return [...(users.data ?? [])]
      .map((user) => ({ id: user.id, label: user.displayName ?? user.email }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [users.data, locale]);

  const events = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="admin-audit">
      <AdminPageHeader title={t('admin.audit.title')} lead={t('admin.audit.lead')} />
      <AuditFilterForm
        key={searchParams.toString()}
        filters={filters}
        actors={actors}
        onApply={(next) => {
          const params = new URLSearchParams();
          for (const [key, value] of Object.entries(next)) if (value) params.set(key, value);
          setSearchParams(params);
        }}
      />

      <section aria-labelledby={listId}>
        <h2 id={listId}>{t('admin.audit.events')}</h2>
        {audit.isPending ? (
          <LoadingRegion label={t('admin.audit.loading')}>
            <Skeleton className="skeleton-line" />
            <Skeleton className="skeleton-line" />
            <Skeleton className="skeleton-line skeleton-short" />
          </LoadingRegion>
        ) : audit.isError && events.length === 0 ? (
          <ErrorMessage error={audit.error} onRetry={() => audit.refetch()} />
        ) : events.length === 0 ? (
          <p className="empty-state">{t('admin.audit.none')}</p>
        ) : (
          <>
            <p role="status" className="admin-muted">
              {audit.hasNextPage
                ? t('admin.audit.countMore', { count: events.length })
                : t('admin.audit.count', { count: events.length })}
            </p>
            <ol className="admin-events">
              {events.map((event) => (
                <AuditEventItem key={event.id} event={event} organisations={organisationsById} />
              ))}
            </ol>
            {audit.isFetchNextPageError ? <ErrorMessage error={audit.error} /> : null}
            {audit.hasNextPage ? (
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={audit.isFetchingNextPage}
                onClick={() => {
                  if (!audit.isFetchingNextPage) audit.fetchNextPage();
                }}
              >
                {audit.isFetchingNextPage ? t('admin.audit.loadingMore') : t('admin.audit.more')}
              </button>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

interface AuditFilterFormProps {
  filters: AuditFilters;
  actors: readonly { id: string; label: string }[];
  onApply: (filters: AuditFilters) => void;
}

function AuditFilterForm({ filters, actors, onApply }: AuditFilterFormProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const [errors, setErrors] = useState<{ entityId?: string; to?: string }>({});
  const set = (key: keyof AuditFilters) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value || undefined }));
  const typeOptions = useMemo(() => {
    const collator = nameCollator(locale);
    return auditEntityTypes
      .map((type) => ({ type, label: t(entityKeys[type] ?? 'admin.entity.directory') }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [t, locale]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: { entityId?: string; to?: string } = {};
    const entityId = draft.entityId?.trim();
    if (entityId && !uuidPattern.test(entityId)) found.entityId = t('admin.audit.entityIdInvalid');
    if (draft.from && draft.to && draft.to < draft.from) found.to = t('admin.audit.dateOrder');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onApply({ ...draft, entityId: entityId || undefined });
  }

  const hasFilters = Object.values(filters).some(Boolean);

  return (
    <section className="card admin-filters" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.audit.filters')}</h2>
      <form className="admin-filter-grid" noValidate onSubmit={submit}>
        <div className="form-field">
          <label htmlFor="audit-type">{t('admin.audit.entityType')}</label>
          <select
            id="audit-type"
            value={draft.entityType ?? ''}
            onChange={(event) => set('entityType')(event.target.value)}
          >
            <option value="">{t('admin.audit.entityType.all')}</option>
            {typeOptions.map((option) => (
              <option key={option.type} value={option.type}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="audit-actor">{t('admin.audit.actor')}</label>
          <select
            id="audit-actor"
            value={draft.actor ?? ''}
            onChange={(event) => set('actor')(event.target.value)}
          >
            <option value="">{t('admin.audit.actor.all')}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field admin-filter-wide">
          <label htmlFor="audit-entity">{t('admin.audit.entityId')}</label>
          <p className="field-hint" id="audit-entity-hint">
            {t('admin.audit.entityIdHint')}
          </p>
          {errors.entityId ? (
            <p className="field-error" id="audit-entity-error">
              {errors.entityId}
            </p>
          ) : null}
          <input
            id="audit-entity"
            type="text"
            spellCheck={false}
            autoComplete="off"
            value={draft.entityId ?? ''}
            aria-invalid={errors.entityId ? true : undefined}
            aria-describedby={
              errors.entityId ? 'audit-entity-hint audit-entity-error' : 'audit-entity-hint'
            }
            onChange={(event) => set('entityId')(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor="audit-from">{t('admin.audit.from')}</label>
          <input
            id="audit-from"
            type="date"
            value={draft.from ?? ''}
            onChange={(event) => set('from')(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor="audit-to">{t('admin.audit.to')}</label>
          {errors.to ? (
            <p className="field-error" id="audit-to-error">
              {errors.to}
            </p>
          ) : null}
          <input
            id="audit-to"
            type="date"
            value={draft.to ?? ''}
            aria-invalid={errors.to ? true : undefined}
            aria-describedby={errors.to ? 'audit-to-error' : undefined}
            onChange={(event) => set('to')(event.target.value)}
          />
        </div>
        <div className="dialog-actions admin-filter-actions">
          <button type="submit" className="button button-primary">
            {t('admin.audit.apply')}
          </button>
          {hasFilters ? (
            <button type="button" className="button button-secondary" onClick={() => onApply({})}>
              {t('admin.audit.clear')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

function entityHref(type: string, id: string): string | null {
  switch (type) {
    case 'person':
      return paths.person(id);
    case 'organisation':
      return paths.organisation(id);
    case 'post':
      return paths.post(id);
    case 'role':
      return paths.role(id);
    case 'network':
      return paths.network(id);
    default:
      return null;
  }
}

function AuditEventItem({
  event,
  organisations,
}: {
  event: AuditEvent;
  organisations: ReadonlyMap<string, Organisation>;
}) {
  const { t, locale } = useI18n();
  const [type, ...rest] = event.action.split('.');
  const verb = rest.join('.');
  const typeLabel = t(
    entityKeys[event.entityType] ?? entityKeys[type ?? ''] ?? 'admin.entity.directory',
  );
  const verbKey = verbKeys[verb];
  const verbLabel = verbKey ? t(verbKey) : event.action;
  const name = snapshotName(event.after) ?? snapshotName(event.before);
  const href = event.entityId ? entityHref(event.entityType, event.entityId) : null;
  const actor = event.actor
    ? (event.actor.displayName ?? event.actor.email)
    : t('admin.audit.system');
  const changes = diffSnapshots(event.before, event.after);

  return (
    <li className="card admin-event">
      <div className="admin-event-head">
        <h3 className="admin-event-title">
          <span className="badge badge-muted">{typeLabel}</span>{' '}
          {name ? href ? <Link to={href}>{name}</Link> : name : null} {verbLabel}
        </h3>
        <p className="admin-event-meta">
          <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>{' '}
          {t('admin.audit.by', { actor })}
        </p>
      </div>
      {changes.length === 0 ? (
        event.before || event.after ? (
          <p className="admin-muted">{t('admin.audit.noDiff')}</p>
        ) : null
      ) : (
        <ul className="admin-diff">
          {changes.map((change) => (
            <DiffLine
              key={change.field}
              change={change}
              creation={event.before === null}
              organisations={organisations}
            />
          ))}
        </ul>
      )}
      {event.entityId ? (
        <p className="admin-event-links">
          <Link
            to={`?${new URLSearchParams({ entityId: event.entityId })}`}
            className="admin-small-link"
          >
            {t('admin.audit.showEntity', { name: name ?? typeLabel.toLowerCase() })}
          </Link>
        </p>
      ) : null}
    </li>
  );
}

function DiffLine({
  change,
  creation,
  organisations,
}: {
  change: FieldChange;
  /** A new entity: every line is "added", so the tag would only repeat itself. */
  creation: boolean;
  organisations: ReadonlyMap<string, Organisation>;
}) {
  const { t } = useI18n();
  const key = fieldKeys[change.field];
  const field = change.field ? (key ? t(key) : change.field) : t('admin.audit.value');
  const show = (value: unknown): ReactNode => {
    if (value === null || value === undefined || value === '') {
      return <span className="admin-muted">{t('admin.import.empty')}</span>;
    }
    if (typeof value === 'boolean') return value ? t('admin.audit.yes') : t('admin.audit.no');
    if (typeof value === 'string') {
      const organisation = organisations.get(value);
      return <span className="admin-value">{organisation ? organisation.name : value}</span>;
    }
    if (typeof value === 'number') return <span className="admin-value">{value}</span>;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      return (
        <span className="admin-value">
          {value.map((item) => organisations.get(item)?.name ?? item).join(', ')}
        </span>
      );
    }
    if (typeof value === 'object') {
      // A small record such as an import's counts: "Läggs till 1, Ändras 0".
      return (
        <span className="admin-value">
          {Object.entries(value as Record<string, unknown>)
            .map(([key, item]) => {
              const label = fieldKeys[key];
              return `${label ? t(label) : key} ${typeof item === 'object' ? JSON.stringify(item) : String(item)}`;
            })
            .join(', ')}
        </span>
      );
    }
    return <span className="admin-value">{String(value)}</span>;
  };

  return (
    <li className={`admin-diff-${change.kind}`}>
      <span className="admin-change-field">{field}:</span>{' '}
      {change.kind === 'added' ? (
        creation ? (
          show(change.after)
        ) : (
          <>
            <span className="admin-diff-tag">{t('admin.audit.added')}</span> {show(change.after)}
          </>
        )
      ) : change.kind === 'removed' ? (
        <>
          <span className="admin-diff-tag">{t('admin.audit.removed')}</span>{' '}
          <del>{show(change.before)}</del>
        </>
      ) : (
        <>
          <del>{show(change.before)}</del>{' '}
          <span aria-hidden="true" className="admin-arrow">
            →
          </span>
          <span className="visually-hidden">{t('admin.audit.changedTo')}</span>{' '}
          <ins>{show(change.after)}</ins>
        </>
      )}
    </li>
  );
}
