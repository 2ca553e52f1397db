import styleContextStackModule, { type StyleContextStack, type StyleContextStackClass, type StyleItem } from 'pdfmake/js/StyleContextStack.js';

/**
 * The class from the transpiled CommonJS module: Node gives an import its `module.exports`
 * (the class is `.default`), while bundlers and Vite honour `__esModule` and give the class.
 */
export const StyleStack: StyleContextStackClass = 'default' in styleContextStackModule ? styleContextStackModule.default : styleContextStackModule;

/** pdfmake's own lookups, kept for the tests that hold the replacements to them. */
export const pdfmakeStyleLookups = {
  getProperty: StyleStack.prototype.getProperty,
  getStyleProperty: StyleStack.getStyleProperty,
  push: StyleStack.prototype.push,
  pop: StyleStack.prototype.pop,
};

/** A stack with the answers it has given since its last push or pop. */
type CachingStack = StyleContextStack & { answers?: Map<string, unknown> };

let installed = false;

/**
 * Replaces pdfmake's style lookups with ones that give the same answers with far less work.
 *
 * pdfmake resolves some twenty text properties of every word (font, size, colour,
 * decoration…) through `getStyleProperty`, which pushes the word's styles and the word onto
 * the stack, calls back a closure, walks the whole stack with a new closure per call and a
 * new Set per named style (most properties are set nowhere, so the walk goes to the bottom),
 * and pops. In a book that was the largest single cost of laying out the text, and of the
 * garbage collections it caused.
 *
 * These do the same walk in the same order (the word's own properties, its styles from the
 * last, then the stack from the top, named styles through their `extends`, then the default
 * style) with plain loops and without touching the stack, and a stack remembers its answers
 * until the next push or pop: all the words of a paragraph are measured against one stack.
 * That relies on what pdfmake does: named styles and the nodes on a stack keep their style
 * properties while they are on it. pdfmake is pinned; the tests compare both lookups on
 * stacks, styles and nodes of every kind, and on whole documents.
 */
export function installStyleLookups(): void {
  if (installed) return;
  const { push, pop } = pdfmakeStyleLookups;
  Object.assign(StyleStack.prototype, {
    getProperty: rememberedProperty,
    push(this: CachingStack, item: StyleItem) {
      this.answers = undefined;
      push.call(this, item);
    },
    pop(this: CachingStack, howMany?: number) {
      this.answers = undefined;
      pop.call(this, howMany);
    },
  });
  StyleStack.getStyleProperty = getStyleProperty;
  installed = true;
}

function rememberedProperty(this: CachingStack, property: string): unknown {
  const answers = (this.answers ??= new Map());
  if (answers.has(property)) return answers.get(property);
  const value = getProperty.call(this, property);
  answers.set(property, value);
  return value;
}

const isValue = (value: unknown) => value !== undefined && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' || value instanceof String;

function getProperty(this: StyleContextStack, property: string): unknown {
  const overrides = this.styleOverrides;
  for (let i = overrides.length - 1; i >= 0; i--) {
    const value = propertyOf(this.styleDictionary, overrides[i]!, property);
    if (isValue(value)) return value;
  }
  return this.defaultStyle && this.defaultStyle[property];
}

function getStyleProperty(item: StyleItem, stack: StyleContextStack | undefined, property: string, defaultValue: unknown): unknown {
  const own = (item as Record<string, unknown>)[property];
  if (isValue(own)) return own;
  if (!stack) return defaultValue;
  let value: unknown;
  // What pdfmake's autopush would have put on top of the stack: the node's styles, then the
  // node itself (whose own property is already known to be missing). Strings and sections push nothing.
  if (!isString(item) && item.section === undefined && item.style) {
    const names = (Array.isArray(item.style) ? item.style : [item.style]) as StyleItem[];
    for (let i = names.length - 1; i >= 0 && !isValue(value); i--) value = propertyOf(stack.styleDictionary, names[i]!, property);
  }
  if (!isValue(value)) value = stack.getProperty(property);
  return isValue(value) ? value : defaultValue;
}

/** A property of a named style (through its `extends`) or of an overrides object. */
function propertyOf(styles: StyleContextStack['styleDictionary'], item: StyleItem, property: string): unknown {
  return isString(item) ? namedStyleProperty(styles, item as string, property, undefined) : item[property];
}

/** `visited` guards against `extends` cycles, as pdfmake's does; it is only made for a style that extends another. */
function namedStyleProperty(styles: StyleContextStack['styleDictionary'], name: string, property: string, visited: Set<string> | undefined): unknown {
  if (visited) {
    if (visited.has(name)) return undefined;
    visited.add(name);
  }
  const style = styles[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (!style.extends) return undefined;
  const seen = visited ?? new Set([name]);
  const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[];
  for (let i = parents.length - 1; i >= 0; i--) {
    const value = namedStyleProperty(styles, parents[i]!, property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}
