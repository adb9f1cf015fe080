import type { OrganisationKind } from '@nk/shared';
import { useT } from '../../../i18n/use-t';

/** The kind of organisation as a small label: "Sjukhus", "Kommun", … */
export function OrganisationKindBadge({ kind }: { kind: OrganisationKind }) {
  const t = useT();
  return <span className={`badge badge-kind badge-kind-${kind}`}>{t(`kind.${kind}`)}</span>;
}
