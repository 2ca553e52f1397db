import { useMemo, useState, type FormEvent } from 'react';
import type { RecordItem, Topic } from '../../../main/api';
import { CandidateFields } from '../../../main/core/editing/forms';
import { locatePassage } from '../../../main/core/editing/locate-passage';
import { Field } from '../shared/forms/field';
import { problemsFromFailure, problemsFromZod, type FormProblems } from '../shared/forms/field-errors';
import { TopicPicker } from '../shared/forms/topic-picker';
import { ErrorMessage } from '../shared/error-message';
import { CANDIDATE_FORM_FIELDS, type CandidateFormValues } from './candidate-form';
import { NewTopicField } from './new-topic-field';

const KINDS: RecordItem['kind'][] = ['recommendation', 'proposal', 'finding', 'concern'];

interface CandidateEditorProps {
  values: CandidateFormValues;
  onChange(values: CandidateFormValues): void;
  sourceText: string;
  language: string;
  topics: readonly Topic[];
  onSave(values: CandidateFormValues): Promise<void>;
  onCancel(): void;
}

/**
 * A candidate's fields, to correct before accepting it. Its passage is selected in the source
 * text beside it (the review sheet passes the selection in through `values`), or typed.
 */
export function CandidateEditor({ values, onChange, sourceText, language, topics, onSave, onCancel }: CandidateEditorProps) {
  const [problems, setProblems] = useState<FormProblems>({ fields: {} });
  const set = <K extends keyof CandidateFormValues>(key: K, value: CandidateFormValues[K]) => onChange({ ...values, [key]: value });
  const typed = useMemo(() => (values.location ? undefined : locatePassage(sourceText, values.statement)), [sourceText, values]);
  const errors = problems.fields;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    // A typed passage that was found is saved as the source's own words at their place.
    const found = typed && 'found' in typed ? typed.found : undefined;
    const fields = found ? { ...values, statement: sourceText.slice(found.start, found.end), location: found } : values;
    const check = CandidateFields.safeParse(fields);
    if (!check.success) return setProblems(problemsFromZod(check.error));
    try {
      await onSave(fields);
    } catch (error) {
      setProblems(problemsFromFailure(error, CANDIDATE_FORM_FIELDS));
    }
  };

  return (
    <form className="candidate-editor" onSubmit={save} noValidate aria-label="Edit candidate">
      {problems.form && <ErrorMessage className="form-error" title="The candidate was not changed" error={problems.form} />}
      <Field label="Summary" error={errors.summary}>
        {(control) => <textarea {...control} rows={2} value={values.summary} onChange={(e) => set('summary', e.target.value)} />}
      </Field>
      <Field
        label="Passage"
        error={errors.statement}
        hint={
          values.location
            ? 'Select other words in the source text to change the passage.'
            : typed && 'found' in typed
              ? 'Found in the source text.'
              : 'Not in the source text as typed: select the passage in the text instead.'
        }
      >
        {(control) => (
          <textarea
            {...control}
            className="statement-input"
            rows={3}
            lang={language}
            value={values.statement}
            onChange={(e) => onChange({ ...values, statement: e.target.value, location: undefined })}
          />
        )}
      </Field>
      <div className="form-grid">
        <Field label="Kind" error={errors.kind}>
          {(control) => (
            <select {...control} value={values.kind} onChange={(e) => set('kind', e.target.value as RecordItem['kind'])}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind[0]!.toUpperCase() + kind.slice(1)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Speaker" error={errors.speaker}>
          {(control) => <input type="text" {...control} value={values.speaker} onChange={(e) => set('speaker', e.target.value)} />}
        </Field>
        <Field label="Section" error={errors.section} className="field-wide">
          {(control) => <input type="text" {...control} value={values.section} onChange={(e) => set('section', e.target.value)} />}
        </Field>
      </div>
      <Field label="Topics" error={errors.topics}>
        {(control) => <TopicPicker {...control} topics={topics} selected={values.topics} onChange={(t) => set('topics', t)} />}
      </Field>
      <NewTopicField onAdded={(topic) => set('topics', [...values.topics, topic.id])} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          Save and accept
        </button>
      </div>
    </form>
  );
}
