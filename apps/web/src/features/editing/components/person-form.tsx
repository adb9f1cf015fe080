import type { CreatePersonBody, Me, Person, PersonDetail, UpdatePersonBody } from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import type { Versioned } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { useEditingOrganisations, useEditingTopics } from '../api/get-catalogue';
import { invalidateDirectory } from '../api/invalidate';
import { createPerson, updatePerson, usePersonForEdit } from '../api/person';
import { canEdit, canWriteOrganisation } from '../utils/access';
import {
  type FieldRule,
  type FormValue,
  type FormValues,
  splitList,
  text,
  textOrNull,
} from '../utils/form';
import { patterns, personLimits } from '../utils/limits';
import { ArchiveControl } from './archive-control';
import type { ConflictField } from './conflict-panel';
import { CheckboxField, CheckboxGroup, PickerField, RadioGroup, TextField } from './form-fields';
import { EntityFormPage, FormPageHeader, FormSection } from './form-frame';
import { FormSkeleton, LoadFailure, Refusal, useCurrentUser } from './form-page';
import { organisationOptions } from './organisation-options';
import { useUnsavedChanges } from './unsaved-changes';
import { useEntityForm } from './use-entity-form';

type PersonLike = Person | PersonDetail;

/** The form's values of a person as the API returns it. */
export function personToForm(person: PersonLike): FormValues {
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    organisationId: person.organisationId,
    title: person.title ?? '',
    email: person.email ?? '',
    phone: person.phone ?? '',
    phoneVisibility: person.phoneVisibility,
    mobile: person.mobile ?? '',
    mobileVisibility: person.mobileVisibility,
    bio: person.bio ?? '',
    languages: person.languages.join(', '),
    hsaId: person.hsaId ?? '',
    topicIds: [...person.topicIds],
    protected: person.protected,
  };
}

const newPersonValues = (organisationId: string): FormValues => ({
  givenName: '',
  familyName: '',
  organisationId,
  title: '',
  email: '',
  phone: '',
  phoneVisibility: 'network',
  mobile: '',
  mobileVisibility: 'network',
  bio: '',
  languages: '',
  hsaId: '',
  topicIds: [],
  protected: false,
});

const bodyValue: Record<string, (value: FormValue | undefined) => unknown> = {
  givenName: text,
  familyName: text,
  organisationId: text,
  title: textOrNull,
  email: textOrNull,
  phone: textOrNull,
  phoneVisibility: text,
  mobile: textOrNull,
  mobileVisibility: text,
  bio: textOrNull,
  languages: (value) => splitList(typeof value === 'string' ? value : ''),
  hsaId: textOrNull,
  topicIds: (value) => (Array.isArray(value) ? value : []),
  protected: (value) => value === true,
};

/** The body to send: every field for a new person, only the changed ones for an update. */
function personBody(values: FormValues, fields: readonly string[], isAdmin: boolean) {
  const body: Record<string, unknown> = {};
  for (const name of fields) {
    if (name === 'protected' && !isAdmin) continue;
    const convert = bodyValue[name];
    if (convert) body[name] = convert(values[name]);
  }
  return body;
}

interface PersonFormPageProps {
  /** Absent for a new person. */
  id?: string;
  /** The employer to start a new person with (`?organisation=`). */
  organisationId?: string;
}

/** The page at /personer/ny and /personer/:id/redigera. */
export function PersonFormPage({ id, organisationId }: PersonFormPageProps) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const query = usePersonForEdit(id ?? null);
  const title = id ? t('editing.person.editTitle') : t('editing.person.newTitle');
  const loaded = query.data?.data;
  useDocumentTitle(
    loaded
      ? t('editing.person.editTitleNamed', { name: `${loaded.givenName} ${loaded.familyName}` })
      : title,
  );

  if (!me) return <FormSkeleton label={t('editing.loading')} />;
  if (!canEdit(me)) {
    return <Refusal title={t('editing.refusal.title')} body={t('editing.refusal.viewer')} />;
  }
  if (!id) return <PersonForm me={me} initialOrganisationId={organisationId} />;
  if (query.isPending) return <FormSkeleton label={t('editing.person.loading')} />;
  if (query.isError) {
    return (
      <LoadFailure
        error={query.error}
        title={title}
        notFoundTitle={t('editing.person.notFound')}
        notFoundBody={t('editing.person.notFoundBody')}
        onRetry={() => query.refetch()}
      />
    );
  }
  const person = query.data.data;
  if (!canWriteOrganisation(me, person.organisationId)) {
    return (
      <Refusal
        title={t('editing.refusal.title')}
        body={t('editing.refusal.outsideScope', {
          name: `${person.givenName} ${person.familyName}`,
          organisation: person.organisation.name,
        })}
        back={{ to: paths.person(person.id), label: t('editing.refusal.toPerson') }}
      />
    );
  }
  return <PersonForm me={me} person={query.data} />;
}

interface PersonFormProps {
  me: Me;
  /** The person and the ETag read; absent for a new person. */
  person?: Versioned<PersonDetail>;
  initialOrganisationId?: string;
  /**
   * Used inside another flow (the handover wizard): no page heading, no leave warning, no
   * archiving; the created person is handed back instead of opened.
   */
  embedded?: { onCreated: (person: Person) => void; onCancel: () => void };
}

/** Adds or changes a person; checks everything the API checks before sending. */
export function PersonForm({ me, person, initialOrganisationId, embedded }: PersonFormProps) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formId = useId().replace(/:/g, '');
  const organisations = useEditingOrganisations();
  const topics = useEditingTopics();
  const isAdmin = me.role === 'admin';
  const detail = person?.data;

  const scopedOrganisations = useMemo(
    () =>
      organisationOptions(organisations.data ?? [], locale, t, (organisation) =>
        canWriteOrganisation(me, organisation.id),
      ),
    [organisations.data, locale, t, me],
  );
  const defaultOrganisation =
    initialOrganisationId && canWriteOrganisation(me, initialOrganisationId)
      ? initialOrganisationId
      : me.role === 'editor' && me.scope.length === 1
        ? (me.scope[0] ?? '')
        : '';

  const labels = {
    givenName: t('editing.person.givenName'),
    familyName: t('editing.person.familyName'),
    organisationId: t('editing.person.organisation'),
    title: t('editing.person.title'),
    email: t('editing.person.email'),
    phone: t('editing.person.phone'),
    phoneVisibility: t('editing.person.phoneVisibility'),
    mobile: t('editing.person.mobile'),
    mobileVisibility: t('editing.person.mobileVisibility'),
    bio: t('editing.person.bio'),
    languages: t('editing.person.languages'),
    hsaId: t('editing.person.hsaId'),
    topicIds: t('editing.person.topics'),
    protected: t('editing.person.protected'),
  };

  const rules = (): Record<string, FieldRule> => ({
    givenName: { label: labels.givenName, required: true, maxLength: personLimits.givenName },
    familyName: { label: labels.familyName, required: true, maxLength: personLimits.familyName },
    organisationId: { label: labels.organisationId, required: true, choice: true },
    title: { label: labels.title, maxLength: personLimits.title },
    email: { label: labels.email, maxLength: personLimits.email, email: true },
    phone: { label: labels.phone, maxLength: personLimits.phone },
    phoneVisibility: { label: labels.phoneVisibility },
    mobile: { label: labels.mobile, maxLength: personLimits.mobile },
    mobileVisibility: { label: labels.mobileVisibility },
    bio: { label: labels.bio, maxLength: personLimits.bio },
    languages: {
      label: labels.languages,
      list: {
        source: patterns.language,
        message: t('editing.validation.languages', { max: personLimits.languages }),
        maxItems: personLimits.languages,
      },
    },
    hsaId: {
      label: labels.hsaId,
      pattern: { source: patterns.hsaId, message: t('editing.validation.hsaId') },
    },
    topicIds: { label: labels.topicIds },
    protected: { label: labels.protected },
  });

  const form = useEntityForm<Person>({
    formId,
    initial: detail ? personToForm(detail) : newPersonValues(defaultOrganisation),
    etag: person?.etag ?? null,
    rules,
    toForm: (entity) => personToForm(entity as Person),
    save: (values, changed, etag) =>
      detail && etag
        ? updatePerson(
            detail.id,
            personBody(values, changed ?? [], isAdmin) as UpdatePersonBody,
            etag,
          )
        : createPerson(personBody(values, Object.keys(bodyValue), isAdmin) as CreatePersonBody),
    onSaved: (saved) => {
      void invalidateDirectory(queryClient);
      if (embedded) {
        embedded.onCreated(saved.data);
        return;
      }
      unsaved.allowNavigation();
      navigate(paths.person(saved.data.id));
    },
  });
  const unsaved = useUnsavedChanges(!embedded && form.dirty);

  const name = detail ? `${detail.givenName} ${detail.familyName}` : null;
  const pageTitle = name
    ? t('editing.person.editTitleNamed', { name })
    : t('editing.person.newTitle');
  const [archivedAt, setArchivedAt] = useState(detail?.archivedAt ?? null);

  const organisationName = (value: FormValue | undefined) =>
    organisations.data?.find((o) => o.id === value)?.name ?? String(value ?? '');
  const topicNames = (value: FormValue | undefined) =>
    (Array.isArray(value) ? value : [])
      .map((id) => {
        const topic = topics.data?.find((item) => item.id === id);
        return topic ? (locale.startsWith('sv') ? topic.nameSv : topic.nameEn) : id;
      })
      .join(', ');
  const visibilityName = (value: FormValue | undefined) =>
    value === 'organisation'
      ? t('editing.person.visibility.organisation')
      : t('editing.person.visibility.network');
  const conflictFields: ConflictField[] = Object.entries(labels).map(([field, label]) => ({
    name: field,
    label,
    format:
      field === 'organisationId'
        ? organisationName
        : field === 'topicIds'
          ? topicNames
          : field.endsWith('Visibility')
            ? visibilityName
            : field === 'protected'
              ? (value) => (value ? t('editing.yes') : t('editing.no'))
              : undefined,
  }));

  const values = form.values;
  const str = form.textValue;
  const textField = form.textField;
  const visibilityOptions = [
    {
      value: 'network',
      label: t('editing.person.visibility.network'),
      hint: t('editing.person.visibility.networkHint'),
    },
    {
      value: 'organisation',
      label: t('editing.person.visibility.organisation'),
      hint: t('editing.person.visibility.organisationHint'),
    },
  ];
  const topicOptions = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (topics.data ?? [])
      .filter((topic) => !topic.archivedAt || (detail?.topicIds ?? []).includes(topic.id))
      .map((topic) => ({
        value: topic.id,
        label: locale.startsWith('sv') ? topic.nameSv : topic.nameEn,
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [topics.data, locale, detail?.topicIds]);

  const level = embedded ? 3 : 2;

  return (
    <EntityFormPage
      form={form}
      header={
        embedded ? null : (
          <FormPageHeader
            back={
              detail
                ? { to: paths.person(detail.id), label: t('editing.person.backToProfile') }
                : null
            }
            title={pageTitle}
            lead={detail ? t('editing.person.editLead') : t('editing.person.newLead')}
          />
        )
      }
      conflictFields={conflictFields}
      saveLabel={detail ? t('editing.form.save') : t('editing.person.create')}
      cancelTo={embedded ? undefined : detail ? paths.person(detail.id) : paths.home()}
      onCancel={embedded?.onCancel}
      blocker={embedded ? undefined : unsaved.blocker}
      after={
        detail && !embedded && form.etag ? (
          <ArchiveControl
            kind="person"
            id={detail.id}
            name={name ?? ''}
            etag={form.etag}
            archivedAt={archivedAt}
            consequences={<PersonConsequences person={detail} />}
            onChange={(changed) => {
              form.setEtag(changed.etag);
              setArchivedAt(changed.data.archivedAt);
            }}
          />
        ) : null
      }
    >
      <FormSection title={t('editing.person.section.who')} level={level}>
        <div className="editing-grid">
          <TextField {...textField('givenName')} required autoComplete="off" />
          <TextField {...textField('familyName')} required autoComplete="off" />
        </div>
        <TextField {...textField('title')} hint={t('editing.person.titleHint')} />
        <PickerField
          {...form.field('organisationId')}
          required
          hint={
            isAdmin
              ? t('editing.person.organisationHint')
              : t('editing.person.organisationHintEditor')
          }
          value={str('organisationId') || null}
          options={scopedOrganisations}
          disabled={organisations.isPending}
          onChange={(value) => form.set('organisationId', value)}
        />
      </FormSection>

      <FormSection title={t('editing.person.section.contact')} level={level}>
        <TextField
          {...textField('email')}
          type="email"
          inputMode="email"
          hint={t('editing.person.emailHint')}
        />
        <div className="editing-grid">
          <TextField {...textField('phone')} type="tel" inputMode="tel" />
          <RadioGroup
            {...form.field('phoneVisibility')}
            value={str('phoneVisibility')}
            options={visibilityOptions}
            onChange={(value) => form.set('phoneVisibility', value)}
          />
        </div>
        <div className="editing-grid">
          <TextField {...textField('mobile')} type="tel" inputMode="tel" />
          <RadioGroup
            {...form.field('mobileVisibility')}
            value={str('mobileVisibility')}
            options={visibilityOptions}
            onChange={(value) => form.set('mobileVisibility', value)}
          />
        </div>
      </FormSection>

      <FormSection title={t('editing.person.section.more')} level={level}>
        <TextField
          {...textField('bio')}
          multiline
          maxLength={personLimits.bio}
          hint={t('editing.person.bioHint')}
        />
        <div className="editing-grid">
          <TextField {...textField('languages')} hint={t('editing.person.languagesHint')} />
          <TextField {...textField('hsaId')} hint={t('editing.person.hsaIdHint')} />
        </div>
        {topicOptions.length > 0 ? (
          <CheckboxGroup
            {...form.field('topicIds')}
            values={form.listValue('topicIds')}
            options={topicOptions}
            onChange={(ids) => form.set('topicIds', ids)}
          />
        ) : null}
        {isAdmin ? (
          <CheckboxField
            {...form.field('protected')}
            hint={t('editing.person.protectedHint')}
            checked={values.protected === true}
            onChange={(checked) => form.set('protected', checked)}
          />
        ) : null}
      </FormSection>
    </EntityFormPage>
  );
}

/** What archiving a person means: they leave lists and search; their posts stay theirs. */
function PersonConsequences({ person }: { person: PersonDetail }) {
  const { t, language } = useI18n();
  const name = `${person.givenName} ${person.familyName}`;
  const posts = [...person.currentPosts, ...person.upcoming];
  return (
    <>
      <p>{t('editing.person.archive.hidden', { name })}</p>
      {posts.length > 0 ? (
        <>
          <p className="editing-warning">
            <strong>
              {posts.length === 1
                ? t('editing.person.archive.postsOne')
                : t('editing.person.archive.postsMany', { count: posts.length })}
            </strong>{' '}
            {t('editing.person.archive.postsStay', { name })}
          </p>
          <ul className="editing-consequence-list">
            {posts.map((assignment) => (
              <li key={assignment.assignmentId}>
                {language === 'sv' ? assignment.role.nameSv : assignment.role.nameEn},{' '}
                {assignment.organisation.name}{' '}
                <Link to={paths.adminHandover(assignment.post.id)}>
                  {t('editing.person.archive.handOver')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('editing.person.archive.noPosts')}</p>
      )}
    </>
  );
}
