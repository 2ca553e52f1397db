import type { TemplateProblem } from './template-problem';

/**
 * How many `{{#each}}` blocks may nest. Every level repeats what is inside it once per item:
 * three levels over a briefing of 50 records already repeat the innermost block 125,000 times,
 * and six held an export for five minutes until it ran out of memory.
 */
export const MAX_LOOP_NESTING = 3;

/**
 * An error at every `{{#each}}` that stands inside `MAX_LOOP_NESTING` others (in one file:
 * loops in partials are counted where the partial is checked on its own). The tree is walked
 * with a stack of its own, so a template nesting blocks deeply is checked without overflowing.
 */
export function checkLoopNesting(ast: hbs.AST.Program, lineOffset: number): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const stack: { program: hbs.AST.Program; loops: number }[] = [{ program: ast, loops: 0 }];
  while (stack.length) {
    const { program, loops } = stack.pop()!;
    for (const statement of program.body) {
      if (statement.type !== 'BlockStatement') continue;
      const block = statement as hbs.AST.BlockStatement;
      const isLoop = block.path.type === 'PathExpression' && (block.path as hbs.AST.PathExpression).original === 'each';
      if (isLoop && loops === MAX_LOOP_NESTING) {
        problems.push({
          line: block.loc.start.line + lineOffset,
          column: block.loc.start.column + 1,
          message: `{{#each}} inside ${MAX_LOOP_NESTING} other {{#each}} blocks: every level repeats everything inside it once per item, so the briefing would be far too long to lay out; use at most ${MAX_LOOP_NESTING} levels`,
          severity: 'error',
        });
      }
      const inner = loops + (isLoop ? 1 : 0);
      if (block.program) stack.push({ program: block.program, loops: inner });
      if (block.inverse) stack.push({ program: block.inverse, loops });
    }
  }
  return problems;
}
