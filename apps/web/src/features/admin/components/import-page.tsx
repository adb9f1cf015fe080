import type { Me } from '@nk/shared';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { PageSkeleton } from '../../../components/skeleton';
import { useI18n } from '../../../i18n/use-t';
import { type ApiError, hasStatus, isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/describe-error';
import { useImport } from '../api/get-import';
import { useAdminOrganisations } from '../api/get-organisations';
import { usePreviewImport } from '../api/preview-import';
import { isAdmin } from '../utils/access';
import { csvHeadings } from '../utils/csv-headings';
import { organisationsInScope, pickerOptions } from '../utils/organisation-scope';
import { rowMessage } from '../utils/row-message';
import { AdminPageHeader } from './admin-page-header';
import { type ChosenFile, ImportFileForm } from './import-file-form';
import { ImportMapping } from './import-mapping';
import { ImportPreview } from './import-preview';
import { ImportResult } from './import-result';
import '../admin.css';

/** The address keeps the import being looked at, so a reload or a link shows it again. */
const importParam = 'import';

type Step = 'file' | 'mapping' | 'preview' | 'done';
const steps: Step[] = ['file', 'mapping', 'preview', 'done'];

const isMappingProblem = (error: unknown): error is ApiError =>
  hasStatus(error, 422) && Object.keys(error.fieldErrors).some((key) => key.startsWith('mapping.'));

/**
 * CSV import of an organisation's list as desired state: organisation and file → columns (only
 * when the headings are unknown) → preview of every row → commit → summary with "undo the whole
 * import". Nothing changes in the directory before the commit.
 */
export function ImportPage({ me }: { me: Me }) {
  const { t, locale } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const importId = searchParams.get(importParam);
  const organisations = useAdminOrganisations();
  const current = useImport(importId);
  const preview = usePreviewImport();
  const [source, setSource] = useState<ChosenFile | null>(null);
  const [mappingFor, setMappingFor] = useState<{ headings: string[] } | null>(null);
  // The API's words on a mapping are shown once the person has sent one, not for the first guess.
  const [mappingSent, setMappingSent] = useState(false);
  const [lastOrganisation, setLastOrganisation] = useState<string | null>(null);

  const all = organisations.data ?? [];
  const options = useMemo(() => {
    const list = organisations.data ?? [];
    const allowed = isAdmin(me) ? list : organisationsInScope(list, me.scope);
    return pickerOptions(allowed, list, locale);
  }, [organisations.data, me, locale]);
  const organisationName = (id: string) => all.find((o) => o.id === id)?.name ?? '';

  function runPreview(file: ChosenFile, mapping?: Record<string, string>) {
    setSource(file);
    setMappingSent(mapping !== undefined);
    setLastOrganisation(file.organisationId);
    preview.mutate(
      { ...file, mapping },
      {
        onSuccess: (result) => {
          setMappingFor(null);
          setSearchParams({ [importParam]: result.id });
        },
        onError: (error) => {
          if (isMappingProblem(error)) setMappingFor({ headings: csvHeadings(file.bytes) });
        },
      },
    );
  }

  function startOver() {
    preview.reset();
    setMappingFor(null);
    setSearchParams({});
  }

  const status = importId ? current.data?.status : undefined;
  const step: Step = importId
    ? status === 'preview'
      ? 'preview'
      : status
        ? 'done'
        : 'preview'
    : mappingFor
      ? 'mapping'
      : 'file';

  // A failure of the file step, said next to the field it concerns.
  const previewError = preview.isError && !isMappingProblem(preview.error) ? preview.error : null;
  const fileProblem = (() => {
    if (!previewError) return null;
    if (hasStatus(previewError, 413)) return t('admin.import.fileTooLarge');
    if (!hasStatus(previewError, 422)) return null;
    // The API names the file's problem in its own (English) words, which are recognised here.
    const fileMessage = previewError.fieldMessages().body;
    if (fileMessage === undefined) return null;
    return fileMessage === 'is empty'
      ? t('admin.import.fileEmpty')
      : rowMessage(previewError.problem?.detail ?? previewError.message, t);
  })();
  const organisationProblem =
    previewError && hasStatus(previewError, 422) && previewError.fieldErrors.organisation
      ? describeError(previewError, t)
      : null;
  const otherProblem = previewError && !fileProblem && !organisationProblem ? previewError : null;

  return (
    <div className="admin-import">
      <AdminPageHeader title={t('admin.import.title')} lead={t('admin.import.lead')} />
      <ol className="admin-steps" aria-label={t('admin.import.steps')}>
        {steps.map((name, index) => (
          <li
            key={name}
            className={`admin-step${name === step ? ' is-current' : ''}${
              steps.indexOf(step) > index ? ' is-done' : ''
            }`}
            aria-current={name === step ? 'step' : undefined}
          >
            <span className="admin-step-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="visually-hidden">
              {t('admin.import.stepOf', { step: index + 1, total: steps.length })}{' '}
            </span>
            {t(`admin.import.step.${name}`)}
          </li>
        ))}
      </ol>

      {organisations.isPending || (importId && current.isPending) ? (
        <PageSkeleton label={t('common.loading')} />
      ) : organisations.isError ? (
        <ErrorMessage error={organisations.error} onRetry={() => organisations.refetch()} />
      ) : importId ? (
        current.isError ? (
          <>
            {hasStatus(current.error, 404) ? (
              <p className="alert alert-error" role="alert">
                {t('admin.import.notFound')}
              </p>
            ) : (
              <ErrorMessage error={current.error} onRetry={() => current.refetch()} />
            )}
            <button type="button" className="button button-primary" onClick={startOver}>
              {t('admin.import.start')}
            </button>
          </>
        ) : current.data?.status === 'preview' ? (
          <ImportPreview
            key={current.data.id}
            data={current.data}
            organisationName={organisationName(current.data.organisationId)}
            previewingAgain={preview.isPending}
            onPreviewAgain={
              source && source.organisationId === current.data.organisationId
                ? () =>
                    preview.mutate(
                      { ...source, mapping: current.data?.mapping },
                      {
                        onSuccess: (result) =>
                          setSearchParams({ [importParam]: result.id }, { replace: true }),
                      },
                    )
                : undefined
            }
            onStartOver={startOver}
          />
        ) : current.data ? (
          <ImportResult
            data={current.data}
            organisationName={organisationName(current.data.organisationId)}
            onStartOver={startOver}
          />
        ) : null
      ) : mappingFor && source ? (
        <ImportMapping
          filename={source.filename}
          headings={mappingFor.headings}
          pending={preview.isPending}
          serverErrors={
            mappingSent && isApiError(preview.error) ? preview.error.fieldMessages() : {}
          }
          onSubmit={(mapping) => runPreview(source, mapping)}
          onBack={() => {
            preview.reset();
            setMappingFor(null);
          }}
        />
      ) : (
        <>
          {otherProblem ? <ErrorMessage error={otherProblem} /> : null}
          <ImportFileForm
            options={options}
            defaultOrganisationId={lastOrganisation}
            pending={preview.isPending}
            serverErrors={{ organisation: organisationProblem, file: fileProblem }}
            onSubmit={(file) => runPreview(file)}
          />
        </>
      )}
    </div>
  );
}
