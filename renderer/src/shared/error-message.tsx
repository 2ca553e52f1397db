import type { ApiErrorInfo } from '../../../main/api';
import { AlertIcon } from './icons';

interface ErrorMessageProps {
  title: string;
  error: ApiErrorInfo;
  className?: string;
}

/** A failure as the analyst needs it: what went wrong, and what to do about it. */
export function ErrorMessage({ title, error, className = '' }: ErrorMessageProps) {
  return (
    <div className={`error-message ${className}`} role="alert">
      <AlertIcon />
      <div>
        <p className="error-title">{title}</p>
        <p className="error-text">{error.message}</p>
        {error.issues && error.issues.length > 0 && (
          <ul className="error-issues">
            {error.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        )}
        {error.hint && <p className="error-hint">{error.hint}</p>}
      </div>
    </div>
  );
}
