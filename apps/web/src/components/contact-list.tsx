import type { ReactNode } from 'react';
import { mailtoHref, telHref, websiteHref, websiteLabel } from '../lib/format';

export type ContactKind = 'phone' | 'email' | 'website';

export interface ContactItem {
  label: string;
  kind: ContactKind;
  value: string | null | undefined;
}

function contactLink(kind: ContactKind, value: string): ReactNode {
  switch (kind) {
    case 'phone':
      return <a href={telHref(value)}>{value}</a>;
    case 'email':
      return <a href={mailtoHref(value)}>{value}</a>;
    case 'website':
      return <a href={websiteHref(value)}>{websiteLabel(value)}</a>;
  }
}

/** A definition list of tap-to-call, e-mail and web links; items without a value are left out. */
export function ContactList({ items, className }: { items: ContactItem[]; className: string }) {
  const present = items.filter((item): item is ContactItem & { value: string } =>
    Boolean(item.value),
  );
  if (present.length === 0) return null;
  return (
    <dl className={className}>
      {present.map((item) => (
        <div key={item.label}>
          <dt>{item.label}</dt>
          <dd>{contactLink(item.kind, item.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
