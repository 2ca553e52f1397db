import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { TemplateProblem } from '../../../main/api';

/** The document offset of a 1-based line and column, kept inside the document. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(at.from + Math.max(column - 1, 0), at.to);
}

/**
 * A problem as CodeMirror underlines it. Without an end from the checker, the underline runs
 * over the expression or word that starts there, so a one-character squiggle is never all
 * there is to see.
 */
export function diagnosticOf(doc: Text, problem: TemplateProblem): Diagnostic {
  const from = offsetOf(doc, problem.line, problem.column);
  let to = problem.end ? offsetOf(doc, problem.end.line, problem.end.column) : from;
  if (to <= from) {
    const rest = doc.sliceString(from, doc.lineAt(from).to);
    const word = /^\{\{[^}]*\}\}|^[^\s<>]+/.exec(rest)?.[0] ?? '';
    to = from + Math.max(word.length, 1);
  }
  return { from, to: Math.min(to, doc.length), severity: problem.severity, message: problem.message };
}
