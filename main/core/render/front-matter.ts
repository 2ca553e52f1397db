import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { UserMistakeError } from '../errors';
import { TemplateFrontMatter } from '../model';
import { CLOSING, OPENING, UnreadableFrontMatterError, firstLine, setFrontMatterValues } from './front-matter-edit';
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
  try {
    return setFrontMatterValues(source, { name });
  } catch (error) {
    if (error instanceof UnreadableFrontMatterError) throw new UserMistakeError(`${error.message}; fix it before renaming`);
    throw error;
  }
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
