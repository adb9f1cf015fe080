import type { AssignmentKind, PersonRef, PostHolder, RoleRef } from '@nk/shared';
import { Link } from 'react-router';
import { ContactList } from '../../../components/contact-list';
import { useI18n } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';

/** The role's name in the interface language. */
export function useRoleName() {
  const { language } = useI18n();
  return (role: Pick<RoleRef, 'nameSv' | 'nameEn'>) =>
    language === 'sv' ? role.nameSv : role.nameEn;
}

export const holderOrder: Record<AssignmentKind, number> = { holder: 0, interim: 1, deputy: 2 };

/** Holder first, then interim, then deputies; by name within each. */
export function sortHolders<T extends { kind: AssignmentKind; person: PersonRef }>(
  holders: readonly T[],
  collator: Intl.Collator,
): T[] {
  return [...holders].sort(
    (a, b) =>
      holderOrder[a.kind] - holderOrder[b.kind] ||
      collator.compare(a.person.familyName, b.person.familyName) ||
      collator.compare(a.person.givenName, b.person.givenName),
  );
}

export const personName = (person: Pick<PersonRef, 'givenName' | 'familyName'>) =>
  `${person.givenName} ${person.familyName}`;

export function PersonLink({ person }: { person: PersonRef }) {
  return <Link to={paths.person(person.id)}>{personName(person)}</Link>;
}

/** "Tillförordnad" / "Ersättare" beside a name; a holder needs no label. */
export function KindBadge({ kind }: { kind: AssignmentKind }) {
  const { t } = useI18n();
  if (kind === 'holder') return null;
  return <span className={`badge badge-${kind}`}>{t(`assignment.${kind}`)}</span>;
}

function WarningIcon() {
  return (
    <svg
      className="vacancy-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M8 1.5 15 14H1L8 1.5Z" fill="currentColor" />
      <path d="M8 6v4" stroke="#fff" strokeWidth="1.75" strokeLinecap="round" />
      <circle cx="8" cy="12" r="1" fill="#fff" />
    </svg>
  );
}

/**
 * "Vakant sedan 1 juli 2025" with a warning sign: said in words and marked by a shape, never by
 * colour alone.
 */
export function VacancyNotice({ vacantSince }: { vacantSince: string | null }) {
  const { t, locale } = useI18n();
  return (
    <span className="vacancy-notice">
      <WarningIcon />
      {vacantSince
        ? t('post.vacantSince', { date: formatDate(vacantSince, locale) })
        : t('post.vacant')}
    </span>
  );
}

/** "Sedan 1 mars 2024" or "1 september 2021 – 29 februari 2024". */
export function usePeriod() {
  const { t, locale } = useI18n();
  return (period: { validFrom: string; validTo: string | null }) => {
    const from = formatDate(period.validFrom, locale);
    return period.validTo
      ? t('post.period', { from, to: formatDate(period.validTo, locale) })
      : t('post.since', { date: from });
  };
}

/** Tap-to-call and e-mail links for one person; numbers the caller may not see are absent. */
export function PersonContacts({ person }: { person: PersonRef }) {
  const { t } = useI18n();
  return (
    <ContactList
      className="collab-contacts"
      items={[
        { label: t('contact.mobile'), kind: 'phone', value: person.mobile },
        { label: t('contact.phone'), kind: 'phone', value: person.phone },
        { label: t('contact.email'), kind: 'email', value: person.email },
      ]}
    />
  );
}

interface HolderListProps {
  holders: readonly PostHolder[];
  /** Shows each person's job title and contact links. */
  withContacts?: boolean;
  /** Shows since when each person is on the post. */
  withPeriod?: boolean;
}

/** The people on a post: name (to their profile), interim/deputy label, title and contacts. */
export function HolderList({ holders, withContacts = true, withPeriod = false }: HolderListProps) {
  const { language } = useI18n();
  const period = usePeriod();
  const sorted = sortHolders(holders, new Intl.Collator(language));
  if (sorted.length === 0) return null;
  return (
    <ul className="collab-holders">
      {sorted.map((holder) => (
        <li key={holder.assignmentId} className="collab-holder">
          <p className="collab-holder-name">
            <PersonLink person={holder.person} />
            <KindBadge kind={holder.kind} />
          </p>
          {withContacts && holder.person.title ? (
            <p className="collab-holder-title">{holder.person.title}</p>
          ) : null}
          {withPeriod ? <p className="collab-holder-period">{period(holder)}</p> : null}
          {withContacts ? <PersonContacts person={holder.person} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** A post's shared mailbox and phone, when it has them. */
export function FunctionalContacts({
  email,
  phone,
}: {
  email: string | null;
  phone: string | null;
}) {
  const { t } = useI18n();
  return (
    <ContactList
      className="collab-contacts collab-functional"
      items={[
        { label: t('post.functionalEmail'), kind: 'email', value: email },
        { label: t('post.functionalPhone'), kind: 'phone', value: phone },
      ]}
    />
  );
}
