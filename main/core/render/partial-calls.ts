/** A `{{> name}}` with a name fixed in the source, and where it is (1-based line, 0-based column). */
export interface PartialCall {
  name: string;
  lineNumber: number;
  column: number;
}

/**
 * Lists the partials a parsed template calls by a fixed name, and the inline partials it
 * defines (`{{#*inline "name"}}`), so a call to a partial that does not exist is reported at
 * load time, at its position. Handlebars itself only notices at render time, without one.
 *
 * Dynamic names (`{{> (lookup …)}}`), `@partial-block`, and partial blocks (`{{#> name}}…`,
 * whose body is the fallback) are left alone.
 */
export function findPartialCalls(ast: hbs.AST.Program): { calls: PartialCall[]; inlineNames: string[] } {
  const calls: PartialCall[] = [];
  const inlineNames: string[] = [];
  walk(ast, (node) => {
    if (node.type === 'PartialStatement') {
      const name = staticName((node as hbs.AST.PartialStatement).name);
      if (name && !name.startsWith('@')) calls.push({ name, lineNumber: node.loc.start.line, column: node.loc.start.column });
    } else if (node.type === 'DecoratorBlock') {
      const block = node as hbs.AST.DecoratorBlock;
      const [first] = block.params;
      if (block.path.original === 'inline' && first?.type === 'StringLiteral') inlineNames.push((first as hbs.AST.StringLiteral).value);
    }
  });
  return { calls, inlineNames };
}

function staticName(name: hbs.AST.PathExpression | hbs.AST.SubExpression): string | undefined {
  if (name.type === 'PathExpression') return (name as hbs.AST.PathExpression).original;
  const literal = name as unknown as { type: string; value?: unknown };
  return literal.type === 'StringLiteral' || literal.type === 'NumberLiteral' ? String(literal.value) : undefined;
}

/** Visits every AST node; nodes are the objects with a `type`, nested anywhere in their parent. */
function walk(node: unknown, visit: (node: hbs.AST.Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
  } else if (node && typeof node === 'object') {
    if (typeof (node as { type?: unknown }).type === 'string') visit(node as hbs.AST.Node);
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') walk(value, visit);
  }
}
