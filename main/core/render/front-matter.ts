import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { TemplateFrontMatter } from '../model';
import { TemplateError } from './template-error';

/** A template file split into its validated front matter and its Handlebars body. */
export interface SplitTemplate {
  frontMatter: TemplateFrontMatter;
  body: string;
  /** 1-based line of `body`'s first line in the file. */
  bodyStartLine: number;
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
 * points at the offending spot in the file: a YAML syntax error, an unknown key, a wrong value.
 */
export function splitFrontMatter(source: string, name: TemplateFileName): SplitTemplate {
  const opening = OPENING.exec(source);
  if (!opening) return { frontMatter: {}, body: source.replace(/^\uFEFF/, ''), bodyStartLine: 1 };

  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(source.slice(yamlStart));
  if (!closing) throw new TemplateError(name.template, 1, 1, 'front matter starts with "---" but has no closing "---" line', name.file);

  const yamlText = source.slice(yamlStart, yamlStart + closing.index);
  const closingLine = 2 + countLines(yamlText);
  const afterClosing = source.indexOf('\n', yamlStart + closing.index);
  return {
    frontMatter: validate(yamlText, name),
    body: afterClosing < 0 ? '' : source.slice(afterClosing + 1),
    bodyStartLine: closingLine + 1,
  };
}

/** The YAML starts on the file's second line, right after the opening `---`. */
const YAML_FIRST_LINE = 2;

function validate(yamlText: string, name: TemplateFileName): TemplateFrontMatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  const at = (offset: number, reason: string) => {
    const { line, col } = lineCounter.linePos(offset);
    return new TemplateError(name.template, line + YAML_FIRST_LINE - 1, col, reason, name.file);
  };

  const syntaxError = doc.errors[0];
  if (syntaxError) throw at(syntaxError.pos[0], `front matter: ${firstLine(syntaxError.message)}`);

  if (doc.contents !== null && !isMap(doc.contents)) {
    throw at(0, 'front matter must be YAML keys and values, e.g. "pageSize: A4"');
  }
  const parsed = TemplateFrontMatter.safeParse(doc.toJS() ?? {});
  if (parsed.success) return parsed.data;

  // Report the issue that comes first in the file, as a compiler would.
  const located = parsed.error.issues
    .map((issue) => ({ issue, offset: issueOffset(doc, issue) }))
    .sort((a, b) => a.offset - b.offset)[0]!;
  throw at(located.offset, `front matter: ${describeIssue(located.issue)}`);
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
