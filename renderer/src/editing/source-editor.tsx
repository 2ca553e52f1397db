import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Source } from '../../../main/api';
import { NewSource, SourceChange } from '../../../main/core/editing/forms';
import { call } from '../api';
import { ErrorMessage } from '../shared/error-message';
import { Field } from '../shared/forms/field';
import { problemsFromFailure, problemsFromZod, type FormProblems } from '../shared/forms/field-errors';
import { useLibraryChanged } from '../shared/library-revision';
import { SOURCE_FORM_FIELDS, SourceForm, sourceFieldsInput, sourceFormValues, type SourceFormValues } from '../shared/forms/source-form';

interface SourceEditorProps {
  /** The source to edit; undefined to add one. */
  sourceId: string | undefined;
  onDone(source: Source | undefined): void;
}

/**
 * A source's details and full text. A new source's text is pasted here; an existing source's
 * text may be corrected, and its records then keep their passages (main finds each again, and
 * refuses a text that would lose one).
 */
export function SourceEditor({ sourceId, onDone }: SourceEditorProps) {
  const [values, setValues] = useState<SourceFormValues>(sourceFormValues());
  const [text, setText] = useState('');
  const [original, setOriginal] = useState<Source>();
  const [problems, setProblems] = useState<FormProblems>({ fields: {} });
  const [saving, setSaving] = useState(false);
  const changed = useLibraryChanged();
  const formId = useId();

  useEffect(() => {
    if (!sourceId) return;
    call('getSource', { id: sourceId }).then(
      (source) => {
        setOriginal(source);
        setValues(sourceFormValues(source));
        setText(source.text);
      },
      (error: unknown) => setProblems(problemsFromFailure(error, [])),
    );
  }, [sourceId]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const fields = sourceFieldsInput(values);
    const check = original ? SourceChange.safeParse({ ...fields, text }) : NewSource.safeParse({ ...fields, text });
    if (!check.success) return setProblems(problemsFromZod(check.error));
    setSaving(true);
    try {
      const saved = original
        ? await call('updateSource', { id: original.id, fields: { ...fields, ...(text !== original.text ? { text } : {}) } })
        : await call('addSource', { ...fields, text });
      changed();
      onDone(saved);
    } catch (error) {
      setProblems(problemsFromFailure(error, [...SOURCE_FORM_FIELDS, 'text']));
    } finally {
      setSaving(false);
    }
  };

  const loading = sourceId !== undefined && !original;
  return (
    <form id={formId} className="source-editor" onSubmit={save} noValidate aria-label={sourceId ? 'Edit source' : 'New source'}>
      {problems.form && <ErrorMessage className="form-error" title="The source was not saved" error={problems.form} />}
      {loading ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <SourceForm values={values} errors={problems.fields} onChange={setValues} />
          <Field
            label="Full text"
            error={problems.fields.text}
            hint={original ? 'Corrections keep every record’s passage: a change that would remove one is refused.' : 'Paste the whole text records will quote.'}
          >
            {(control) => <textarea {...control} className="source-text-input" rows={10} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => onDone(undefined)}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={saving || loading}>
          {original ? 'Save source' : 'Add source'}
        </button>
      </div>
    </form>
  );
}
