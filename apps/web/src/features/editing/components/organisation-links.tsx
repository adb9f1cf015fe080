import type { CreateOrganisationLinkBody, OrganisationDetail, OrganisationLink } from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { TFunction } from '../../../i18n/dictionaries';
import { useI18n } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useEditingOrganisations } from '../api/get-catalogue';
import { invalidateDirectory } from '../api/invalidate';
import { addOrganisationLink, removeOrganisationLink } from '../api/organisation';
import { describeEditingError } from '../utils/describe-editing-error';
import { type FieldRule, text } from '../utils/form';
import { PickerField, RadioGroup } from './form-fields';
import { EntityFormBody } from './form-frame';
import { organisationOptions } from './organisation-options';
import { Toast } from './toast';
import { useBusyAction } from './use-busy-action';
import { useEntityForm } from './use-entity-form';

/** How a link reads from this organisation, before the other's name: "Betjänar", "Samarbetar med". */
function linkVerb(link: OrganisationLink, t: TFunction): string {
  if (link.kind === 'partner') return t('editing.links.partnerOf');
  return link.direction === 'outgoing' ? t('editing.links.serves') : t('editing.links.servedBy');
}

/** "Betjänar Flens kommun". */
const linkSentence = (link: OrganisationLink, t: TFunction) =>
  `${linkVerb(link, t)} ${link.organisation.name}`;

/** The one value of the form's "how" question for a link: kind and direction together. */
type LinkChoice = 'serves' | 'served-by' | 'partner';

function bodyOf(choice: LinkChoice, organisationId: string): CreateOrganisationLinkBody {
  if (choice === 'partner') return { kind: 'partner', organisationId };
  return {
    kind: 'serves',
    organisationId,
    direction: choice === 'serves' ? 'outgoing' : 'incoming',
  };
}

/**
 * The organisation's links on its edit page: its catchment (the municipalities a hospital
 * serves), who serves it, and partners. A link is a fact of its own, so adding or removing one
 * takes effect at once; "Ångra" in the toast puts a removed link back.
 */
export function OrganisationLinks({ organisation }: { organisation: OrganisationDetail }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [links, setLinks] = useState<OrganisationLink[]>(organisation.links);
  const [adderKey, setAdderKey] = useState(0);
  const { busy, failure, run } = useBusyAction();
  const [removed, setRemoved] = useState<OrganisationLink | null>(null);
  const collator = nameCollator(locale);
  const order: Record<string, number> = { serves: 0, partner: 1 };
  const sorted = [...links].sort(
    (a, b) =>
      (order[a.kind] ?? 0) - (order[b.kind] ?? 0) ||
      a.direction.localeCompare(b.direction) ||
      collator.compare(a.organisation.name, b.organisation.name),
  );

  function remove(link: OrganisationLink) {
    return run(async () => {
      await removeOrganisationLink(organisation.id, link.id);
      setLinks((current) => current.filter((other) => other.id !== link.id));
      setRemoved(link);
      void invalidateDirectory(queryClient);
    });
  }

  function undo(link: OrganisationLink) {
    return run(async () => {
      const choice: LinkChoice =
        link.kind === 'partner'
          ? 'partner'
          : link.direction === 'outgoing'
            ? 'serves'
            : 'served-by';
      const { data } = await addOrganisationLink(
        organisation.id,
        bodyOf(choice, link.organisation.id),
      );
      setLinks((current) => [...current, data]);
      setRemoved(null);
      void invalidateDirectory(queryClient);
    });
  }

  return (
    <section className="editing-archive editing-subsection" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('editing.links.title')}</h2>
      <p>{t('editing.links.intro', { name: organisation.name })}</p>
      <div className="form-alert-slot" role="alert">
        {failure && !removed ? (
          <p className="alert alert-error">{describeEditingError(failure, t)}</p>
        ) : null}
      </div>
      {sorted.length === 0 ? (
        <p className="empty-state">{t('editing.links.none')}</p>
      ) : (
        <ul className="editing-pair-list">
          {sorted.map((link) => (
            <li key={link.id} className="editing-pair">
              <span>
                {linkVerb(link, t)}{' '}
                <Link to={paths.organisation(link.organisation.id)}>{link.organisation.name}</Link>
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('editing.links.removeNamed', { link: linkSentence(link, t) })}
                aria-disabled={busy ? true : undefined}
                onClick={() => remove(link)}
              >
                {t('editing.links.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3 className="editing-subsection-title">{t('editing.links.addTitle')}</h3>
      <LinkAdder
        key={adderKey}
        organisation={organisation}
        onAdded={(link) => {
          setLinks((current) => [...current, link]);
          setRemoved(null);
          setAdderKey((key) => key + 1);
        }}
      />

      {removed ? (
        <Toast
          message={
            <>
              {t('editing.links.removed', { link: linkSentence(removed, t) })}
              {failure ? (
                <span className="editing-toast-error"> {describeEditingError(failure, t)}</span>
              ) : null}
            </>
          }
          focusAction
          action={{ label: t('editing.archive.undo'), busy, onClick: () => undo(removed) }}
          onClose={() => setRemoved(null)}
        />
      ) : null}
    </section>
  );
}

function LinkAdder({
  organisation,
  onAdded,
}: {
  organisation: OrganisationDetail;
  onAdded: (link: OrganisationLink) => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const formId = useId().replace(/:/g, '');
  const organisations = useEditingOrganisations();
  // The other side need not be the steward's: a link is a fact about this organisation.
  const choices = useMemo(
    () =>
      organisationOptions(
        organisations.data ?? [],
        locale,
        t,
        (other) => other.id !== organisation.id,
      ),
    [organisations.data, locale, t, organisation.id],
  );
  const labels: Record<string, string> = {
    how: t('editing.links.how'),
    organisationId: t('editing.links.organisation'),
  };
  const rules = (): Record<string, FieldRule> => ({
    how: { label: labels.how ?? '', required: true, choice: true },
    organisationId: { label: labels.organisationId ?? '', required: true, choice: true },
  });
  const form = useEntityForm<OrganisationLink>({
    formId,
    initial: { how: organisation.kind === 'hospital' ? 'serves' : '', organisationId: '' },
    etag: null,
    rules,
    toForm: () => ({}),
    save: (values) =>
      addOrganisationLink(
        organisation.id,
        bodyOf(text(values.how) as LinkChoice, text(values.organisationId)),
      ),
    onSaved: (saved) => {
      void invalidateDirectory(queryClient);
      onAdded(saved.data);
    },
  });
  const name = organisation.name;
  const howOptions = [
    { value: 'serves', label: t('editing.links.how.serves', { name }) },
    { value: 'served-by', label: t('editing.links.how.servedBy', { name }) },
    { value: 'partner', label: t('editing.links.how.partner', { name }) },
  ];

  return (
    <EntityFormBody form={form} saveLabel={t('editing.links.add')} requiredNote={false} inline>
      <RadioGroup
        {...form.field('how')}
        value={form.textValue('how')}
        options={howOptions}
        onChange={(value) => form.set('how', value)}
      />
      <PickerField
        {...form.field('organisationId')}
        required
        hint={t('editing.links.organisationHint')}
        value={form.textValue('organisationId') || null}
        options={choices}
        disabled={organisations.isPending}
        onChange={(value) => form.set('organisationId', value)}
      />
    </EntityFormBody>
  );
}
