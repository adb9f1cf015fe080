import type { ImportAction, ImportRow } from '@nk/shared';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { TranslationKey } from '../../../i18n/sv';
import { useT } from '../../../i18n/use-t';
import { paths } from '../../../lib/paths';
import { importActionOrder } from '../utils/import-vocabulary';
import { rowMessage } from '../utils/row-message';
import { ScrollRegion } from './scroll-region';

/** Rows rendered at first; a 10,000-row file shows the rest on request. */
const pageSize = 200;

const fieldKeys: Record<string, TranslationKey> = {
  givenName: 'admin.field.givenName',
  familyName: 'admin.field.familyName',
  email: 'admin.field.email',
  title: 'admin.field.title',
  phone: 'admin.field.phone',
  mobile: 'admin.field.mobile',
  role: 'admin.field.role',
  validFrom: 'admin.field.validFrom',
  archived: 'admin.field.archived',
};

const fieldOrder = Object.keys(fieldKeys);

/** Changes in the order of the form: name, e-mail, title, phones, role. */
function sortedChanges(changes: ImportRow['changes']) {
  const rank = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  return Object.entries(changes).sort(([a], [b]) => rank(a) - rank(b));
}

/** The action as words in a badge; the colour only repeats what the words say. */
export function ActionBadge({ action }: { action: ImportAction }) {
  const t = useT();
  return (
    <span className={`badge admin-badge admin-badge-${action}`}>{t(`admin.action.${action}`)}</span>
  );
}

interface ImportRowsTableProps {
  rows: readonly ImportRow[];
  caption: string;
}

/**
 * Every row of an import: line, name, what happens, and each change "from → to" or each error
 * naming its column. A filter by action narrows the table.
 */
export function ImportRowsTable({ rows, caption }: ImportRowsTableProps) {
  const t = useT();
  const [filter, setFilter] = useState<ImportAction | 'all'>('all');
  const [shown, setShown] = useState(pageSize);
  const counts = useMemo(() => {
    const byAction = new Map<ImportAction, number>();
    for (const row of rows) byAction.set(row.action, (byAction.get(row.action) ?? 0) + 1);
    return byAction;
  }, [rows]);
  const visible = filter === 'all' ? rows : rows.filter((row) => row.action === filter);
  const present = importActionOrder.filter((action) => (counts.get(action) ?? 0) > 0);

  const fieldLabel = (field: string) => {
    const key = fieldKeys[field];
    return key ? t(key) : field;
  };
  const value = (text: string | null) =>
    text === null || text === '' ? (
      <span className="admin-muted">{t('admin.import.empty')}</span>
    ) : (
      <span className="admin-value">{text}</span>
    );

  return (
    <div className="admin-rows">
      <fieldset className="admin-filter">
        <legend className="admin-filter-label">{t('admin.import.filter')}</legend>
        {(['all', ...present] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="admin-filter-option"
            aria-pressed={filter === option}
            onClick={() => {
              setFilter(option);
              setShown(pageSize);
            }}
          >
            {t('admin.import.filter.count', {
              label: option === 'all' ? t('admin.import.filter.all') : t(`admin.action.${option}`),
              count: option === 'all' ? rows.length : (counts.get(option) ?? 0),
            })}
          </button>
        ))}
      </fieldset>
      {visible.length === 0 ? (
        <p className="empty-state">{t('admin.import.filter.none')}</p>
      ) : (
        <ScrollRegion label={caption}>
          <table className="admin-table admin-import-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.import.col.line')}</th>
                <th scope="col">{t('admin.import.col.name')}</th>
                <th scope="col">{t('admin.import.col.action')}</th>
                <th scope="col">{t('admin.import.col.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, shown).map((row, index) => (
                <tr
                  key={row.line ?? `end-${row.personId ?? index}-${index}`}
                  data-action={row.action}
                >
                  <td className="admin-line">
                    {row.line === null ? (
                      <span className="admin-muted">{t('admin.import.lineNone')}</span>
                    ) : (
                      <>
                        <span className="admin-narrow-only">{t('admin.import.col.line')} </span>
                        {row.line}
                      </>
                    )}
                  </td>
                  <th scope="row" className="admin-row-name">
                    {row.personId && row.action !== 'duplicate' ? (
                      <Link to={paths.person(row.personId)}>{row.name || row.personId}</Link>
                    ) : (
                      row.name || <span className="admin-muted">{t('admin.import.empty')}</span>
                    )}
                  </th>
                  <td className="admin-row-action">
                    <ActionBadge action={row.action} />
                  </td>
                  <td className="admin-row-details">
                    {row.errors.length > 0 ? (
                      <ul className="admin-row-errors">
                        {row.errors.map((error) => (
                          <li key={`${error.column}-${error.message}`}>
                            {t('admin.import.errorIn', {
                              column: error.column,
                              message: rowMessage(error.message, t),
                            })}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {row.errors.length === 0 && Object.keys(row.changes).length > 0 ? (
                      <ul className="admin-changes">
                        {sortedChanges(row.changes).map(([field, change]) => (
                          <li key={field}>
                            <span className="admin-change-field">{fieldLabel(field)}:</span>{' '}
                            {change.from === null && row.action === 'add' ? (
                              value(change.to)
                            ) : (
                              <>
                                {value(change.from)}{' '}
                                <span aria-hidden="true" className="admin-arrow">
                                  →
                                </span>
                                <span className="visually-hidden">
                                  {t('admin.import.changeTo')}
                                </span>{' '}
                                {value(change.to)}
                              </>
                            )}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {row.action === 'end' ? (
                      <p className="admin-row-hint">{t('admin.import.endHint')}</p>
                    ) : null}
                    {row.action === 'duplicate' ? (
                      <p className="admin-row-hint">
                        {t('admin.import.duplicateHint')}{' '}
                        {row.personId ? (
                          <Link to={paths.person(row.personId)}>
                            {t('admin.import.showLookalike')}
                          </Link>
                        ) : null}
                      </p>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {visible.length > shown ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setShown((count) => count + pageSize)}
        >
          {t('admin.import.moreRows', { count: visible.length - shown })}
        </button>
      ) : null}
    </div>
  );
}
