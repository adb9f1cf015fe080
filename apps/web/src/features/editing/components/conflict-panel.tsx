import { useT } from '../../../i18n/use-t';
import { changedFields, type FormValue, sameValue } from '../utils/form';
import type { Conflict } from './use-entity-form';

export interface ConflictField {
  name: string;
  label: string;
  /** How a value reads: a name for an id, "Ja"/"Nej" for a tick. */
  format?: (value: FormValue | undefined) => string;
}

interface ConflictPanelProps {
  id: string;
  conflict: Conflict;
  fields: readonly ConflictField[];
  onReapply: () => void;
  onDiscard: () => void;
  busy: boolean;
}

/**
 * Someone saved the entry while this user was editing it. Nothing has been saved yet: the panel
 * shows, per field, what the other person changed (before → now) beside this user's own change,
 * and offers to save the user's changes on top of the new version in one click.
 */
export function ConflictPanel({
  id,
  conflict,
  fields,
  onReapply,
  onDiscard,
  busy,
}: ConflictPanelProps) {
  const t = useT();
  const theirs = new Set(changedFields(conflict.theirs, conflict.base));
  const mine = new Set(changedFields(conflict.mine, conflict.base));
  const rows = fields.filter((field) => theirs.has(field.name) || mine.has(field.name));
  const show = (field: ConflictField, value: FormValue | undefined) => {
    const text = field.format ? field.format(value) : plain(value);
    return text === '' ? t('editing.conflict.empty') : text;
  };

  return (
    <section id={id} className="editing-conflict" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`} className="editing-conflict-title">
        {t('editing.conflict.title')}
      </h2>
      <p>{t('editing.conflict.body')}</p>
      <ul className="editing-conflict-list" aria-label={t('editing.conflict.caption')}>
        {rows.map((field) => {
          const both =
            theirs.has(field.name) &&
            mine.has(field.name) &&
            !sameValue(conflict.theirs[field.name], conflict.mine[field.name]);
          return (
            <li key={field.name} className="editing-conflict-item">
              <h3 className="editing-conflict-field">
                {field.label}
                {both ? (
                  <span className="badge badge-warning editing-conflict-both">
                    {t('editing.conflict.both')}
                  </span>
                ) : null}
              </h3>
              <dl className="editing-conflict-values">
                <div>
                  <dt>{t('editing.conflict.theirs')}</dt>
                  <dd>
                    {theirs.has(field.name) ? (
                      <>
                        <del className="editing-old">
                          <span className="visually-hidden">{t('editing.conflict.before')} </span>
                          {show(field, conflict.base[field.name])}
                        </del>{' '}
                        <span aria-hidden="true">→</span>{' '}
                        <ins className="editing-new">
                          <span className="visually-hidden">{t('editing.conflict.now')} </span>
                          {show(field, conflict.theirs[field.name])}
                        </ins>
                      </>
                    ) : (
                      <span className="editing-muted">{t('editing.conflict.unchanged')}</span>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('editing.conflict.mine')}</dt>
                  <dd>
                    {mine.has(field.name) ? (
                      <strong>{show(field, conflict.mine[field.name])}</strong>
                    ) : (
                      <span className="editing-muted">{t('editing.conflict.notChangedByYou')}</span>
                    )}
                  </dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
      {rows.some((field) => theirs.has(field.name) && mine.has(field.name)) ? (
        <p className="editing-conflict-note">{t('editing.conflict.bothNote')}</p>
      ) : null}
      <div className="editing-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={onReapply}
          aria-disabled={busy ? true : undefined}
        >
          {busy ? t('editing.form.saving') : t('editing.conflict.reapply')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDiscard}>
          {t('editing.conflict.discard')}
        </button>
      </div>
    </section>
  );
}

function plain(value: FormValue | undefined): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '–';
  return (value ?? '').trim();
}
