/**
 * Recognises the parts of a page that are not the article: site furniture, photo captions and
 * credits, bylines, publication notes and disclaimers. None of them is ever a record, even when
 * they use a cue word ("The ELN's aim is to encourage debates...").
 */

/** Navigation and page chrome that survives copying a web page as text. */
const FURNITURE = [
  /^(?:skip to (?:main )?content|перейти к (?:основному )?содержанию)$/iu,
  /^(?:menu|search|share(?: this)?|print|subscribe|sign up|log ?in|follow us|read more|related(?: content| articles)?|back to top|меню|поиск|поделиться|подписаться|читать далее|распечатать|оценить статью|также в рубрике)(?![\p{L}]).{0,40}$/iu,
  // A pointer to another article: "Читайте также: ...", "See also: ...".
  /^(?:читайте также|смотрите также|см\. также|read also|also read|see also|read more|related)\s*:/iu,
  /^\(?\s*(?:голос(?:ов|а)?:?\s*\d+|\d+\s+голос(?:ов|а)?)/iu,
  /^(?:©|copyright\b|all rights reserved|все права защищены)/iu,
  /\bcookies?\b.*\b(?:accept|consent|use)\b/iu,
];

/** Photo and image captions and credits, in the forms news sites use. */
const CAPTION = [
  /^(?:(?:top|inset|cover|header|lead|main|above|below)\s+)?(?:photo(?:graph)?|image|picture|illustration|map|chart|figure|graphic|video)s?\b\s*(?:above|below|:|by\b|courtesy\b|credit\b|shows?\b|source\b|\d)/iu,
  /\b(?:photo|image)s? (?:courtesy|credit|by)\b/iu,
  /^(?:фото(?:графия)?|изображение|иллюстрация|рисунок|источник фото)\b/iu,
];

/** Notes about the text rather than its content. */
const DISCLAIMER = [
  /\b(?:opinions?|views?) (?:expressed|articulated|presented|stated) (?:in this|in these|here|above|herein)\b/iu,
  /\bdo(?:es)? not necessarily (?:reflect|represent)\b/iu,
  /\bsolely (?:those|the views?) of the authors?\b/iu,
  /\boriginally (?:published|appeared)\b/iu,
  /(?:мнени[яе]|точка зрения),? (?:выраженн|изложенн)/iu,
  /не обязательно (?:отража|совпада)/iu,
  /впервые опубликован/iu,
];

/** A byline: "By Jane Doe", "Daniel Shapiro", "Автор: Иван Петров". */
const BYLINE = /^(?:by|автор[ыа]?:?)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|and|и)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*$/u;

/** True when a block of text is page furniture, a caption or credit, a byline or a disclaimer. */
export function isBoilerplate(block: string): boolean {
  const text = block.trim();
  return [...FURNITURE, ...CAPTION, ...DISCLAIMER].some((rule) => rule.test(text)) || BYLINE.test(text);
}
