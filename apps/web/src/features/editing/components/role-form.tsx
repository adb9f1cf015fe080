import type { CreateRoleBody, Role, RoleDetail, UpdateRoleBody } from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import type { Versioned } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { invalidateDirectory } from '../api/invalidate';
import { createRole, updateRole, useRoleForEdit } from '../api/role';
import {
  type FieldRule,
  type FormValue,
  type FormValues,
  keyFromName,
  splitEntries,
  text,
  textOrNull,
} from '../utils/form';
import { patterns, roleLimits, synonymLimits } from '../utils/limits';
import { ArchiveControl } from './archive-control';
import type { ConflictField } from './conflict-panel';
import { TextField } from './form-fields';
import { EntityFormPage, FormPageHeader, FormSection } from './form-frame';
import { CatalogueFormGate } from './form-page';
import { RoleCounterparts } from './role-counterparts';
import { useUnsavedChanges } from './unsaved-changes';
import { useEntityForm } from './use-entity-form';

/** The form's values of a role as the API returns it; synonyms are edited as one line. */
export function roleToForm(role: Role): FormValues {
  return {
    nameSv: role.nameSv,
    nameEn: role.nameEn,
    key: role.key,
    synonyms: role.synonyms.join(', '),
    descriptionSv: role.descriptionSv ?? '',
    descriptionEn: role.descriptionEn ?? '',
  };
}

const newRoleValues: FormValues = {
  nameSv: '',
  nameEn: '',
  key: '',
  synonyms: '',
  descriptionSv: '',
  descriptionEn: '',
};

const bodyValue: Record<string, (value: FormValue | undefined) => unknown> = {
  nameSv: text,
  nameEn: text,
  key: text,
  synonyms: (value) => splitEntries(typeof value === 'string' ? value : ''),
  descriptionSv: textOrNull,
  descriptionEn: textOrNull,
};

function roleBody(values: FormValues, fields: readonly string[]) {
  const body: Record<string, unknown> = {};
  for (const name of fields) {
    const convert = bodyValue[name];
    if (convert) body[name] = convert(values[name]);
  }
  return body;
}

/** The page at /roller/ny and /roller/:id/redigera: administrators only, as in the API. */
export function RoleFormPage({ id }: { id?: string }) {
  const { t, language } = useI18n();
  const query = useRoleForEdit(id ?? null);
  const loaded = query.data?.data;
  const title = id ? t('editing.role.editTitle') : t('editing.role.newTitle');
  useDocumentTitle(
    loaded
      ? t('editing.role.editTitleNamed', {
          name: language === 'sv' ? loaded.nameSv : loaded.nameEn,
        })
      : title,
  );

  return (
    <CatalogueFormGate
      id={id}
      query={query}
      title={title}
      texts={{
        loading: t('editing.role.loading'),
        notFound: t('editing.role.notFound'),
        notFoundBody: t('editing.role.notFoundBody'),
      }}
      back={id ? { to: paths.role(id), label: t('editing.refusal.toRole') } : undefined}
    >
      {(loaded) => <RoleForm role={loaded} />}
    </CatalogueFormGate>
  );
}

function RoleForm({ role }: { role?: Versioned<RoleDetail> }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formId = useId().replace(/:/g, '');
  const detail = role?.data;
  const [archivedAt, setArchivedAt] = useState(detail?.archivedAt ?? null);
  // A new role's key follows its Swedish name until someone writes a key of their own.
  const [keyTouched, setKeyTouched] = useState(Boolean(detail));

  const labels: Record<string, string> = {
    nameSv: t('editing.role.nameSv'),
    nameEn: t('editing.role.nameEn'),
    key: t('editing.catalogue.key'),
    synonyms: t('editing.role.synonyms'),
    descriptionSv: t('editing.role.descriptionSv'),
    descriptionEn: t('editing.role.descriptionEn'),
  };
  const label = (name: string) => labels[name] ?? name;
  const rules = (): Record<string, FieldRule> => ({
    nameSv: { label: label('nameSv'), required: true, maxLength: roleLimits.nameSv },
    nameEn: { label: label('nameEn'), required: true, maxLength: roleLimits.nameEn },
    key: {
      label: label('key'),
      required: true,
      pattern: { source: patterns.catalogueKey, message: t('editing.validation.key') },
    },
    synonyms: {
      label: label('synonyms'),
      entries: { maxItems: synonymLimits.count, maxLength: synonymLimits.length },
    },
    descriptionSv: { label: label('descriptionSv'), maxLength: roleLimits.descriptionSv },
    descriptionEn: { label: label('descriptionEn'), maxLength: roleLimits.descriptionEn },
  });

  const form = useEntityForm<Role>({
    formId,
    initial: detail ? roleToForm(detail) : newRoleValues,
    etag: role?.etag ?? null,
    rules,
    toForm: (entity) => roleToForm(entity as Role),
    save: (values, changed, etag) =>
      detail && etag
        ? updateRole(detail.id, roleBody(values, changed ?? []) as UpdateRoleBody, etag)
        : createRole(
            roleBody(
              values,
              Object.keys(bodyValue).filter(
                (name) => ['nameSv', 'nameEn', 'key'].includes(name) || text(values[name]),
              ),
            ) as CreateRoleBody,
          ),
    onSaved: (saved) => {
      void invalidateDirectory(queryClient);
      unsaved.allowNavigation();
      navigate(paths.role(saved.data.id));
    },
  });
  const unsaved = useUnsavedChanges(form.dirty);
  const textField = form.textField;

  const conflictFields: ConflictField[] = Object.keys(labels).map((name) => ({
    name,
    label: label(name),
  }));
  const name = detail ? (language === 'sv' ? detail.nameSv : detail.nameEn) : null;
  const synonyms = splitEntries(form.textValue('synonyms'));

  return (
    <EntityFormPage
      form={form}
      header={
        <FormPageHeader
          back={
            detail
              ? { to: paths.role(detail.id), label: t('editing.role.back') }
              : { to: paths.adminCatalogue(), label: t('editing.catalogue.back') }
          }
          title={name ? t('editing.role.editTitleNamed', { name }) : t('editing.role.newTitle')}
          lead={detail ? t('editing.role.editLead') : t('editing.role.newLead')}
        />
      }
      conflictFields={conflictFields}
      saveLabel={detail ? t('editing.form.save') : t('editing.role.create')}
      cancelTo={detail ? paths.role(detail.id) : paths.adminCatalogue()}
      blocker={unsaved.blocker}
      after={
        detail && form.etag ? (
          <>
            <RoleCounterparts role={detail} />
            <ArchiveControl
              kind="role"
              id={detail.id}
              name={name ?? ''}
              etag={form.etag}
              archivedAt={archivedAt}
              consequences={
                <>
                  <p>{t('editing.role.archive.hidden')}</p>
                  {detail.holderCount > 0 ? (
                    <p className="editing-warning">
                      {t('editing.role.archive.holders', { count: detail.holderCount })}
                    </p>
                  ) : null}
                </>
              }
              onChange={(changed) => {
                form.setEtag(changed.etag);
                setArchivedAt(changed.data.archivedAt);
              }}
            />
          </>
        ) : null
      }
    >
      <FormSection title={t('editing.role.section.names')}>
        <div className="editing-grid">
          <TextField
            {...textField('nameSv')}
            required
            onChange={(value) => {
              form.set('nameSv', value);
              if (!keyTouched) form.set('key', keyFromName(value));
            }}
          />
          <TextField {...textField('nameEn')} required />
        </div>
        <TextField
          {...textField('key')}
          required
          hint={detail ? t('editing.catalogue.keyHintEdit') : t('editing.catalogue.keyHint')}
          onChange={(value) => {
            setKeyTouched(true);
            form.set('key', value);
          }}
        />
        <TextField {...textField('synonyms')} hint={t('editing.role.synonymsHint')} />
        {synonyms.length > 0 ? (
          <p className="field-hint editing-synonym-preview">
            {t('editing.role.synonymsPreview', { synonyms: synonyms.join(' · ') })}
          </p>
        ) : null}
      </FormSection>

      <FormSection title={t('editing.role.section.description')}>
        <TextField
          {...textField('descriptionSv')}
          multiline
          maxLength={roleLimits.descriptionSv}
          hint={t('editing.role.descriptionHint')}
        />
        <TextField {...textField('descriptionEn')} multiline maxLength={roleLimits.descriptionEn} />
      </FormSection>
    </EntityFormPage>
  );
}
