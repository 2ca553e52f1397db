import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { UserMistakeError } from '../errors';
import { TemplateFrontMatter } from '../model';
import { TemplateError } from './template-error';

/** A template file split into its validated front matter and its Handlebars body. */
export interface SplitTemplate {
  frontMatter: TemplateFrontMatter;
  body: string;
  /** 1-based line of `body`'s first line in the file. */
  bodyStartLine: number;
  /**
   * Where each key's text value starts in the file (1-based line and column, inside any
   * quotes), so a problem inside a value, such as a field in `headerText: "{{titel}}"`, can be
   * shown where it is.
   */
  valuePositions: Record<string, { line: number; column: number }>;
}

/** Names the file in error messages. */
export interface TemplateFileName {
  template: string;
  file: string;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/m;

/**
 * Splits a template into YAML front matter (between leading `---` lines) and body, and
 * validates the front matter against {@link TemplateFrontMatter}.
 *
 * A template without front matter is all body. Every problem is a {@link TemplateError} that
 * points at the offending spot in the file: a YAML syntax error, an unknown key, a wrong value;
 * when there are several, the first in the file is thrown.
 */
export function splitFrontMatter(source: string, name: TemplateFileName): SplitTemplate {
  const { problems, ...split } = readFrontMatter(source, name);
  if (problems[0]) throw problems[0];
  return split;
}

/**
 * Like {@link splitFrontMatter}, but returns every front-matter problem instead of throwing,
 * with the body still split off so it can be checked too. The front matter is empty when it
 * has problems.
 */
export function readFrontMatter(source: string, name: TemplateFileName): SplitTemplate & { problems: TemplateError[] } {
  const opening = OPENING.exec(source);
  if (!opening) return { frontMatter: {}, body: source.replace(/^\uFEFF/, ''), bodyStartLine: 1, valuePositions: {}, problems: [] };

  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(source.slice(yamlStart));
  if (!closing) {
    // Without a closing line nothing after the opening one can be told apart from the body.
    const problem = new TemplateError(name.template, 1, 1, 'front matter starts with "---" but has no closing "---" line', name.file);
    return { frontMatter: {}, body: '', bodyStartLine: 2, valuePositions: {}, problems: [problem] };
  }

  const yamlText = source.slice(yamlStart, yamlStart + closing.index);
  const closingLine = 2 + countLines(yamlText);
  const afterClosing = source.indexOf('\n', yamlStart + closing.index);
  const { frontMatter, valuePositions, problems } = validate(yamlText, name);
  return { frontMatter, body: afterClosing < 0 ? '' : source.slice(afterClosing + 1), bodyStartLine: closingLine + 1, valuePositions, problems };
}

/**
 * Sets the `name:` key of a template's front matter, keeping everything else (comments
 * included) as it was; a template without front matter gets one. Used to name copies and to
 * rename; the caller checks the template afterwards like any edit.
 */
export function setFrontMatterName(source: string, name: string): string {
  return setFrontMatterValues(source, { name }, 'renaming');
}

/** A front-matter value as written: a scalar, or a list of scalars (margins). */
export type FrontMatterValue = string | number | boolean | readonly (string | number)[];

/**
 * The values of a template's front matter as the YAML says them, unchecked (a form shows a
 * wrong value where it is, with its own message), or why they cannot be read: the YAML is not
 * keys and values, or the front matter is not closed.
 */
export function frontMatterValues(source: string): { values: Record<string, unknown>; problem?: string } {
  const found = locateFrontMatter(source);
  if (found === 'unclosed') return { values: {}, problem: 'the front matter starts with "---" but has no closing "---" line' };
  if (!found) return { values: {} };
  const doc = parseDocument(found.yaml);
  const error = doc.errors[0];
  if (error) return { values: {}, problem: `the front matter is not valid YAML: ${firstLine(error.message)}` };
  if (doc.contents !== null && !isMap(doc.contents)) return { values: {}, problem: 'the front matter must be YAML keys and values, e.g. "pageSize: A4"' };
  return { values: (doc.toJS() as Record<string, unknown> | null) ?? {} };
}

/**
 * Sets keys of a template's front matter (`undefined` removes one), keeping everything else
 * as it was: comments, the order and style of the other keys, keys Briefbook does not know, and
 * the body; a template without front matter gets one. A value that replaces another keeps the
 * old one's comment and quoting where it can. `doing` names the edit in the error for front
 * matter that cannot be read ("renaming").
 */
export function setFrontMatterValues(source: string, changes: Record<string, FrontMatterValue | undefined>, doing = 'changing the page setup'): string {
  const found = locateFrontMatter(source);
  const doc = parseDocument(found && found !== 'unclosed' ? found.yaml : '');
  if (found === 'unclosed' || doc.errors.length || (doc.contents !== null && !isMap(doc.contents))) {
    throw new UserMistakeError(`the front matter is not valid YAML keys and values; fix it before ${doing}`);
  }
  for (const [key, value] of Object.entries(changes)) setValue(doc, key, value);
  const empty = doc.contents === null || (isMap(doc.contents) && doc.contents.items.length === 0);
  const yaml = empty ? '' : doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (!found) return yaml ? `---\n${yaml}---\n${source.replace(/^\uFEFF/, '')}` : source;
  return `${source.slice(0, found.start)}${yaml}${source.slice(found.end)}`;
}

function setValue(doc: Document, key: string, value: FrontMatterValue | undefined): void {
  if (value === undefined) {
    if (isMap(doc.contents)) doc.delete(key);
    return;
  }
  const node = doc.get(key, true);
  if (Array.isArray(value)) {
    // In place, so the list keeps its [flow] style and its comment.
    if (isSeq(node)) node.items = value.map((item) => doc.createNode(item));
    else doc.set(key, doc.createNode(value, { flow: true }));
  } else if (isScalar(node)) {
    node.value = value;
  } else {
    doc.set(key, value);
  }
}

/** Where the YAML between the `---` lines is in a template's text; undefined without front matter. */
function locateFrontMatter(source: string): { yaml: string; start: number; end: number } | 'unclosed' | undefined {
  const opening = OPENING.exec(source);
  if (!opening) return undefined;
  const start = opening[0].length;
  const closing = CLOSING.exec(source.slice(start));
  if (!closing) return 'unclosed';
  return { yaml: source.slice(start, start + closing.index), start, end: start + closing.index };
}

/** The YAML starts on the file's second line, right after the opening `---`. */
const YAML_FIRST_LINE = 2;

/** Every problem of the front matter, in file order; the validated keys when there is none. */
function validate(yamlText: string, name: TemplateFileName): Pick<SplitTemplate, 'frontMatter' | 'valuePositions'> & { problems: TemplateError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + YAML_FIRST_LINE - 1, column: col };
  };
  const at = (offset: number, reason: string) => {
    const { line, column } = position(offset);
    return new TemplateError(name.template, line, column, reason, name.file);
  };
  const failed = (problems: TemplateError[]) => ({ frontMatter: {}, valuePositions: {}, problems });

  if (doc.errors.length) return failed(doc.errors.map((error) => at(error.pos[0], `front matter: ${firstLine(error.message)}`)));
  if (doc.contents !== null && !isMap(doc.contents)) {
    return failed([at(0, 'front matter must be YAML keys and values, e.g. "pageSize: A4"')]);
  }
  const parsed = TemplateFrontMatter.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { frontMatter: parsed.data, valuePositions: valuePositions(doc, position), problems: [] };

  // In file order, as a compiler reports them.
  return failed(
    parsed.error.issues
      // One problem per unknown key, each at its key.
      .flatMap((issue): z.core.$ZodIssue[] => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue]))
      .map((issue) => ({ issue, offset: issueOffset(doc, issue) }))
      .sort((a, b) => a.offset - b.offset)
      .map(({ issue, offset }) => at(offset, `front matter: ${describeIssue(issue)}`)),
  );
}

function valuePositions(doc: Document, position: (offset: number) => { line: number; column: number }): SplitTemplate['valuePositions'] {
  const positions: SplitTemplate['valuePositions'] = {};
  if (!isMap(doc.contents)) return positions;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) continue;
    const quoted = pair.value.type === 'QUOTE_DOUBLE' || pair.value.type === 'QUOTE_SINGLE';
    positions[String(pair.key.value)] = position(pair.value.range[0] + (quoted ? 1 : 0));
  }
  return positions;
}

/** Where in the YAML text an issue is: the unknown key itself, or the offending value. */
function issueOffset(doc: Document, issue: z.core.$ZodIssue): number {
  if (issue.code !== 'unrecognized_keys') return rangeStart(doc.getIn(issue.path, true));
  const parent = issue.path.length ? doc.getIn(issue.path, true) : doc.contents;
  const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === issue.keys[0]) : undefined;
  return rangeStart(pair?.key);
}

function rangeStart(node: unknown): number {
  return (node as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(TemplateFrontMatter.shape).join(', ');
    return `unknown key "${issue.keys[0]}" (known keys: ${known})`;
  }
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** yaml's messages end in a code excerpt; the first line says what is wrong. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
