import { ErrorMessage } from '../shared/error-message';
import { OpenIcon } from '../shared/icons';

interface MissingFileProps {
  title: string;
  file: string;
  /** A file the analyst chose that is not this document. */
  mismatch: string | undefined;
  relocating: boolean;
  onRelocate(): void;
}

/** A shelved PDF that is not where it was: where it was looked for, and a way to find it again. */
export function MissingFile({ title, file, mismatch, relocating, onRelocate }: MissingFileProps) {
  return (
    <div className="reader-missing">
      <div className="reader-missing-card" role="alert">
        <p className="empty-state-title">“{title}” was not found</p>
        <p className="reader-missing-text">
          Not found at <code className="file-path">{file}</code>. It may have been moved, renamed or deleted, or be on a drive that is not
          connected.
        </p>
        <button type="button" className="button button-primary" onClick={onRelocate} disabled={relocating}>
          <OpenIcon />
          Relocate…
        </button>
      </div>
      {mismatch && (
        <ErrorMessage
          className="reader-mismatch"
          title="That is a different document"
          error={{
            code: 'not-found',
            message: `${mismatch} does not have the same contents as the PDF on the shelf, so it was not used.`,
            hint: 'Choose the moved or renamed copy of this PDF.',
          }}
        />
      )}
    </div>
  );
}
