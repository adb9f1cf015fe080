import {
  type CreateTopicBody,
  type Topic,
  type TopicKind,
  topicKinds,
  type UpdateTopicBody,
} from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import type { Versioned } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { invalidateDirectory } from '../api/invalidate';
import { createTopic, updateTopic, useTopicForEdit } from '../api/topic';
import {
  type FieldRule,
  type FormValue,
  type FormValues,
  keyFromName,
  text,
  textOrNull,
} from '../utils/form';
import { patterns, topicLimits } from '../utils/limits';
import { ArchiveControl } from './archive-control';
import type { ConflictField } from './conflict-panel';
import { RadioGroup, TextField } from './form-fields';
import { EntityFormPage, FormPageHeader, FormSection } from './form-frame';
import { CatalogueFormGate } from './form-page';
import { useUnsavedChanges } from './unsaved-changes';
import { useEntityForm } from './use-entity-form';

/** The form's values of a topic as the API returns it. */
export function topicToForm(topic: Topic): FormValues {
  return {
    nameSv: topic.nameSv,
    nameEn: topic.nameEn,
    key: topic.key,
    kind: topic.kind,
    descriptionSv: topic.descriptionSv ?? '',
    descriptionEn: topic.descriptionEn ?? '',
  };
}

const newTopicValues: FormValues = {
  nameSv: '',
  nameEn: '',
  key: '',
  kind: 'focus_area',
  descriptionSv: '',
  descriptionEn: '',
};

const bodyValue: Record<string, (value: FormValue | undefined) => unknown> = {
  nameSv: text,
  nameEn: text,
  key: text,
  kind: text,
  descriptionSv: textOrNull,
  descriptionEn: textOrNull,
};

function topicBody(values: FormValues, fields: readonly string[]) {
  const body: Record<string, unknown> = {};
  for (const name of fields) {
    const convert = bodyValue[name];
    if (convert) body[name] = convert(values[name]);
  }
  return body;
}

/** The page at /amnen/ny and /amnen/:id/redigera: administrators only, as in the API. */
export function TopicFormPage({ id }: { id?: string }) {
  const { t, language } = useI18n();
  const query = useTopicForEdit(id ?? null);
  const loaded = query.data?.data;
  const title = id ? t('editing.topic.editTitle') : t('editing.topic.newTitle');
  useDocumentTitle(
    loaded
      ? t('editing.topic.editTitleNamed', {
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
        loading: t('editing.topic.loading'),
        notFound: t('editing.topic.notFound'),
        notFoundBody: t('editing.topic.notFoundBody'),
      }}
    >
      {(loaded) => <TopicForm topic={loaded} />}
    </CatalogueFormGate>
  );
}

function TopicForm({ topic }: { topic?: Versioned<Topic> }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formId = useId().replace(/:/g, '');
  const detail = topic?.data;
  const [archivedAt, setArchivedAt] = useState(detail?.archivedAt ?? null);
  const [keyTouched, setKeyTouched] = useState(Boolean(detail));

  const labels: Record<string, string> = {
    nameSv: t('editing.topic.nameSv'),
    nameEn: t('editing.topic.nameEn'),
    key: t('editing.catalogue.key'),
    kind: t('editing.topic.kind'),
    descriptionSv: t('editing.topic.descriptionSv'),
    descriptionEn: t('editing.topic.descriptionEn'),
  };
  const label = (name: string) => labels[name] ?? name;
  const rules = (): Record<string, FieldRule> => ({
    nameSv: { label: label('nameSv'), required: true, maxLength: topicLimits.nameSv },
    nameEn: { label: label('nameEn'), required: true, maxLength: topicLimits.nameEn },
    key: {
      label: label('key'),
      required: true,
      pattern: { source: patterns.catalogueKey, message: t('editing.validation.key') },
    },
    kind: { label: label('kind'), required: true, choice: true },
    descriptionSv: { label: label('descriptionSv'), maxLength: topicLimits.descriptionSv },
    descriptionEn: { label: label('descriptionEn'), maxLength: topicLimits.descriptionEn },
  });

  const form = useEntityForm<Topic>({
    formId,
    initial: detail ? topicToForm(detail) : newTopicValues,
    etag: topic?.etag ?? null,
    rules,
    toForm: (entity) => topicToForm(entity as Topic),
    save: (values, changed, etag) =>
      detail && etag
        ? updateTopic(detail.id, topicBody(values, changed ?? []) as UpdateTopicBody, etag)
        : createTopic(
            topicBody(
              values,
              Object.keys(bodyValue).filter(
                (name) => !name.startsWith('description') || text(values[name]),
              ),
            ) as CreateTopicBody,
          ),
    onSaved: (saved) => {
      void invalidateDirectory(queryClient);
      unsaved.allowNavigation();
      const savedName = language === 'sv' ? saved.data.nameSv : saved.data.nameEn;
      navigate(paths.adminCatalogue(), { state: { saved: savedName } });
    },
  });
  const unsaved = useUnsavedChanges(form.dirty);
  const textField = form.textField;

  const kindName = (value: FormValue | undefined) =>
    value ? t(`editing.topic.kind.${value as TopicKind}`) : '';
  const conflictFields: ConflictField[] = Object.keys(labels).map((name) => ({
    name,
    label: label(name),
    format: name === 'kind' ? kindName : undefined,
  }));
  const kindOptions = topicKinds.map((kind) => ({
    value: kind,
    label: t(`editing.topic.kind.${kind}`),
    hint: t(`editing.topic.kindHint.${kind}`),
  }));
  const name = detail ? (language === 'sv' ? detail.nameSv : detail.nameEn) : null;

  return (
    <EntityFormPage
      form={form}
      header={
        <FormPageHeader
          back={{ to: paths.adminCatalogue(), label: t('editing.catalogue.back') }}
          title={name ? t('editing.topic.editTitleNamed', { name }) : t('editing.topic.newTitle')}
          lead={detail ? t('editing.topic.editLead') : t('editing.topic.newLead')}
        />
      }
      conflictFields={conflictFields}
      saveLabel={detail ? t('editing.form.save') : t('editing.topic.create')}
      cancelTo={paths.adminCatalogue()}
      blocker={unsaved.blocker}
      after={
        detail && form.etag ? (
          <ArchiveControl
            kind="topic"
            id={detail.id}
            name={name ?? ''}
            etag={form.etag}
            archivedAt={archivedAt}
            consequences={<p>{t('editing.topic.archive.hidden')}</p>}
            onChange={(changed) => {
              form.setEtag(changed.etag);
              setArchivedAt(changed.data.archivedAt);
            }}
          />
        ) : null
      }
    >
      <FormSection title={t('editing.topic.section.what')}>
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
        <RadioGroup
          {...form.field('kind')}
          value={form.textValue('kind')}
          options={kindOptions}
          onChange={(value) => form.set('kind', value)}
        />
      </FormSection>

      <FormSection title={t('editing.topic.section.description')}>
        <TextField
          {...textField('descriptionSv')}
          multiline
          maxLength={topicLimits.descriptionSv}
        />
        <TextField
          {...textField('descriptionEn')}
          multiline
          maxLength={topicLimits.descriptionEn}
        />
      </FormSection>
    </EntityFormPage>
  );
}
