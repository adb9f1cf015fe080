import type { ImportField } from '@nk/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { guessField } from '../utils/csv-headings';
import { importFieldOrder } from '../utils/import-vocabulary';

const requiredFields = ['givenName', 'familyName', 'email'] as const;

interface ImportMappingProps {
  filename: string;
  headings: readonly string[];
  pending: boolean;
  /** What the API said about the last mapping, by `mapping.<heading or field>`. */
  serverErrors: Readonly<Record<string, string>>;
  onSubmit: (mapping: Record<string, string>) => void;
  onBack: () => void;
}

/**
 * Step 2, only when the API did not recognise the headings: one select per column of the file,
 * each naming the field it holds (or "do not use"). Checked here first so the common mistakes
 * (a required field missing, one field twice) are explained before anything is sent.
 */
export function ImportMapping({
  filename,
  headings,
  pending,
  serverErrors,
  onSubmit,
  onBack,
}: ImportMappingProps) {
  const t = useT();
  const [mapping, setMapping] = useState<Record<string, string>>(() =>
    Object.fromEntries(headings.map((heading) => [heading, guessField(heading)])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const fieldName = (field: ImportField) => t(`admin.field.${field}`);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const chosen = Object.values(mapping).filter(Boolean);
    const missing = requiredFields.filter((field) => !chosen.includes(field));
    const twice = importFieldOrder.find(
      (field) => chosen.filter((other) => other === field).length > 1,
    );
    if (missing.length > 0) {
      setProblem(t('admin.import.mapping.missing', { fields: missing.map(fieldName).join(', ') }));
      return;
    }
    if (twice) {
      setProblem(t('admin.import.mapping.twice', { field: fieldName(twice) }));
      return;
    }
    setProblem(null);
    onSubmit(mapping);
  }

  // The API names a field without a column (`mapping.email`) or a column it could not use.
  const serverProblems = Object.entries(serverErrors)
    .filter(([key]) => key.startsWith('mapping.'))
    .map(([key, message]) => {
      const name = key.slice('mapping.'.length);
      const field = importFieldOrder.find((known) => known === name);
      return field
        ? t('admin.import.mapping.missing', { fields: fieldName(field) })
        : `${name}: ${message}`;
    });

  return (
    <form className="form card admin-form" noValidate onSubmit={submit}>
      <h2>{t('admin.import.mapping.title')}</h2>
      <p>{t('admin.import.mapping.intro', { file: filename })}</p>
      <div className="form-alert-slot" role="alert">
        {problem ? <p className="alert alert-error">{problem}</p> : null}
        {!problem && serverProblems.length > 0 ? (
          <div className="alert alert-error">
            <ul>
              {serverProblems.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="admin-mapping">
        {headings.map((heading, index) => {
          const id = `mapping-${index}`;
          return (
            <div key={heading} className="form-field">
              <label htmlFor={id}>{t('admin.import.mapping.fieldFor', { heading })}</label>
              <select
                id={id}
                value={mapping[heading] ?? ''}
                onChange={(event) => {
                  const field = event.target.value;
                  setMapping((current) => ({ ...current, [heading]: field }));
                }}
              >
                <option value="">{t('admin.import.mapping.ignore')}</option>
                {importFieldOrder.map((field) => (
                  <option key={field} value={field}>
                    {fieldName(field)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" aria-disabled={pending}>
          {pending ? t('admin.import.submitting') : t('admin.import.mapping.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('admin.import.mapping.back')}
        </button>
      </div>
    </form>
  );
}
