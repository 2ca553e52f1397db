import type { TemplateProblem } from './template-problem';

/**
 * Finds markup a briefing cannot have: briefings are self-contained documents, so nothing in
 * them may run or fetch anything. Export already enforces this (scripts are dropped, images
 * load only from `data:` URIs, links only to web and mail addresses); the checker says so
 * while the analyst is editing, at the offending tag.
 *
 * Only the template's own text is scanned: an address made by `{{…}}` is known only when
 * rendering, and export refuses it then if it is not allowed.
 */
export function checkMarkup(body: string, lineOffset: number): TemplateProblem[] {
  // Comments are blanked out, keeping every position, so markup quoted in them is not flagged.
  const markup = body.replace(/\{\{!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
  return RULES.flatMap((rule) =>
    [...markup.matchAll(rule.pattern)].map((match) => ({ ...located(body, match.index, match[0].length, lineOffset), message: rule.message(match), severity: rule.severity })),
  );
}

interface MarkupRule {
  pattern: RegExp;
  message: (match: RegExpMatchArray) => string;
  severity: TemplateProblem['severity'];
}

const RULES: MarkupRule[] = [
  {
    pattern: /<\s*(script|iframe|object|embed|link|base|meta|style|noscript|template)\b/gi,
    message: (match) => `<${match[1]!.toLowerCase()}> is not allowed: a briefing runs and fetches nothing, and export drops it`,
    severity: 'error',
  },
  {
    // A fixed image address that is not a data: URI; `src="{{…}}"` is checked at export.
    pattern: /<\s*img\b[^>]*?\bsrc\s*=\s*["']?(?!data:|\{\{)([^"'\s>]+)/gi,
    message: (match) => `image "${match[1]}" would not load: images must be inline data: URIs (data:image/png;base64,…); files and web addresses are never read`,
    severity: 'error',
  },
  {
    pattern: /"image"\s*:\s*"(?!data:)([^"]*)"/g,
    message: (match) => `data-pdfmake image "${match[1]}" would not load: images must be inline data: URIs`,
    severity: 'error',
  },
  {
    pattern: /<\s*svg\b[\s\S]*?<\s*(?:[\w-]+:)?(?:image|feimage)\b/gi,
    message: () => 'an <svg> may not contain <image>: export refuses it; use <img src="data:…"> instead',
    severity: 'error',
  },
  {
    pattern: /\bhref\s*=\s*["']?(?!https?:|mailto:|#|\{\{)([a-z][\w+.-]*:[^"'\s>]*)/gi,
    message: (match) => `link "${match[1]}" is removed at export: links may go to http(s) and mailto: addresses or to #places in the briefing`,
    severity: 'warning',
  },
];

/** Line and column (1-based, in the file) of a match in the body. */
function located(body: string, index: number, length: number, lineOffset: number): Pick<TemplateProblem, 'line' | 'column' | 'end'> {
  const position = (offset: number) => {
    const before = body.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length + lineOffset, column: offset - lineStart + 1 };
  };
  const start = position(index);
  return { ...start, end: position(index + length) };
}
