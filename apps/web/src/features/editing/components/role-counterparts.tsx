import type { RoleCounterpart, RoleDetail, RoleRef } from '@nk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useEditingRoles } from '../api/get-catalogue';
import { invalidateDirectory } from '../api/invalidate';
import { addCounterpart, removeCounterpart } from '../api/role';
import { describeEditingError } from '../utils/describe-editing-error';
import { type FieldRule, text, textOrNull } from '../utils/form';
import { counterpartLimits } from '../utils/limits';
import { PickerField, TextField } from './form-fields';
import { EntityFormBody } from './form-frame';
import { Toast } from './toast';
import { useBusyAction } from './use-busy-action';
import { useEntityForm } from './use-entity-form';

/**
 * The role's counterpart pairs: who it works with and when they talk. A pair is a link, not an
 * entry, so removing it takes effect at once; the toast's "Ångra" pairs the two roles again.
 */
export function RoleCounterparts({ role }: { role: RoleDetail }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [pairs, setPairs] = useState<RoleCounterpart[]>(role.counterparts);
  // Drawn anew after each pair added, so the small form starts empty.
  const [adderKey, setAdderKey] = useState(0);
  const { busy, failure, run } = useBusyAction();
  const [removed, setRemoved] = useState<RoleCounterpart | null>(null);
  const roleName = (ref: RoleRef) => (language === 'sv' ? ref.nameSv : ref.nameEn);
  const pairName = (pair: RoleCounterpart) =>
    pair.role.id === role.id
      ? t('editing.counterparts.peers', { role: roleName(pair.role) })
      : roleName(pair.role);
  const collator = nameCollator(language);
  const sorted = [...pairs].sort((a, b) => collator.compare(pairName(a), pairName(b)));

  function remove(pair: RoleCounterpart) {
    return run(async () => {
      await removeCounterpart(role.id, pair.id);
      setPairs((current) => current.filter((other) => other.id !== pair.id));
      setRemoved(pair);
      void invalidateDirectory(queryClient);
    });
  }

  function undo(pair: RoleCounterpart) {
    return run(async () => {
      const { data } = await addCounterpart(role.id, {
        roleId: pair.role.id,
        descriptionSv: pair.descriptionSv,
        descriptionEn: pair.descriptionEn,
      });
      setPairs((current) => [...current, data]);
      setRemoved(null);
      void invalidateDirectory(queryClient);
    });
  }

  return (
    <section className="editing-archive editing-subsection" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('editing.counterparts.title')}</h2>
      <p>{t('editing.counterparts.intro')}</p>
      <div className="form-alert-slot" role="alert">
        {failure && !removed ? (
          <p className="alert alert-error">{describeEditingError(failure, t)}</p>
        ) : null}
      </div>
      {sorted.length === 0 ? (
        <p className="empty-state">{t('editing.counterparts.none')}</p>
      ) : (
        <ul className="editing-pair-list">
          {sorted.map((pair) => {
            const description = language === 'sv' ? pair.descriptionSv : pair.descriptionEn;
            return (
              <li key={pair.id} className="editing-pair">
                <div>
                  <Link to={paths.role(pair.role.id)}>{pairName(pair)}</Link>
                  {description ? <p className="editing-muted">{description}</p> : null}
                </div>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-disabled={busy ? true : undefined}
                  onClick={() => remove(pair)}
                >
                  {t('editing.counterparts.remove')}
                  <span className="visually-hidden"> {pairName(pair)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <h3 className="editing-subsection-title">{t('editing.counterparts.addTitle')}</h3>
      <CounterpartAdder
        key={adderKey}
        role={role}
        taken={pairs.map((pair) => pair.role.id)}
        onAdded={(pair) => {
          setPairs((current) => [...current, pair]);
          setRemoved(null);
          setAdderKey((key) => key + 1);
        }}
      />

      {removed ? (
        <Toast
          message={
            <>
              {t('editing.counterparts.removed', { name: pairName(removed) })}
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

function CounterpartAdder({
  role,
  taken,
  onAdded,
}: {
  role: RoleDetail;
  /** Roles already paired with this one: the API refuses a second pair. */
  taken: readonly string[];
  onAdded: (pair: RoleCounterpart) => void;
}) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const formId = useId().replace(/:/g, '');
  const roles = useEditingRoles();
  const choices = useMemo(() => {
    const collator = nameCollator(language);
    return (roles.data ?? [])
      .filter((other) => !other.archivedAt && !taken.includes(other.id))
      .map((other) => {
        const name = language === 'sv' ? other.nameSv : other.nameEn;
        return {
          value: other.id,
          label: other.id === role.id ? t('editing.counterparts.peers', { role: name }) : name,
          keywords: [other.nameSv, other.nameEn, ...other.synonyms],
          hint: other.synonyms.length > 0 ? other.synonyms.join(', ') : undefined,
        };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [roles.data, language, taken, role.id, t]);

  const labels: Record<string, string> = {
    roleId: t('editing.counterparts.role'),
    descriptionSv: t('editing.counterparts.descriptionSv'),
    descriptionEn: t('editing.counterparts.descriptionEn'),
  };
  const rules = (): Record<string, FieldRule> => ({
    roleId: { label: labels.roleId ?? '', required: true, choice: true },
    descriptionSv: {
      label: labels.descriptionSv ?? '',
      maxLength: counterpartLimits.descriptionSv,
    },
    descriptionEn: {
      label: labels.descriptionEn ?? '',
      maxLength: counterpartLimits.descriptionEn,
    },
  });
  const form = useEntityForm<RoleCounterpart>({
    formId,
    initial: { roleId: '', descriptionSv: '', descriptionEn: '' },
    etag: null,
    rules,
    toForm: () => ({}),
    save: (values) =>
      addCounterpart(role.id, {
        roleId: text(values.roleId),
        descriptionSv: textOrNull(values.descriptionSv),
        descriptionEn: textOrNull(values.descriptionEn),
      }),
    onSaved: (saved) => {
      void invalidateDirectory(queryClient);
      onAdded(saved.data);
    },
  });

  return (
    <EntityFormBody
      form={form}
      saveLabel={t('editing.counterparts.add')}
      requiredNote={false}
      inline
    >
      <PickerField
        {...form.field('roleId')}
        required
        hint={t('editing.counterparts.roleHint')}
        value={form.textValue('roleId') || null}
        options={choices}
        disabled={roles.isPending}
        onChange={(value) => form.set('roleId', value)}
      />
      <TextField
        {...form.textField('descriptionSv')}
        multiline
        maxLength={counterpartLimits.descriptionSv}
        hint={t('editing.counterparts.descriptionHint')}
      />
      <TextField
        {...form.textField('descriptionEn')}
        multiline
        maxLength={counterpartLimits.descriptionEn}
      />
    </EntityFormBody>
  );
}
