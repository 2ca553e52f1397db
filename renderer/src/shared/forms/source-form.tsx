import type { Source } from '../../../../main/api';
import type { SourceFieldsInput } from '../../../../main/core/editing/forms';
import { Field } from './field';
import type { FieldErrors } from './field-errors';

/** A source's details as the form holds them: text in every field. */
export interface SourceFormValues {
  title: string;
  publisher: string;
  container: string;
  /** Names separated by semicolons. */
  authors: string;
  date: string;
  url: string;
  kind: Source['kind'];
  language: string;
  dialogue: string;
  track: Source['track'];
}

/** The form's fields, in the order they are shown (also the fields main's problems may be placed on). */
export const SOURCE_FORM_FIELDS = ['title', 'publisher', 'container', 'authors', 'date', 'url', 'kind', 'language', 'dialogue', 'track'] as const;

const KINDS: { value: Source['kind']; label: string }[] = [
  { value: 'joint-statement', label: 'Joint statement' },
  { value: 'commentary', label: 'Commentary' },
  { value: 'report', label: 'Report' },
  { value: 'article', label: 'Article' },
  { value: 'transcript', label: 'Transcript' },
  { value: 'other', label: 'Other' },
];

const TRACKS: { value: Source['track']; label: string }[] = [
  { value: '', label: 'Not stated' },
  { value: '1', label: 'Track 1' },
  { value: '1.5', label: 'Track 1.5' },
  { value: '2', label: 'Track 2' },
];

/** The form's values for `source`, or for a new source when there is none. */
export function sourceFormValues(source?: Omit<Source, 'id' | 'text'>): SourceFormValues {
  return {
    title: source?.title ?? '',
    publisher: source?.publisher ?? '',
    container: source?.container ?? '',
    authors: source?.authors.join('; ') ?? '',
    date: source?.date ?? '',
    url: source?.url ?? '',
    kind: source?.kind ?? 'article',
    language: source?.language ?? 'en',
    dialogue: source?.dialogue ?? '',
    track: source?.track ?? '',
  };
}

/** What the form says, as the `SourceFields` schema reads it. */
export function sourceFieldsInput(values: SourceFormValues): SourceFieldsInput {
  return { ...values, authors: values.authors.split(/[;\n]/) };
}

interface SourceFormProps {
  values: SourceFormValues;
  errors: FieldErrors;
  onChange(values: SourceFormValues): void;
  /** Fields the document did not give: marked so the analyst checks them. */
  unconfirmed?: readonly string[];
}

/** The bibliographic details of a source, as cited in every briefing that quotes it. */
export function SourceForm({ values, errors, onChange, unconfirmed = [] }: SourceFormProps) {
  const set = <K extends keyof SourceFormValues>(key: K) => (value: SourceFormValues[K]) => onChange({ ...values, [key]: value });
  const check = (field: string) => (unconfirmed.includes(field) ? 'Not found in the document: please fill in.' : undefined);

  return (
    <div className="form-grid">
      <Field label="Title" error={errors.title} hint={check('title')} className="field-wide">
        {(control) => <input type="text" {...control} value={values.title} onChange={(e) => set('title')(e.target.value)} />}
      </Field>
      <Field label="Publisher" error={errors.publisher} hint={check('publisher')}>
        {(control) => <input type="text" {...control} value={values.publisher} onChange={(e) => set('publisher')(e.target.value)} />}
      </Field>
      <Field label="Series or outlet" error={errors.container} hint="Optional, e.g. a blog or “Commentary”">
        {(control) => <input type="text" {...control} value={values.container} onChange={(e) => set('container')(e.target.value)} />}
      </Field>
      <Field label="Authors" error={errors.authors} hint="Separate names with semicolons">
        {(control) => <input type="text" {...control} value={values.authors} onChange={(e) => set('authors')(e.target.value)} />}
      </Field>
      <Field label="Date" error={errors.date} hint={check('date')}>
        {(control) => <input type="date" {...control} value={values.date} onChange={(e) => set('date')(e.target.value)} />}
      </Field>
      <Field label="Kind" error={errors.kind}>
        {(control) => (
          <select {...control} value={values.kind} onChange={(e) => set('kind')(e.target.value as Source['kind'])}>
            {KINDS.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Language" error={errors.language} hint="A code such as en or ru">
        {(control) => <input type="text" {...control} value={values.language} onChange={(e) => set('language')(e.target.value)} />}
      </Field>
      <Field label="Dialogue or forum" error={errors.dialogue} hint="e.g. Elbe Group">
        {(control) => <input type="text" {...control} value={values.dialogue} onChange={(e) => set('dialogue')(e.target.value)} />}
      </Field>
      <Field label="Track" error={errors.track}>
        {(control) => (
          <select {...control} value={values.track} onChange={(e) => set('track')(e.target.value as Source['track'])}>
            {TRACKS.map((track) => (
              <option key={track.value} value={track.value}>
                {track.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Web address" error={errors.url} className="field-wide">
        {(control) => <input type="text" inputMode="url" {...control} value={values.url} onChange={(e) => set('url')(e.target.value)} />}
      </Field>
    </div>
  );
}
