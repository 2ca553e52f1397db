import type { Content, Style } from 'pdfmake';

/** Prefix of the style names this module adds to a style sheet. */
const MERGED_PREFIX = 'bb-merged-';

/**
 * Replaces every list of style names in `content` with one style name, registered in `styles`,
 * whose properties are what pdfmake would have found walking the list.
 *
 * Why: html-to-pdfmake gives every node the class names of all its ancestors
 * (`['html-div', 'record', 'html-blockquote', 'html-p']`), and pdfmake looks up each text
 * property of each inline by walking every name of every node up the tree, allocating as it
 * goes. In a 100-page book that walk was the largest single cost of layout. After merging, each
 * node contributes one name, or none when no name in its list has a style.
 *
 * Exact: within a list a later name wins, as in pdfmake, and a property that is null or
 * undefined in a style is passed over, as in pdfmake. Lists naming a style that `extends`
 * another are left alone (pdfmake resolves those itself; Briefbook's style sheet has none).
 * Mutates `content` and `styles`.
 */
export function mergeStyleLists(content: Content, styles: Record<string, Style>): void {
  const mergedNames = new Map<string, string | undefined>();
  const nameFor = (list: readonly unknown[]): string | undefined | false => {
    if (!list.every((name): name is string => typeof name === 'string')) return false;
    if (list.some((name) => Object.hasOwn(styles, name) && 'extends' in styles[name]!)) return false;
    const key = list.join('\n');
    if (!mergedNames.has(key)) mergedNames.set(key, register(mergeStyles(list, styles), styles));
    return mergedNames.get(key);
  };
  visit(content, (node) => {
    if (!Array.isArray(node.style)) return;
    const name = nameFor(node.style);
    if (name === false) return;
    if (name === undefined) delete node.style;
    else node.style = name;
  });
}

/** The properties pdfmake would resolve from `names`: later names win, null and undefined values do not count. */
function mergeStyles(names: readonly string[], styles: Record<string, Style>): Style {
  const merged: Record<string, unknown> = {};
  for (const name of names) {
    const style = Object.hasOwn(styles, name) ? (styles[name] as Record<string, unknown>) : undefined;
    for (const [property, value] of Object.entries(style ?? {})) {
      if (value !== null && value !== undefined) merged[property] = value;
    }
  }
  return merged as Style;
}

/** Adds `style` to the style sheet under a new name; undefined for an empty style, which needs no name. */
function register(style: Style, styles: Record<string, Style>): string | undefined {
  if (Object.keys(style).length === 0) return undefined;
  let name: string;
  for (let n = 1; Object.hasOwn(styles, (name = `${MERGED_PREFIX}${n}`)); n++);
  styles[name] = style;
  return name;
}

/** Calls `visit` on every object node of a pdfmake content tree (tables, columns, lists, toc titles included). */
function visit(node: unknown, onNode: (node: { style?: unknown }) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, onNode);
    return;
  }
  if (!node || typeof node !== 'object') return;
  onNode(node as { style?: unknown });
  for (const value of Object.values(node)) {
    if (value && typeof value === 'object') visit(value, onNode);
  }
}
