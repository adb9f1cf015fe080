import {
  type CreateOrganisationBody,
  type Me,
  type Organisation,
  type OrganisationDetail,
  organisationKinds,
  type UpdateOrganisationBody,
} from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import type { Versioned } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { useEditingOrganisations } from '../api/get-catalogue';
import { useOrganisationContents } from '../api/get-consequences';
import { invalidateDirectory } from '../api/invalidate';
import {
  createOrganisation,
  updateOrganisation,
  useOrganisationForEdit,
} from '../api/organisation';
import { canEdit, canWriteOrganisation } from '../utils/access';
import {
  type FieldRule,
  type FormValue,
  type FormValues,
  normaliseUrl,
  text,
  textOrNull,
} from '../utils/form';
import { organisationLimits, patterns } from '../utils/limits';
import { ArchiveControl } from './archive-control';
import type { ConflictField } from './conflict-panel';
import { PickerField, SelectField, TextField } from './form-fields';
import { EntityFormPage, FormPageHeader, FormSection } from './form-frame';
import { FormSkeleton, LoadFailure, Refusal, useCurrentUser } from './form-page';
import { OrganisationLinks } from './organisation-links';
import { organisationOptions } from './organisation-options';
import { useUnsavedChanges } from './unsaved-changes';
import { useEntityForm } from './use-entity-form';

const textFields = [
  'name',
  'shortName',
  'municipalityCode',
  'hsaId',
  'email',
  'phone',
  'website',
  'streetAddress',
  'postalCode',
  'city',
  'description',
] as const;

/** The form's values of an organisation as the API returns it. */
export function organisationToForm(organisation: Organisation): FormValues {
  return {
    name: organisation.name,
    shortName: organisation.shortName ?? '',
    kind: organisation.kind,
    parentId: organisation.parentId ?? '',
    municipalityCode: organisation.municipalityCode ?? '',
    hsaId: organisation.hsaId ?? '',
    email: organisation.email ?? '',
    phone: organisation.phone ?? '',
    website: organisation.website ?? '',
    streetAddress: organisation.streetAddress ?? '',
    postalCode: organisation.postalCode ?? '',
    city: organisation.city ?? '',
    description: organisation.description ?? '',
  };
}

const newOrganisationValues = (parentId: string): FormValues => ({
  ...Object.fromEntries(textFields.map((name) => [name, ''])),
  kind: '',
  parentId,
});

function organisationBody(values: FormValues, fields: readonly string[]) {
  const body: Record<string, unknown> = {};
  for (const name of fields) {
    const value = values[name];
    if (name === 'name' || name === 'kind') body[name] = text(value);
    else if (name === 'website') body[name] = textOrNull(normaliseUrl(text(value)));
    else body[name] = textOrNull(value);
  }
  return body;
}

/** The organisation and every one below it: it cannot be placed under any of them. */
function selfAndBelow(id: string, organisations: readonly Organisation[]): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const organisation of organisations) {
      if (
        organisation.parentId &&
        found.has(organisation.parentId) &&
        !found.has(organisation.id)
      ) {
        found.add(organisation.id);
        grew = true;
      }
    }
  }
  return found;
}

interface OrganisationFormPageProps {
  id?: string;
  /** The parent to start a new organisation under (`?parent=`). */
  parentId?: string;
}

/** The page at /organisationer/ny and /organisationer/:id/redigera. */
export function OrganisationFormPage({ id, parentId }: OrganisationFormPageProps) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const query = useOrganisationForEdit(id ?? null);
  const loaded = query.data?.data;
  const title = id ? t('editing.organisation.editTitle') : t('editing.organisation.newTitle');
  useDocumentTitle(
    loaded ? t('editing.organisation.editTitleNamed', { name: loaded.name }) : title,
  );

  if (!me) return <FormSkeleton label={t('editing.loading')} />;
  if (!canEdit(me)) {
    return <Refusal title={t('editing.refusal.title')} body={t('editing.refusal.viewer')} />;
  }
  if (!id) return <OrganisationForm me={me} initialParentId={parentId} />;
  if (query.isPending) return <FormSkeleton label={t('editing.organisation.loading')} />;
  if (query.isError) {
    return (
      <LoadFailure
        error={query.error}
        title={title}
        notFoundTitle={t('editing.organisation.notFound')}
        notFoundBody={t('editing.organisation.notFoundBody')}
        onRetry={() => query.refetch()}
      />
    );
  }
  const organisation = query.data.data;
  if (!canWriteOrganisation(me, organisation.id)) {
    return (
      <Refusal
        title={t('editing.refusal.title')}
        body={t('editing.refusal.organisationOutsideScope', { organisation: organisation.name })}
        back={{
          to: paths.organisation(organisation.id),
          label: t('editing.refusal.toOrganisation'),
        }}
      />
    );
  }
  return <OrganisationForm me={me} organisation={query.data} />;
}

interface OrganisationFormProps {
  me: Me;
  organisation?: Versioned<OrganisationDetail>;
  initialParentId?: string;
}

function OrganisationForm({ me, organisation, initialParentId }: OrganisationFormProps) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formId = useId().replace(/:/g, '');
  const organisations = useEditingOrganisations();
  const isAdmin = me.role === 'admin';
  const detail = organisation?.data;
  const [archivedAt, setArchivedAt] = useState(detail?.archivedAt ?? null);
  const contents = useOrganisationContents(detail?.id ?? '', Boolean(detail));

  const excluded = useMemo(
    () => (detail ? selfAndBelow(detail.id, organisations.data ?? []) : new Set<string>()),
    [detail, organisations.data],
  );
  const parentOptions = useMemo(
    () =>
      organisationOptions(
        organisations.data ?? [],
        locale,
        t,
        (candidate) => !excluded.has(candidate.id) && canWriteOrganisation(me, candidate.id),
      ),
    [organisations.data, locale, t, excluded, me],
  );
  const defaultParent =
    initialParentId && canWriteOrganisation(me, initialParentId)
      ? initialParentId
      : me.role === 'editor' && me.scope.length === 1
        ? (me.scope[0] ?? '')
        : '';

  const labels: Record<string, string> = {
    name: t('editing.organisation.name'),
    shortName: t('editing.organisation.shortName'),
    kind: t('editing.organisation.kind'),
    parentId: t('editing.organisation.parent'),
    municipalityCode: t('editing.organisation.municipalityCode'),
    hsaId: t('editing.organisation.hsaId'),
    email: t('editing.organisation.email'),
    phone: t('editing.organisation.phone'),
    website: t('editing.organisation.website'),
    streetAddress: t('editing.organisation.streetAddress'),
    postalCode: t('editing.organisation.postalCode'),
    city: t('editing.organisation.city'),
    description: t('editing.organisation.description'),
  };
  const label = (name: string) => labels[name] ?? name;

  // Editors add and move organisations only below one in their scope, as the API requires.
  const parentRequired = !isAdmin && (!detail || detail.parentId !== null);
  const rules = (): Record<string, FieldRule> => ({
    name: { label: label('name'), required: true, maxLength: organisationLimits.name },
    shortName: { label: label('shortName'), maxLength: organisationLimits.shortName },
    kind: { label: label('kind'), required: true, choice: true },
    parentId: { label: label('parentId'), required: parentRequired, choice: true },
    municipalityCode: {
      label: label('municipalityCode'),
      pattern: {
        source: patterns.municipalityCode,
        message: t('editing.validation.municipalityCode'),
      },
    },
    hsaId: {
      label: label('hsaId'),
      pattern: { source: patterns.hsaId, message: t('editing.validation.hsaId') },
    },
    email: { label: label('email'), maxLength: organisationLimits.email, email: true },
    phone: { label: label('phone'), maxLength: organisationLimits.phone },
    website: { label: label('website'), maxLength: organisationLimits.website, url: true },
    streetAddress: { label: label('streetAddress'), maxLength: organisationLimits.streetAddress },
    postalCode: { label: label('postalCode'), maxLength: organisationLimits.postalCode },
    city: { label: label('city'), maxLength: organisationLimits.city },
    description: { label: label('description'), maxLength: organisationLimits.description },
  });

  const form = useEntityForm<Organisation>({
    formId,
    initial: detail ? organisationToForm(detail) : newOrganisationValues(defaultParent),
    etag: organisation?.etag ?? null,
    rules,
    toForm: (entity) => organisationToForm(entity as Organisation),
    save: (values, changed, etag) =>
      detail && etag
        ? updateOrganisation(
            detail.id,
            organisationBody(values, changed ?? []) as UpdateOrganisationBody,
            etag,
          )
        : createOrganisation(
            organisationBody(
              values,
              Object.keys(values).filter(
                (name) => name === 'name' || name === 'kind' || text(values[name]),
              ),
            ) as CreateOrganisationBody,
          ),
    onSaved: (saved) => {
      void invalidateDirectory(queryClient);
      unsaved.allowNavigation();
      navigate(paths.organisation(saved.data.id));
    },
  });
  const unsaved = useUnsavedChanges(form.dirty);

  const str = form.textValue;
  const textField = form.textField;
  const kindOptions = organisationKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }));
  const organisationName = (value: FormValue | undefined) =>
    value
      ? (organisations.data?.find((o) => o.id === value)?.name ?? String(value))
      : t('editing.organisation.noParent');
  const conflictFields: ConflictField[] = Object.keys(labels).map((name) => ({
    name,
    label: label(name),
    format:
      name === 'parentId'
        ? organisationName
        : name === 'kind'
          ? (value) => (value ? t(`kind.${value as Organisation['kind']}`) : '')
          : undefined,
  }));
  const pageTitle = detail
    ? t('editing.organisation.editTitleNamed', { name: detail.name })
    : t('editing.organisation.newTitle');

  return (
    <EntityFormPage
      form={form}
      header={
        <FormPageHeader
          back={
            detail
              ? { to: paths.organisation(detail.id), label: t('editing.organisation.back') }
              : null
          }
          title={pageTitle}
          lead={detail ? t('editing.organisation.editLead') : t('editing.organisation.newLead')}
        />
      }
      conflictFields={conflictFields}
      saveLabel={detail ? t('editing.form.save') : t('editing.organisation.create')}
      cancelTo={detail ? paths.organisation(detail.id) : paths.organisations()}
      blocker={unsaved.blocker}
      after={
        detail && form.etag ? (
          <>
            <OrganisationLinks organisation={detail} />
            <ArchiveControl
              kind="organisation"
              id={detail.id}
              name={detail.name}
              etag={form.etag}
              archivedAt={archivedAt}
              consequences={
                <OrganisationConsequences
                  detail={detail}
                  people={contents.data?.people}
                  posts={contents.data?.posts}
                  more={contents.data?.more ?? false}
                />
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
      <FormSection title={t('editing.organisation.section.what')}>
        <TextField {...textField('name')} required />
        <div className="editing-grid">
          <TextField {...textField('shortName')} hint={t('editing.organisation.shortNameHint')} />
          <SelectField
            {...form.field('kind')}
            required
            value={str('kind')}
            options={kindOptions}
            placeholder={t('editing.organisation.kindPlaceholder')}
            onChange={(value) => form.set('kind', value)}
          />
        </div>
        <PickerField
          {...form.field('parentId')}
          required={parentRequired}
          hint={
            isAdmin
              ? t('editing.organisation.parentHint')
              : t('editing.organisation.parentHintEditor')
          }
          value={str('parentId') || null}
          options={parentOptions}
          disabled={organisations.isPending}
          onChange={(value) => form.set('parentId', value)}
          clearLabel={t('editing.organisation.clearParent')}
          onClear={isAdmin ? () => form.set('parentId', '') : undefined}
        />
        <div className="editing-grid">
          <TextField
            {...textField('municipalityCode')}
            short
            inputMode="numeric"
            hint={t('editing.organisation.municipalityCodeHint')}
          />
          <TextField {...textField('hsaId')} hint={t('editing.person.hsaIdHint')} />
        </div>
        <TextField
          {...textField('description')}
          multiline
          maxLength={organisationLimits.description}
          hint={t('editing.organisation.descriptionHint')}
        />
      </FormSection>

      <FormSection title={t('editing.organisation.section.contact')}>
        <div className="editing-grid">
          <TextField {...textField('email')} type="email" inputMode="email" />
          <TextField {...textField('phone')} type="tel" inputMode="tel" />
        </div>
        <TextField
          {...textField('website')}
          type="url"
          inputMode="url"
          hint={t('editing.organisation.websiteHint')}
        />
        <TextField {...textField('streetAddress')} />
        <div className="editing-grid">
          <TextField {...textField('postalCode')} short />
          <TextField {...textField('city')} />
        </div>
      </FormSection>
    </EntityFormPage>
  );
}

function OrganisationConsequences({
  detail,
  people,
  posts,
  more,
}: {
  detail: OrganisationDetail;
  people: number | undefined;
  posts: number | undefined;
  more: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <p>{t('editing.organisation.archive.hidden', { name: detail.name })}</p>
      {people === undefined || posts === undefined ? (
        <p>{t('editing.organisation.archive.counting')}</p>
      ) : (
        <ul className="editing-consequence-list">
          <li>
            {more
              ? t('editing.organisation.archive.peopleMore', { count: people })
              : t('editing.organisation.archive.people', { count: people })}
          </li>
          <li>{t('editing.organisation.archive.posts', { count: posts })}</li>
          {detail.children.length > 0 ? (
            <li>{t('editing.organisation.archive.children', { count: detail.children.length })}</li>
          ) : null}
        </ul>
      )}
      <p className="editing-warning">{t('editing.organisation.archive.stay')}</p>
    </>
  );
}
