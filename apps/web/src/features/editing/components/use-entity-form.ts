import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/use-t';
import { isApiError, staleVersionOf, type Versioned } from '../../../lib/api-client';
import {
  changedFields,
  type FieldErrors,
  type FieldRule,
  type FormValue,
  type FormValues,
  fieldId,
  focusField,
  validate,
} from '../utils/form';
import { serverFieldMessage } from '../utils/server-messages';
import type { SummaryError } from './form-fields';

/** What a 412 brought: the version stored now, and what the user had read and typed. */
export interface Conflict {
  /** The form values of the version stored now. */
  theirs: FormValues;
  theirsEtag: string;
  /** What the user read (the base of their edit) and what they typed on top of it. */
  base: FormValues;
  mine: FormValues;
}

interface EntityFormOptions<T> {
  formId: string;
  /** The values read (or a new entry's defaults). */
  initial: FormValues;
  /** The ETag read with the entry; null for a new one. */
  etag: string | null;
  rules: (values: FormValues) => Record<string, FieldRule>;
  /**
   * Sends the form: `changed` lists the fields that differ from what was read (an update sends
   * only those), or is null for a new entry (which sends everything).
   */
  save: (
    values: FormValues,
    changed: string[] | null,
    etag: string | null,
  ) => Promise<Versioned<T>>;
  /** The values of an entry as the API returns it, to compare a 412's version with. */
  toForm: (entity: unknown) => FormValues;
  onSaved: (saved: Versioned<T>) => void;
}

/**
 * The life of an editing form: values and what was read, checks before sending, per-field
 * errors from either side with a summary, and a 412 turned into a {@link Conflict} that can be
 * resolved by reapplying the user's changes on the version stored now. Nothing the user typed
 * is thrown away without them choosing so.
 */
export function useEntityForm<T>(options: EntityFormOptions<T>) {
  const { t, language } = useI18n();
  const [values, setValues] = useState<FormValues>(options.initial);
  const [base, setBase] = useState<FormValues>(options.initial);
  const [etag, setEtag] = useState<string | null>(options.etag);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [nothingChanged, setNothingChanged] = useState(false);
  const [saved, setSaved] = useState(false);
  const busy = useRef(false);
  // Where focus goes once React has drawn what the last attempt found (an error, a conflict).
  const [focusRequest, setFocusRequest] = useState<{ id: string; at: number } | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const element = document.getElementById(focusRequest.id);
    if (element?.tagName === 'SECTION') element.focus();
    else focusField(focusRequest.id);
  }, [focusRequest]);

  const isNew = options.etag === null;
  const changed = changedFields(values, base);
  const dirty =
    !saved && (isNew ? changedFields(values, options.initial).length > 0 : changed.length > 0);

  function set(name: string, value: FormValue) {
    setValues((current) => ({ ...current, [name]: value }));
    setNothingChanged(false);
  }

  function field(name: string) {
    return { id: fieldId(options.formId, name), error: errors[name], label: labelOf(name) };
  }

  function textValue(name: string): string {
    const value = values[name];
    return typeof value === 'string' ? value : '';
  }

  function labelOf(name: string): string {
    return options.rules(values)[name]?.label ?? name;
  }

  function showErrors(found: FieldErrors) {
    setErrors(found);
    const rules = options.rules(values);
    const order = Object.keys(rules);
    const names = Object.keys(found).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    setSummary(
      names.map((name) => ({
        id: fieldId(options.formId, name),
        label: labelOf(name),
        message: found[name] ?? '',
      })),
    );
    const [first] = names;
    if (first) setFocusRequest({ id: fieldId(options.formId, first), at: Date.now() });
  }

  async function send(sendValues: FormValues, sendBase: FormValues, sendEtag: string | null) {
    if (busy.current) return;
    const found = validate(sendValues, options.rules(sendValues), t);
    setFailure(null);
    setNothingChanged(false);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    const fields = isNew ? null : changedFields(sendValues, sendBase);
    if (fields && fields.length === 0) {
      setErrors({});
      setSummary([]);
      setNothingChanged(true);
      return;
    }
    busy.current = true;
    setSubmitting(true);
    try {
      const result = await options.save(sendValues, fields, sendEtag);
      setErrors({});
      setSummary([]);
      setConflict(null);
      setSaved(true);
      options.onSaved(result);
    } catch (error) {
      const stale = staleVersionOf<unknown>(error);
      if (stale) {
        setErrors({});
        setSummary([]);
        setConflict({
          theirs: options.toForm(stale.data),
          theirsEtag: stale.etag,
          base: sendBase,
          mine: sendValues,
        });
        setFocusRequest({ id: `${options.formId}-conflict`, at: Date.now() });
      } else if (isApiError(error) && Object.keys(error.fieldMessages('field')).length > 0) {
        // The API's own words per field (`topicIds.2` counts for `topicIds`), said in Swedish.
        const messages = error.fieldMessages('field');
        const rules = options.rules(sendValues);
        const onForm: FieldErrors = {};
        for (const [name, message] of Object.entries(messages)) {
          if (rules[name]) onForm[name] = serverFieldMessage(message, labelOf(name), t, language);
        }
        if (Object.keys(onForm).length > 0) showErrors(onForm);
        else setFailure(error);
        if (Object.keys(onForm).length < Object.keys(messages).length) setFailure(error);
      } else {
        setFailure(error);
      }
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(values, base, etag);
  }

  /**
   * One click: the user's changes, laid over the version stored now, sent with its ETag. Fields
   * only the other person changed keep their new value.
   */
  function reapply() {
    if (!conflict) return;
    const mine = changedFields(conflict.mine, conflict.base);
    const next = { ...conflict.theirs };
    for (const name of mine) next[name] = conflict.mine[name] ?? next[name] ?? '';
    setBase(conflict.theirs);
    setEtag(conflict.theirsEtag);
    setValues(next);
    void send(next, conflict.theirs, conflict.theirsEtag);
  }

  /** Drops the user's changes and shows the version stored now. */
  function discardMine() {
    if (!conflict) return;
    setBase(conflict.theirs);
    setValues(conflict.theirs);
    setEtag(conflict.theirsEtag);
    setConflict(null);
  }

  return {
    formId: options.formId,
    values,
    base,
    etag,
    /** After archiving or restoring the entry elsewhere on the page its version moved on. */
    setEtag,
    set,
    errors,
    summary,
    failure,
    nothingChanged,
    conflict,
    submitting,
    dirty,
    changed,
    onSubmit,
    reapply,
    discardMine,
    focus: (id: string) => focusField(id),
    /** Props for a field: its id, label and error. */
    field,
    /** A text value as typed ('' for none). */
    textValue,
    /** The ids chosen in a list field. */
    listValue: (name: string): string[] => {
      const value = values[name];
      return Array.isArray(value) ? value : [];
    },
    /** Props for a text box: the field's props, its text and its change handler. */
    textField: (name: string) => ({
      ...field(name),
      value: textValue(name),
      onChange: (value: string) => set(name, value),
    }),
  };
}

export type EntityForm = ReturnType<typeof useEntityForm>;
