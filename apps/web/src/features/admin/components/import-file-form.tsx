import { type FormEvent, useRef, useState } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/combobox';
import { useT } from '../../../i18n/use-t';
import { organisationsShown } from './organisation-picker';

/** The API's limit for a CSV body. */
export const maxFileBytes = 16 * 1024 * 1024;

export interface ChosenFile {
  organisationId: string;
  /** The bytes exactly as on disk: the API tells UTF-8 from Windows-1252 by them. */
  bytes: ArrayBuffer;
  filename: string;
}

interface ImportFileFormProps {
  options: readonly ComboboxOption[];
  defaultOrganisationId: string | null;
  pending: boolean;
  /** Problems the API found, by field: `organisation` or `file`. */
  serverErrors: { organisation?: string | null; file?: string | null };
  onSubmit: (file: ChosenFile) => void;
}

/** Step 1: which organisation the list is for, and the file. */
export function ImportFileForm({
  options,
  defaultOrganisationId,
  pending,
  serverErrors,
  onSubmit,
}: ImportFileFormProps) {
  const t = useT();
  const fileRef = useRef<HTMLInputElement>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(
    defaultOrganisationId ?? (options.length === 1 ? (options[0]?.value ?? null) : null),
  );
  const [errors, setErrors] = useState<{ organisation?: string; file?: string }>({});
  const [typed, setTyped] = useState('');
  const organisationError = errors.organisation ?? serverErrors.organisation ?? null;
  const fileError = errors.file ?? serverErrors.file ?? null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const file = fileRef.current?.files?.[0];
    const found: { organisation?: string; file?: string } = {};
    if (!organisationId) found.organisation = t('admin.import.organisationRequired');
    if (!file) found.file = t('admin.import.fileRequired');
    else if (file.size === 0) found.file = t('admin.import.fileEmpty');
    else if (file.size > maxFileBytes) found.file = t('admin.import.fileTooLarge');
    setErrors(found);
    if (found.organisation) {
      document.getElementById('import-organisation')?.focus();
      return;
    }
    if (found.file || !file || !organisationId) {
      fileRef.current?.focus();
      return;
    }
    onSubmit({ organisationId, bytes: await file.arrayBuffer(), filename: file.name });
  }

  if (options.length === 0) {
    return <p className="alert alert-info">{t('admin.import.noOrganisations')}</p>;
  }

  return (
    <form className="form card admin-form" noValidate onSubmit={submit}>
      <div className="form-alert-slot" role="alert">
        {organisationError || fileError ? (
          <p className="alert alert-error">{t('admin.import.fixErrors')}</p>
        ) : null}
      </div>
      <Combobox
        id="import-organisation"
        className="form-field"
        label={t('admin.import.organisation')}
        description={t('admin.import.organisationHint')}
        error={organisationError}
        required
        options={options}
        value={organisationId}
        maxShown={organisationsShown}
        emptyText={t('admin.picker.noMatch', { q: typed.trim() })}
        onInputChange={setTyped}
        onChange={(option) => {
          setOrganisationId(option.value);
          setErrors(({ organisation: _, ...rest }) => rest);
        }}
      />
      <div className="form-field">
        <label htmlFor="import-file">{t('admin.import.file')}</label>
        <p className="field-hint" id="import-file-hint">
          {t('admin.import.fileHint')}
        </p>
        {fileError ? (
          <p className="field-error" id="import-file-error">
            {fileError}
          </p>
        ) : null}
        <input
          ref={fileRef}
          id="import-file"
          name="file"
          type="file"
          className="admin-file-input"
          accept=".csv,.txt,text/csv,text/plain"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'import-file-hint import-file-error' : 'import-file-hint'}
          onChange={() => setErrors(({ file: _, ...rest }) => rest)}
        />
      </div>
      <div>
        <button type="submit" className="button button-primary" aria-disabled={pending}>
          {pending ? t('admin.import.submitting') : t('admin.import.submit')}
        </button>
      </div>
    </form>
  );
}
