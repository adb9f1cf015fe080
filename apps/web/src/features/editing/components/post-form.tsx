import type { CreatePostBody, Me, Post, PostDetail, UpdatePostBody } from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n } from '../../../i18n/use-t';
import type { Versioned } from '../../../lib/api-client';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useEditingNetworks, useEditingOrganisations, useEditingRoles } from '../api/get-catalogue';
import { invalidateDirectory } from '../api/invalidate';
import { createPost, updatePost, usePostForEdit } from '../api/post';
import { canEdit, canWriteOrganisation } from '../utils/access';
import { type FieldRule, type FormValue, type FormValues, text, textOrNull } from '../utils/form';
import { postLimits } from '../utils/limits';
import { ArchiveControl } from './archive-control';
import type { ConflictField } from './conflict-panel';
import { CheckboxField, PickerField, TextField } from './form-fields';
import { EntityFormPage, FormPageHeader, FormSection } from './form-frame';
import { FormSkeleton, LoadFailure, Refusal, useCurrentUser } from './form-page';
import { organisationOptions } from './organisation-options';
import { useUnsavedChanges } from './unsaved-changes';
import { useEntityForm } from './use-entity-form';

/** The form's values of a post as the API returns it. */
export function postToForm(post: Post): FormValues {
  return {
    roleId: post.roleId,
    organisationId: post.organisationId,
    networkId: post.networkId ?? '',
    title: post.title ?? '',
    functionalEmail: post.functionalEmail ?? '',
    functionalPhone: post.functionalPhone ?? '',
    required: post.required,
    note: post.note ?? '',
  };
}

const newPostValues = (organisationId: string): FormValues => ({
  roleId: '',
  organisationId,
  networkId: '',
  title: '',
  functionalEmail: '',
  functionalPhone: '',
  // Most posts in the network are ones it expects filled; an empty one then shows as vacant.
  required: true,
  note: '',
});

function postBody(values: FormValues, fields: readonly string[]) {
  const body: Record<string, unknown> = {};
  for (const name of fields) {
    const value = values[name];
    if (name === 'roleId' || name === 'organisationId') body[name] = text(value);
    else if (name === 'required') body[name] = value === true;
    else body[name] = textOrNull(value);
  }
  return body;
}

interface PostFormPageProps {
  id?: string;
  organisationId?: string;
}

/** The page at /funktioner/ny and /funktioner/:id/redigera. */
export function PostFormPage({ id, organisationId }: PostFormPageProps) {
  const { t, language } = useI18n();
  const me = useCurrentUser();
  const query = usePostForEdit(id ?? null);
  const loaded = query.data?.data;
  const title = id ? t('editing.post.editTitle') : t('editing.post.newTitle');
  useDocumentTitle(
    loaded ? t('editing.post.editTitleNamed', { name: postName(loaded, language) }) : title,
  );

  if (!me) return <FormSkeleton label={t('editing.loading')} />;
  if (!canEdit(me)) {
    return <Refusal title={t('editing.refusal.title')} body={t('editing.refusal.viewer')} />;
  }
  if (!id) return <PostForm me={me} initialOrganisationId={organisationId} />;
  if (query.isPending) return <FormSkeleton label={t('editing.post.loading')} />;
  if (query.isError) {
    return (
      <LoadFailure
        error={query.error}
        title={title}
        notFoundTitle={t('editing.post.notFound')}
        notFoundBody={t('editing.post.notFoundBody')}
        onRetry={() => query.refetch()}
      />
    );
  }
  const post = query.data.data;
  if (!canWriteOrganisation(me, post.organisationId)) {
    return (
      <Refusal
        title={t('editing.refusal.title')}
        body={t('editing.refusal.organisationOutsideScope', {
          organisation: post.organisation.name,
        })}
        back={{ to: paths.post(post.id), label: t('editing.refusal.toPost') }}
      />
    );
  }
  return <PostForm me={me} post={query.data} />;
}

/** "Processledare, Eskilstuna kommun": how a post is named in sentences. */
export function postName(post: Pick<Post, 'role' | 'organisation'>, language: string): string {
  const role = language === 'sv' ? post.role.nameSv : post.role.nameEn;
  return `${role}, ${post.organisation.name}`;
}

interface PostFormProps {
  me: Me;
  post?: Versioned<PostDetail>;
  initialOrganisationId?: string;
}

function PostForm({ me, post, initialOrganisationId }: PostFormProps) {
  const { t, locale, language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formId = useId().replace(/:/g, '');
  const organisations = useEditingOrganisations();
  const roles = useEditingRoles();
  const networks = useEditingNetworks();
  const detail = post?.data;
  const [archivedAt, setArchivedAt] = useState(detail?.archivedAt ?? null);

  const organisationChoices = useMemo(
    () =>
      organisationOptions(organisations.data ?? [], locale, t, (organisation) =>
        canWriteOrganisation(me, organisation.id),
      ),
    [organisations.data, locale, t, me],
  );
  const roleChoices = useMemo(() => {
    const collator = nameCollator(locale);
    return (roles.data ?? [])
      .filter((role) => !role.archivedAt || role.id === detail?.roleId)
      .map((role) => ({
        value: role.id,
        label: language === 'sv' ? role.nameSv : role.nameEn,
        keywords: [role.nameSv, role.nameEn, ...role.synonyms],
        hint: role.synonyms.length > 0 ? role.synonyms.join(', ') : undefined,
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [roles.data, locale, language, detail?.roleId]);
  const networkChoices = useMemo(() => {
    const collator = nameCollator(locale);
    return (networks.data ?? [])
      .filter((network) => !network.archivedAt || network.id === detail?.networkId)
      .map((network) => ({
        value: network.id,
        label: network.name,
        hint: t(`networkKind.${network.kind}`),
        keywords: network.shortName ? [network.shortName] : [],
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [networks.data, locale, t, detail?.networkId]);

  const defaultOrganisation =
    initialOrganisationId && canWriteOrganisation(me, initialOrganisationId)
      ? initialOrganisationId
      : me.role === 'editor' && me.scope.length === 1
        ? (me.scope[0] ?? '')
        : '';

  const labels: Record<string, string> = {
    roleId: t('editing.post.role'),
    organisationId: t('editing.post.organisation'),
    networkId: t('editing.post.network'),
    title: t('editing.post.title'),
    functionalEmail: t('editing.post.functionalEmail'),
    functionalPhone: t('editing.post.functionalPhone'),
    required: t('editing.post.required'),
    note: t('editing.post.note'),
  };
  const label = (name: string) => labels[name] ?? name;
  const rules = (): Record<string, FieldRule> => ({
    roleId: { label: label('roleId'), required: true, choice: true },
    organisationId: { label: label('organisationId'), required: true, choice: true },
    networkId: { label: label('networkId') },
    title: { label: label('title'), maxLength: postLimits.title },
    functionalEmail: {
      label: label('functionalEmail'),
      maxLength: postLimits.functionalEmail,
      email: true,
    },
    functionalPhone: { label: label('functionalPhone'), maxLength: postLimits.functionalPhone },
    required: { label: label('required') },
    note: { label: label('note'), maxLength: postLimits.note },
  });

  const form = useEntityForm<Post>({
    formId,
    initial: detail ? postToForm(detail) : newPostValues(defaultOrganisation),
    etag: post?.etag ?? null,
    rules,
    toForm: (entity) => postToForm(entity as Post),
    save: (values, changed, etag) =>
      detail && etag
        ? updatePost(detail.id, postBody(values, changed ?? []) as UpdatePostBody, etag)
        : createPost(
            postBody(
              values,
              Object.keys(values).filter(
                (name) =>
                  name === 'roleId' ||
                  name === 'organisationId' ||
                  name === 'required' ||
                  text(values[name]),
              ),
            ) as CreatePostBody,
          ),
    onSaved: (saved) => {
      void invalidateDirectory(queryClient);
      unsaved.allowNavigation();
      navigate(paths.post(saved.data.id));
    },
  });
  const unsaved = useUnsavedChanges(form.dirty);

  const values = form.values;
  const str = form.textValue;
  const textField = form.textField;
  const nameIn =
    (choices: readonly { value: string; label: string }[], empty = '') =>
    (value: FormValue | undefined) =>
      value ? (choices.find((choice) => choice.value === value)?.label ?? String(value)) : empty;
  const conflictFields: ConflictField[] = Object.keys(labels).map((name) => ({
    name,
    label: label(name),
    format:
      name === 'roleId'
        ? nameIn(roleChoices)
        : name === 'organisationId'
          ? nameIn(organisationChoices)
          : name === 'networkId'
            ? nameIn(networkChoices, t('editing.post.noNetwork'))
            : name === 'required'
              ? (value) => (value ? t('editing.yes') : t('editing.no'))
              : undefined,
  }));
  const name = detail ? postName(detail, language) : null;
  const holders = detail?.holders ?? [];

  return (
    <EntityFormPage
      form={form}
      header={
        <FormPageHeader
          back={detail ? { to: paths.post(detail.id), label: t('editing.post.back') } : null}
          title={name ? t('editing.post.editTitleNamed', { name }) : t('editing.post.newTitle')}
          lead={detail ? t('editing.post.editLead') : t('editing.post.newLead')}
        >
          {detail ? (
            <p>
              <Link to={paths.adminHandover(detail.id)}>{t('editing.post.handoverLink')}</Link>
              {' · '}
              <Link to={paths.postAssignments(detail.id)}>{t('editing.post.assignmentsLink')}</Link>
            </p>
          ) : null}
        </FormPageHeader>
      }
      conflictFields={conflictFields}
      saveLabel={detail ? t('editing.form.save') : t('editing.post.create')}
      cancelTo={detail ? paths.post(detail.id) : paths.home()}
      blocker={unsaved.blocker}
      after={
        detail && form.etag ? (
          <ArchiveControl
            kind="post"
            id={detail.id}
            name={name ?? ''}
            etag={form.etag}
            archivedAt={archivedAt}
            consequences={
              <>
                <p>{t('editing.post.archive.hidden')}</p>
                {holders.length > 0 ? (
                  <p className="editing-warning">
                    {t('editing.post.archive.holders', {
                      names: holders
                        .map((holder) => `${holder.person.givenName} ${holder.person.familyName}`)
                        .join(', '),
                    })}
                  </p>
                ) : null}
                <p>{t('editing.post.archive.history')}</p>
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
      <FormSection title={t('editing.post.section.what')}>
        <PickerField
          {...form.field('roleId')}
          required
          hint={t('editing.post.roleHint')}
          value={str('roleId') || null}
          options={roleChoices}
          disabled={roles.isPending}
          onChange={(value) => form.set('roleId', value)}
        />
        <PickerField
          {...form.field('organisationId')}
          required
          hint={t('editing.post.organisationHint')}
          value={str('organisationId') || null}
          options={organisationChoices}
          disabled={organisations.isPending}
          onChange={(value) => form.set('organisationId', value)}
        />
        <PickerField
          {...form.field('networkId')}
          hint={t('editing.post.networkHint')}
          value={str('networkId') || null}
          options={networkChoices}
          disabled={networks.isPending}
          onChange={(value) => form.set('networkId', value)}
          clearLabel={t('editing.post.clearNetwork')}
          onClear={() => form.set('networkId', '')}
        />
        <TextField {...textField('title')} hint={t('editing.post.titleHint')} />
        <CheckboxField
          {...form.field('required')}
          hint={t('editing.post.requiredHint')}
          checked={values.required === true}
          onChange={(checked) => form.set('required', checked)}
        />
      </FormSection>

      <FormSection title={t('editing.post.section.contact')} hint={t('editing.post.contactHint')}>
        <div className="editing-grid">
          <TextField {...textField('functionalEmail')} type="email" inputMode="email" />
          <TextField {...textField('functionalPhone')} type="tel" inputMode="tel" />
        </div>
        <TextField
          {...textField('note')}
          multiline
          maxLength={postLimits.note}
          hint={t('editing.post.noteHint')}
        />
      </FormSection>
    </EntityFormPage>
  );
}
