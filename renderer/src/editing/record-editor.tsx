import { useId, useMemo, useState, type FormEvent } from 'react';
import type { RecordItem, RecordWithSource, Source, SourceSummary, Topic } from '../../../main/api';
import { NewRecord, RecordFields } from '../../../main/core/editing/forms';
import { locatePassage } from '../../../main/core/editing/locate-passage';
import { call } from '../api';
import { ErrorMessage } from '../shared/error-message';
import { sourceLabel } from '../shared/source-label';
import { Field } from '../shared/forms/field';
import { problemsFromFailure, problemsFromZod, type FormProblems } from '../shared/forms/field-errors';
import { useLibraryChanged } from '../shared/library-revision';
import { PassagePicker, type Passage } from '../shared/forms/passage-picker';
import { RECORD_FORM_FIELDS, recordFieldsInput, recordFormValues, type RecordFormValues } from './record-form';
import { TopicPicker } from '../shared/forms/topic-picker';
import { useRequestEffect } from '../shared/use-request-effect';

const KINDS: { value: RecordItem['kind']; label: string }[] = [
  { value: 'recommendation', label: 'Recommendation' },
  { value: 'proposal', label: 'Proposal' },
  { value: 'finding', label: 'Finding' },
  { value: 'concern', label: 'Concern' },
];

interface RecordEditorProps {
  /** The record to edit, with its source; undefined to add a new record. */
  editing: RecordWithSource | undefined;
  /** For a new record: the sources to draw it from, and the one to start with. */
  sources: readonly SourceSummary[];
  initialSourceId?: string;
  topics: readonly Topic[];
  onSaved(record: RecordItem): void;
  onCancel(): void;
}

/**
 * The record form: what the record says (summary, kind, speaker, topics...) and, beside the whole
 * source text, the passage it stands on. The passage is selected in the text or typed; either way
 * it is saved only as the source's exact words at an exact place.
 */
export function RecordEditor({ editing, sources, initialSourceId, topics, onSaved, onCancel }: RecordEditorProps) {
  const [values, setValues] = useState<RecordFormValues>(() => recordFormValues(editing?.record));
  const [sourceId, setSourceId] = useState(editing?.source.id ?? initialSourceId ?? sources[0]?.id ?? '');
  const [problems, setProblems] = useState<FormProblems>({ fields: {} });
  const [saving, setSaving] = useState(false);
  const source = useSourceText(editing?.source, sourceId);
  const changed = useLibraryChanged();
  const formId = useId();
  const errors = problems.fields;

  // A typed passage is looked up as the analyst types, with the same lookup main uses.
  const typed = useMemo(() => (source && !values.location ? locatePassage(source.text, values.statement) : undefined), [source, values]);
  const shown: Passage | undefined = values.location ?? (typed && 'found' in typed ? typed.found : undefined);

  const set = <K extends keyof RecordFormValues>(key: K, value: RecordFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const pick = (passage: Passage) => {
    if (!source) return;
    setValues((v) => ({ ...v, statement: source.text.slice(passage.start, passage.end), location: passage }));
    setProblems(({ fields: { statement: _statement, ...rest }, form }) => ({ fields: rest, ...(form ? { form } : {}) }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    // A typed passage that was found is sent as the source's own words at their place.
    const passage = shown && source ? { statement: source.text.slice(shown.start, shown.end), location: shown } : {};
    const fields = { ...recordFieldsInput(values), ...passage };
    const check = editing ? RecordFields.safeParse(fields) : NewRecord.safeParse({ ...fields, sourceId });
    if (!check.success) return setProblems(problemsFromZod(check.error));
    setSaving(true);
    try {
      const saved = editing
        ? await call('updateRecord', { id: editing.record.id, fields })
        : await call('addRecord', { ...fields, sourceId });
      changed();
      onSaved(saved);
    } catch (error) {
      setProblems(problemsFromFailure(error, RECORD_FORM_FIELDS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="record-editor" aria-label={editing ? 'Edit record' : 'New record'}>
      <header className="pane-header editor-header">
        <h2 className="pane-title">{editing ? 'Edit record' : 'New record'}</h2>
        {editing && <span className="muted">{editing.record.id}</span>}
        <span className="spacer" />
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" form={formId} className="button button-primary" disabled={saving}>
          {editing ? 'Save record' : 'Add record'}
        </button>
      </header>

      <form id={formId} className="record-editor-form" onSubmit={save} noValidate>
        {problems.form && <ErrorMessage className="form-error" title="The record was not saved" error={problems.form} />}
        <div className="form-grid">
          {!editing && (
            <Field label="Source" error={errors.sourceId} className="field-wide">
              {(control) => (
                <select {...control} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
                  {sources.map((s) => (
                    <option key={s.id} value={s.id}>
                      {sourceLabel(s)}: {s.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label="Summary" error={errors.summary} hint="The point of the passage, in your words" className="field-wide">
            {(control) => <textarea {...control} rows={2} value={values.summary} onChange={(e) => set('summary', e.target.value)} />}
          </Field>
          <Field
            label="Passage"
            error={errors.statement}
            hint={passageHint(values, typed)}
            className="field-wide"
          >
            {(control) => (
              <textarea
                {...control}
                className="statement-input"
                rows={3}
                lang={source?.language}
                value={values.statement}
                onChange={(e) => setValues((v) => ({ ...v, statement: e.target.value, location: undefined }))}
              />
            )}
          </Field>
          <Field label="Kind" error={errors.kind}>
            {(control) => (
              <select {...control} value={values.kind} onChange={(e) => set('kind', e.target.value as RecordItem['kind'])}>
                {KINDS.map((kind) => (
                  <option key={kind.value} value={kind.value}>
                    {kind.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Speaker" error={errors.speaker} hint="Whose view it is">
            {(control) => <input type="text" {...control} value={values.speaker} onChange={(e) => set('speaker', e.target.value)} />}
          </Field>
          <Field label="Topics" error={errors.topics} className="field-wide">
            {(control) => <TopicPicker {...control} topics={topics} selected={values.topics} onChange={(t) => set('topics', t)} />}
          </Field>
          <Field label="Section" error={errors.section} hint="The heading the passage stands under">
            {(control) => <input type="text" {...control} value={values.section} onChange={(e) => set('section', e.target.value)} />}
          </Field>
          <Field label="Addressees" error={errors.addressees} hint="Separate with semicolons">
            {(control) => <input type="text" {...control} value={values.addressees} onChange={(e) => set('addressees', e.target.value)} />}
          </Field>
          <Field label="Tags" error={errors.tags} hint="Separate with commas" className="field-wide">
            {(control) => <input type="text" {...control} value={values.tags} onChange={(e) => set('tags', e.target.value)} />}
          </Field>
          <label className="field field-wide">
            <span>
              <input type="checkbox" checked={values.key} onChange={(e) => set('key', e.target.checked)} /> Key record (a one-page brief leads with key records)
            </span>
          </label>
        </div>
      </form>

      {source ? <PassagePicker source={source} passage={shown} onPick={pick} /> : <p className="muted passage-loading">Loading the source text…</p>}
    </section>
  );
}

/** Where the passage stands, in words: selected, found as typed, or not found. */
function passageHint(values: RecordFormValues, typed: ReturnType<typeof locatePassage> | undefined): string {
  const at = (p: Passage) => `characters ${p.start.toLocaleString('en-GB')}–${p.end.toLocaleString('en-GB')}`;
  if (values.location) return `Selected in the source text: ${at(values.location)}. Select other words below to change it.`;
  if (!typed || !values.statement.trim()) return 'Select the words in the source text below, then Use selection; or type them as the source has them.';
  if ('found' in typed) return `Found in the source text: ${at(typed.found)}.`;
  return typed.problem === 'ambiguous'
    ? `These words occur ${typed.count} times in the source text: select the passage you mean below.`
    : 'These words are not in the source text as typed: select the passage below instead.';
}

/** The full text of the record's source: the one given, or the chosen source loaded from main. */
function useSourceText(given: Source | undefined, sourceId: string): Source | undefined {
  const [loaded, setLoaded] = useState<Source>();
  useRequestEffect(() => (given || !sourceId ? undefined : call('getSource', { id: sourceId })), [given, sourceId], {
    onResult: setLoaded,
    onError: () => setLoaded(undefined),
  });
  return given ?? (loaded?.id === sourceId ? loaded : undefined);
}
