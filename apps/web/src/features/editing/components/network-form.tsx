import {
  type CreateNetworkBody,
  type Network,
  type NetworkDetail,
  networkKinds,
  type UpdateNetworkBody,
} from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import type { Versioned } from '../../../lib/api-client';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import {
  useEditingNetworks,
  useEditingOrganisations,
  useEditingTopics,
} from '../api/get-catalogue';
import { invalidateDirectory } from '../api/invalidate';
import { createNetwork, updateNetwork, useNetworkForEdit } from '../api/network';
import {
  type FieldRule,
  type FormValue,
  type FormValues,
  normaliseUrl,
  text,
  textOrNull,
} from '../utils/form';
import { networkLimits } from '../utils/limits';
import { ArchiveControl } from './archive-control';
import type { ConflictField } from './conflict-panel';
import {
  CheckboxGroup,
  MultiPickerField,
  PickerField,
  SelectField,
  TextField,
} from './form-fields';
import { EntityFormPage, FormPageHeader, FormSection } from './form-frame';
import { CatalogueFormGate } from './form-page';
import { organisationOptions } from './organisation-options';
import { useUnsavedChanges } from './unsaved-changes';
import { useEntityForm } from './use-entity-form';

/** The form's values of a network as the API returns it. */
export function networkToForm(network: Network): FormValues {
  return {
    name: network.name,
    shortName: network.shortName ?? '',
    kind: network.kind,
    parentId: network.parentId ?? '',
    description: network.description ?? '',
    website: network.website ?? '',
    topicIds: [...network.topicIds],
    organisationIds: [...network.organisationIds],
  };
}

const newNetworkValues: FormValues = {
  name: '',
  shortName: '',
  kind: '',
  parentId: '',
  description: '',
  website: '',
  topicIds: [],
  organisationIds: [],
};

const bodyValue: Record<string, (value: FormValue | undefined) => unknown> = {
  name: text,
  shortName: textOrNull,
  kind: text,
  parentId: textOrNull,
  description: textOrNull,
  website: (value) => textOrNull(normaliseUrl(text(value))),
  topicIds: (value) => (Array.isArray(value) ? value : []),
  organisationIds: (value) => (Array.isArray(value) ? value : []),
};

function networkBody(values: FormValues, fields: readonly string[]) {
  const body: Record<string, unknown> = {};
  for (const name of fields) {
    const convert = bodyValue[name];
    if (convert) body[name] = convert(values[name]);
  }
  return body;
}

/** A new network sends its name and kind, and whatever else was filled in. */
const filledFields = (values: FormValues) =>
  Object.keys(bodyValue).filter((name) => {
    const value = values[name];
    if (name === 'name' || name === 'kind') return true;
    return Array.isArray(value) ? value.length > 0 : Boolean(text(value));
  });

/** The network and every one below it: it cannot be placed under any of them. */
function selfAndBelow(id: string, networks: readonly Network[]): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const network of networks) {
      if (network.parentId && found.has(network.parentId) && !found.has(network.id)) {
        found.add(network.id);
        grew = true;
      }
    }
  }
  return found;
}

/** The page at /natverk/ny and /natverk/:id/redigera: administrators only, as in the API. */
export function NetworkFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const query = useNetworkForEdit(id ?? null);
  const loaded = query.data?.data;
  const title = id ? t('editing.network.editTitle') : t('editing.network.newTitle');
  useDocumentTitle(loaded ? t('editing.network.editTitleNamed', { name: loaded.name }) : title);

  return (
    <CatalogueFormGate
      id={id}
      query={query}
      title={title}
      texts={{
        loading: t('editing.network.loading'),
        notFound: t('editing.network.notFound'),
        notFoundBody: t('editing.network.notFoundBody'),
      }}
      back={id ? { to: paths.network(id), label: t('editing.refusal.toNetwork') } : undefined}
    >
      {(loaded) => <NetworkForm network={loaded} />}
    </CatalogueFormGate>
  );
}

function NetworkForm({ network }: { network?: Versioned<NetworkDetail> }) {
  const { t, locale, language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formId = useId().replace(/:/g, '');
  const detail = network?.data;
  const [archivedAt, setArchivedAt] = useState(detail?.archivedAt ?? null);
  const networks = useEditingNetworks();
  const topics = useEditingTopics();
  const organisations = useEditingOrganisations();

  const parentChoices = useMemo(() => {
    const excluded = detail ? selfAndBelow(detail.id, networks.data ?? []) : new Set<string>();
    const collator = nameCollator(locale);
    return (networks.data ?? [])
      .filter((candidate) => !excluded.has(candidate.id))
      .map((candidate) => ({
        value: candidate.id,
        label: candidate.name,
        hint: t(`networkKind.${candidate.kind}`),
        keywords: candidate.shortName ? [candidate.shortName] : [],
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [networks.data, detail, locale, t]);
  const topicOptions = useMemo(() => {
    const collator = nameCollator(locale);
    return (topics.data ?? [])
      .filter((topic) => !topic.archivedAt || (detail?.topicIds ?? []).includes(topic.id))
      .map((topic) => ({
        value: topic.id,
        label: language === 'sv' ? topic.nameSv : topic.nameEn,
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [topics.data, locale, language, detail?.topicIds]);
  const memberOptions = useMemo(
    () => organisationOptions(organisations.data ?? [], locale, t),
    [organisations.data, locale, t],
  );

  const labels: Record<string, string> = {
    name: t('editing.network.name'),
    shortName: t('editing.network.shortName'),
    kind: t('editing.network.kind'),
    parentId: t('editing.network.parent'),
    description: t('editing.network.description'),
    website: t('editing.network.website'),
    topicIds: t('editing.network.topics'),
    organisationIds: t('editing.network.organisations'),
  };
  const label = (name: string) => labels[name] ?? name;
  const rules = (): Record<string, FieldRule> => ({
    name: { label: label('name'), required: true, maxLength: networkLimits.name },
    shortName: { label: label('shortName'), maxLength: networkLimits.shortName },
    kind: { label: label('kind'), required: true, choice: true },
    parentId: { label: label('parentId') },
    description: { label: label('description'), maxLength: networkLimits.description },
    website: { label: label('website'), maxLength: networkLimits.website, url: true },
    topicIds: { label: label('topicIds') },
    organisationIds: { label: label('organisationIds') },
  });

  const form = useEntityForm<Network>({
    formId,
    initial: detail ? networkToForm(detail) : newNetworkValues,
    etag: network?.etag ?? null,
    rules,
    toForm: (entity) => networkToForm(entity as Network),
    save: (values, changed, etag) =>
      detail && etag
        ? updateNetwork(detail.id, networkBody(values, changed ?? []) as UpdateNetworkBody, etag)
        : createNetwork(networkBody(values, filledFields(values)) as CreateNetworkBody),
    onSaved: (saved) => {
      void invalidateDirectory(queryClient);
      unsaved.allowNavigation();
      navigate(paths.network(saved.data.id));
    },
  });
  const unsaved = useUnsavedChanges(form.dirty);
  const textField = form.textField;

  const namesIn =
    (choices: readonly { value: string; label: string }[], empty = '') =>
    (value: FormValue | undefined) => {
      const ids = Array.isArray(value) ? value : value ? [String(value)] : [];
      if (ids.length === 0) return empty;
      return ids.map((id) => choices.find((c) => c.value === id)?.label ?? id).join(', ');
    };
  const conflictFields: ConflictField[] = Object.keys(labels).map((name) => ({
    name,
    label: label(name),
    format:
      name === 'kind'
        ? (value) => (value ? t(`networkKind.${value as Network['kind']}`) : '')
        : name === 'parentId'
          ? namesIn(parentChoices, t('editing.network.noParent'))
          : name === 'topicIds'
            ? namesIn(topicOptions)
            : name === 'organisationIds'
              ? namesIn(memberOptions)
              : undefined,
  }));
  const kindOptions = networkKinds.map((kind) => ({
    value: kind,
    label: t(`networkKind.${kind}`),
  }));

  return (
    <EntityFormPage
      form={form}
      header={
        <FormPageHeader
          back={
            detail
              ? { to: paths.network(detail.id), label: t('editing.network.back') }
              : { to: paths.adminCatalogue(), label: t('editing.catalogue.back') }
          }
          title={
            detail
              ? t('editing.network.editTitleNamed', { name: detail.name })
              : t('editing.network.newTitle')
          }
          lead={detail ? t('editing.network.editLead') : t('editing.network.newLead')}
        />
      }
      conflictFields={conflictFields}
      saveLabel={detail ? t('editing.form.save') : t('editing.network.create')}
      cancelTo={detail ? paths.network(detail.id) : paths.adminCatalogue()}
      blocker={unsaved.blocker}
      after={
        detail && form.etag ? (
          <ArchiveControl
            kind="network"
            id={detail.id}
            name={detail.name}
            etag={form.etag}
            archivedAt={archivedAt}
            consequences={
              <>
                <p>{t('editing.network.archive.hidden')}</p>
                {detail.postCount > 0 ? (
                  <p className="editing-warning">
                    {t('editing.network.archive.posts', { count: detail.postCount })}
                  </p>
                ) : null}
              </>
            }
            onChange={(changed) => {
              form.setEtag(changed.etag);
              setArchivedAt(changed.data.archivedAt);
            }}
          />
        ) : null
      }
    >
      <FormSection title={t('editing.network.section.what')}>
        <TextField {...textField('name')} required />
        <div className="editing-grid">
          <TextField {...textField('shortName')} hint={t('editing.network.shortNameHint')} />
          <SelectField
            {...form.field('kind')}
            required
            value={form.textValue('kind')}
            options={kindOptions}
            placeholder={t('editing.network.kindPlaceholder')}
            onChange={(value) => form.set('kind', value)}
          />
        </div>
        <PickerField
          {...form.field('parentId')}
          hint={t('editing.network.parentHint')}
          value={form.textValue('parentId') || null}
          options={parentChoices}
          disabled={networks.isPending}
          onChange={(value) => form.set('parentId', value)}
          clearLabel={t('editing.network.clearParent')}
          onClear={() => form.set('parentId', '')}
        />
        <TextField
          {...textField('description')}
          multiline
          maxLength={networkLimits.description}
          hint={t('editing.network.descriptionHint')}
        />
        <TextField
          {...textField('website')}
          type="url"
          inputMode="url"
          hint={t('editing.organisation.websiteHint')}
        />
      </FormSection>

      <FormSection title={t('editing.network.section.members')}>
        <MultiPickerField
          {...form.field('organisationIds')}
          hint={t('editing.network.organisationsHint')}
          values={form.listValue('organisationIds')}
          options={memberOptions}
          disabled={organisations.isPending}
          onChange={(ids) => form.set('organisationIds', ids)}
          addLabel={t('editing.network.addOrganisation')}
          emptyText={t('editing.network.noOrganisations')}
          removeLabel={(name) => t('editing.multi.removeNamed', { name })}
        />
        {topicOptions.length > 0 ? (
          <CheckboxGroup
            {...form.field('topicIds')}
            values={form.listValue('topicIds')}
            options={topicOptions}
            onChange={(ids) => form.set('topicIds', ids)}
          />
        ) : null}
      </FormSection>
    </EntityFormPage>
  );
}
