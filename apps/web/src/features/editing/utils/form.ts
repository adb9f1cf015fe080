import type { TFunction } from '../../../i18n/dictionaries';
import { emailPattern } from './limits';

/** What a form holds: text as typed, ticks, and chosen ids. */
export type FormValue = string | boolean | string[];
export type FormValues = Record<string, FormValue>;

/** The checks a field gets before anything is sent; the same rules the API's schema applies. */
export interface FieldRule {
  label: string;
  required?: boolean;
  /** A choice made in a picker: "Välj …" instead of "Fyll i …". */
  choice?: boolean;
  maxLength?: number;
  email?: boolean;
  url?: boolean;
  /** A JSON Schema pattern the trimmed text must match, with the sentence to show otherwise. */
  pattern?: { source: string; message: string };
  /** For a list of codes: each must match, at most this many. */
  list?: { source: string; message: string; maxItems: number };
  /** For a list of free words split by {@link splitEntries}: at most so many, each so long. */
  entries?: { maxItems: number; maxLength: number };
  /** A check of its own (e.g. against another field), run last: the message, or null. */
  check?: (trimmed: string) => string | null;
}

export type FieldErrors = Record<string, string>;

const asText = (value: FormValue | undefined) => (typeof value === 'string' ? value : '');

/** "sv, en ar" → `['sv', 'en', 'ar']`. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * "nvk, SSK; vårdsamordnare" → `['nvk', 'SSK', 'vårdsamordnare']`: commas, semicolons and new
 * lines separate; case is kept (the API keeps "nvk" and "NVK" apart) and repeats are dropped.
 */
export function splitEntries(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]+/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * A name as a catalogue key: "Närvårdskoordinator (kommun)" → `narvardskoordinator-kommun`,
 * the form the API requires (lower-case letters, digits and hyphens, at most 63).
 */
export function keyFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

/** A website without its scheme gets `https://`: people write "eskilstuna.se". */
export function normaliseUrl(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

function isUrl(text: string): boolean {
  try {
    const url = new URL(normaliseUrl(text));
    return Boolean(url.hostname) && /^https?:$/.test(url.protocol);
  } catch {
    return false;
  }
}

/** One message per field that breaks its rule, in the order the rules are listed. */
export function validate(
  values: FormValues,
  rules: Record<string, FieldRule>,
  t: TFunction,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, rule] of Object.entries(rules)) {
    const text = asText(values[name]);
    const trimmed = text.trim();
    const label = rule.label.toLowerCase();
    if (!trimmed) {
      if (rule.required) {
        errors[name] = rule.choice
          ? t('editing.validation.choose', { label })
          : t('editing.validation.required', { label });
      }
      continue;
    }
    if (rule.maxLength !== undefined && trimmed.length > rule.maxLength) {
      errors[name] = t('editing.validation.tooLong', {
        label: rule.label,
        max: rule.maxLength,
        count: trimmed.length,
      });
    } else if (rule.email && !emailPattern.test(trimmed)) {
      errors[name] = t('editing.validation.email');
    } else if (rule.url && !isUrl(trimmed)) {
      errors[name] = t('editing.validation.url');
    } else if (rule.pattern && !new RegExp(rule.pattern.source).test(trimmed)) {
      errors[name] = rule.pattern.message;
    } else if (rule.list) {
      const items = splitList(trimmed);
      const pattern = new RegExp(rule.list.source);
      if (items.length > rule.list.maxItems || items.some((item) => !pattern.test(item))) {
        errors[name] = rule.list.message;
      }
    } else if (rule.check?.(trimmed)) {
      errors[name] = rule.check(trimmed) ?? '';
    } else if (rule.entries) {
      const items = splitEntries(trimmed);
      const tooLong = items.find((item) => item.length > (rule.entries?.maxLength ?? 0));
      if (tooLong) {
        errors[name] = t('editing.validation.entryTooLong', {
          entry: tooLong,
          max: rule.entries.maxLength,
        });
      } else if (items.length > rule.entries.maxItems) {
        errors[name] = t('editing.validation.tooManyEntries', {
          label: rule.label,
          max: rule.entries.maxItems,
          count: items.length,
        });
      }
    }
  }
  return errors;
}

/** Equal form values: text compared as sent (trimmed), lists without regard to order. */
export function sameValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const left = Array.isArray(a) ? [...a].sort() : [];
    const right = Array.isArray(b) ? [...b].sort() : [];
    return left.length === right.length && left.every((item, index) => item === right[index]);
  }
  if (typeof a === 'string' || typeof b === 'string') {
    return (typeof a === 'string' ? a.trim() : '') === (typeof b === 'string' ? b.trim() : '');
  }
  return a === b;
}

/** The names of the fields whose value differs from the one read. */
export function changedFields(values: FormValues, base: FormValues): string[] {
  return Object.keys(values).filter((name) => !sameValue(values[name], base[name]));
}

/** Empty text is "not given": the API stores null. */
export const textOrNull = (value: FormValue | undefined): string | null => {
  const trimmed = asText(value).trim();
  return trimmed ? trimmed : null;
};

export const text = (value: FormValue | undefined): string => asText(value).trim();

/** The id of a field's control, shared by its label, its error and the error summary. */
export const fieldId = (formId: string, name: string) => `${formId}-${name}`;

/**
 * Moves focus to a field's control: the input itself, or the first control inside a picker or
 * a group of radio buttons.
 */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const control = element.matches('input, select, textarea')
    ? element
    : element.querySelector<HTMLElement>(
        'input:checked, input:not([type="hidden"]), select, textarea',
      );
  control?.focus();
  control?.scrollIntoView({ block: 'center' });
}
