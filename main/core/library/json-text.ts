/**
 * Finding places in JSON text: where a syntax error is, and where a field's value is written.
 *
 * JSON.parse says where it failed only in some messages and only on some Node versions (Node 20
 * reports "Unexpected token '}', ... is not valid JSON" without a position), so when the message
 * has no position a small scanner walks the text to the first offending character.
 */

/** One step of a path into a JSON document: an object key or an array index. */
export type JsonPathSegment = string | number;

/** A place in a text: 0-based UTF-16 offset, 1-based line and column. */
export interface TextPosition {
  position: number;
  line: number;
  column: number;
}

/** What went wrong in JSON text that failed to parse, and where (when it can be told). */
export interface JsonSyntaxProblem {
  problem: string;
  at?: TextPosition;
}

/** Describes the SyntaxError that `JSON.parse(text)` threw, in words an analyst can act on. */
export function describeJsonSyntaxError(text: string, error: SyntaxError): JsonSyntaxProblem {
  if (text.trim() === '') return { problem: 'the file is empty' };
  // Trailing blank lines are not where a cut-short file was cut.
  const offset = positionFromMessage(text, error.message) ?? findSyntaxErrorOffset(text);
  const at = offsetToPosition(text, offset === undefined ? undefined : Math.min(offset, text.trimEnd().length));
  const problem = problemFromMessage(error.message);
  return at ? { problem, at } : { problem };
}

/** The 1-based line and column of `offset` in `text`, or undefined for no offset. */
export function offsetToPosition(text: string, offset: number | undefined): TextPosition | undefined {
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { position: offset, line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Offset of the first character that makes `text` invalid JSON (its length if it ends too early), or undefined if it is valid. */
export function findSyntaxErrorOffset(text: string): number | undefined {
  try {
    new JsonScanner(text).document();
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntaxAt)) return undefined; // e.g. nesting deeper than the stack
    return error.offset;
  }
}

/**
 * Offset where the value at `path` starts in valid JSON `text`. When that value is missing, the
 * nearest enclosing value that exists is used instead; undefined when nothing can be found.
 */
export function findValueOffset(text: string, path: readonly JsonPathSegment[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    try {
      const found = new JsonScanner(text, path.slice(0, depth)).document();
      if (found !== undefined) return found;
    } catch {
      return undefined; // not valid JSON after all, or nested too deep
    }
  }
  return undefined;
}

/** The offset a message gives as "at position N" (Node 20 and later) or "(line X column Y)" (Node 21 and later). */
function positionFromMessage(text: string, message: string): number | undefined {
  const offset = /at position (\d+)/.exec(message)?.[1];
  if (offset !== undefined) return Math.min(Number(offset), text.length);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (!lineColumn) return undefined;
  let lineStart = 0;
  for (let line = 1; line < Number(lineColumn[1]); line += 1) lineStart = text.indexOf('\n', lineStart) + 1;
  return Math.min(lineStart + Number(lineColumn[2]) - 1, text.length);
}

/** JSON.parse's message without its position and its quote of the text, control characters made visible. */
function problemFromMessage(message: string): string {
  if (message.startsWith('Unexpected end of JSON input')) {
    return 'the data ends too early (the file may have been cut short)';
  }
  const cleaned = message
    .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON.*$/s, '')
    .replace(/ in JSON\b.*$/s, '')
    .replace(/ at position \d+.*$/s, '')
    .replace(/[\p{Cc}\uFFFD]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return cleaned.charAt(0).toLowerCase() + cleaned.slice(1);
}

/** Thrown by the scanner at the offset of the first character that breaks the grammar. */
class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * A recursive-descent JSON recognizer. It builds nothing; it checks the grammar and, given a
 * target path, reports the offset where the value at that path begins.
 */
class JsonScanner {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly target?: readonly JsonPathSegment[],
  ) {}

  /** Scans the whole text; returns the target's offset if it was found first. */
  document(): number | undefined {
    this.skipWhitespace();
    const found = this.value(this.target ? 0 : -1);
    if (found !== undefined) return found;
    this.skipWhitespace();
    if (this.pos < this.text.length) throw new JsonSyntaxAt(this.pos);
    return undefined;
  }

  /** `depth` is how much of the target path leads here, or -1 when this value is off the path. */
  private value(depth: number): number | undefined {
    if (this.target && depth === this.target.length) return this.pos;
    const ch = this.text[this.pos];
    if (ch === '{') return this.object(depth);
    if (ch === '[') return this.array(depth);
    if (ch === '"') this.string();
    else if (ch === 't') this.literal('true');
    else if (ch === 'f') this.literal('false');
    else if (ch === 'n') this.literal('null');
    else this.number();
    return undefined;
  }

  private object(depth: number): number | undefined {
    this.pos += 1;
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos += 1;
      return undefined;
    }
    for (;;) {
      if (this.text[this.pos] !== '"') throw new JsonSyntaxAt(this.pos);
      const keyStart = this.pos;
      this.string();
      const onPath =
        depth >= 0 && JSON.parse(this.text.slice(keyStart, this.pos)) === this.target?.[depth] ? depth + 1 : -1;
      this.skipWhitespace();
      this.expect(':');
      this.skipWhitespace();
      const found = this.value(onPath);
      if (found !== undefined) return found;
      if (this.endOfMembers('}')) return undefined;
    }
  }

  private array(depth: number): number | undefined {
    this.pos += 1;
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos += 1;
      return undefined;
    }
    for (let index = 0; ; index += 1) {
      const found = this.value(depth >= 0 && index === this.target?.[depth] ? depth + 1 : -1);
      if (found !== undefined) return found;
      if (this.endOfMembers(']')) return undefined;
    }
  }

  /** After a member: consumes `,` (more follow) or the closing bracket (returns true). */
  private endOfMembers(close: string): boolean {
    this.skipWhitespace();
    const ch = this.text[this.pos];
    if (ch === close) {
      this.pos += 1;
      return true;
    }
    this.expect(',');
    this.skipWhitespace();
    return false;
  }

  private string(): void {
    this.pos += 1;
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (Number.isNaN(code) || code < 0x20) throw new JsonSyntaxAt(this.pos);
      if (code === 0x22) break;
      if (code === 0x5c) {
        STRING_ESCAPE.lastIndex = this.pos;
        // Like JSON.parse, blame the character after the backslash.
        if (!STRING_ESCAPE.test(this.text)) throw new JsonSyntaxAt(this.pos + 1);
        this.pos = STRING_ESCAPE.lastIndex;
      } else {
        this.pos += 1;
      }
    }
    this.pos += 1;
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    if (!NUMBER.test(this.text)) throw new JsonSyntaxAt(this.pos);
    this.pos = NUMBER.lastIndex;
  }

  private literal(word: string): void {
    for (const ch of word) this.expect(ch);
  }

  private expect(ch: string): void {
    if (this.text[this.pos] !== ch) throw new JsonSyntaxAt(this.pos);
    this.pos += 1;
  }

  private skipWhitespace(): void {
    for (;;) {
      const ch = this.text[this.pos];
      if (ch !== ' ' && ch !== '\n' && ch !== '\r' && ch !== '\t') return;
      this.pos += 1;
    }
  }
}
