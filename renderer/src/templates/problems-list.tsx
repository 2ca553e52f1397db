import type { TemplateProblem } from '../../../main/api';
import { plural } from '../shared/format';

interface ProblemsListProps {
  problems: TemplateProblem[];
  /** Puts the cursor at the problem in the editor. */
  onJump(problem: TemplateProblem): void;
}

/** Everything the checker found, in file order; a click goes to the place. */
export function ProblemsList({ problems, onJump }: ProblemsListProps) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section className="problems" aria-label="Problems">
      <header className="problems-header">
        <h3 className="section-label">Problems</h3>
        <span className={`problems-summary${errors ? ' has-errors' : ''}`} role="status">
          {problems.length === 0 ? 'No problems' : [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(', ')}
        </span>
      </header>
      {problems.length > 0 && (
        <ul className="problems-list">
          {problems.map((problem) => (
            <li key={`${problem.line}:${problem.column}:${problem.message}`}>
              <button type="button" className={`problem problem-${problem.severity}`} onClick={() => onJump(problem)}>
                <span className="problem-place">
                  {problem.line}:{problem.column}
                </span>
                <span className="problem-message">{problem.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
