import { useState, type FormEvent } from 'react';
import type { ImportDraftView } from '../../../main/api';
import { SourceFields } from '../../../main/core/editing/forms';
import { ErrorMessage } from '../shared/error-message';
import { problemsFromFailure, problemsFromZod, type FormProblems } from '../shared/forms/field-errors';
import { SOURCE_FORM_FIELDS, SourceForm, sourceFieldsInput, sourceFormValues, type SourceFormValues } from '../shared/forms/source-form';
import type { ImportReview } from './use-import';

/** How much of the document the step shows beside the form, to check the details against. */
const OPENING_LENGTH = 3000;

interface SourceStepProps {
  draft: ImportDraftView;
  review: Pick<ImportReview, 'confirmSource'>;
  /** The id of the form, for the sheet's footer button that submits it. */
  formId: string;
  onConfirmed(): void;
}

/**
 * The first step of an import: the details Briefbook proposes from the document, for the analyst
 * to correct and confirm, beside the opening of the document itself. Details the document did
 * not give are marked; an unknown publisher is left blank rather than guessed.
 */
export function SourceStep({ draft, review, formId, onConfirmed }: SourceStepProps) {
  const [values, setValues] = useState<SourceFormValues>(() => {
    const proposed = sourceFormValues(draft.source);
    return draft.missing.includes('publisher') ? { ...proposed, publisher: '' } : proposed;
  });
  const [problems, setProblems] = useState<FormProblems>({ fields: {} });

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const fields = sourceFieldsInput(values);
    const check = SourceFields.safeParse(fields);
    if (!check.success) return setProblems(problemsFromZod(check.error));
    try {
      await review.confirmSource(fields);
      onConfirmed();
    } catch (error) {
      setProblems(problemsFromFailure(error, SOURCE_FORM_FIELDS));
    }
  };

  const opening = draft.source.text.slice(0, OPENING_LENGTH);
  return (
    <div className="import-source-step">
      <form id={formId} className="import-source-form" onSubmit={confirm} noValidate aria-label="Source details">
        <p className="step-intro">
          Check the details Briefbook found in <strong>{draft.fileName}</strong>. They are cited in every briefing that quotes this
          source; nothing is saved until you add the reviewed records to the library.
        </p>
        {problems.form && <ErrorMessage className="form-error" title="The details were not accepted" error={problems.form} />}
        <SourceForm values={values} errors={problems.fields} onChange={setValues} unconfirmed={draft.missing} />
      </form>
      <section className="import-document-opening" aria-label="Opening of the document">
        <h3 className="section-label">The document</h3>
        <div className="provenance-text" lang={draft.source.language} tabIndex={0}>
          {opening}
          {draft.source.text.length > opening.length && <span className="muted">{'\n\n'}…</span>}
        </div>
      </section>
    </div>
  );
}
