/**
 * One problem the template checker found, located in the template file.
 *
 * Lines and columns are 1-based and count from the top of the file, front matter included,
 * like {@link TemplateError}'s. `end` marks where the offending text ends (an editor underlines
 * from the start to it); it is absent when only the start is known.
 */
export interface TemplateProblem {
  line: number;
  column: number;
  end?: { line: number; column: number };
  message: string;
  /** Errors stop the template from being saved or used; warnings are advice. */
  severity: 'error' | 'warning';
}

/** Problems in file order, each reported once. */
export function sortProblems(problems: readonly TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((problem) => {
      const key = `${problem.line}:${problem.column}:${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** `file:line:col: message`, with `warning: ` before a warning's message, as compilers print. */
export function formatProblem(file: string, problem: TemplateProblem): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}
