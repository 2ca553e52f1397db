import { useId, type ReactNode } from 'react';

/** What a field's control needs to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  /** What is wrong with the value, shown under the control. */
  error?: string;
  /** A quiet line of help under the control, until there is an error. */
  hint?: string;
  className?: string;
  children(control: FieldControlProps): ReactNode;
}

/** A labelled form control with its error right under it, tied together for screen readers. */
export function Field({ label, error, hint, className = '', children }: FieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ?? hint;
  return (
    <div className={`field ${error ? 'has-error' : ''} ${className}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': note ? noteId : undefined })}
      {note && (
        <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
          {note}
        </p>
      )}
    </div>
  );
}
