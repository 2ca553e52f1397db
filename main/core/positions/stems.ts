import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

/**
 * Words that say nothing about what a record calls for: grammar, and the modal verbs every
 * recommendation is made of ("should", "must", "consider"). Counted after lowercasing,
 * before stemming.
 */
const STOP_WORDS = new Set([
  // English
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'into',
  'that', 'this', 'these', 'those', 'it', 'its', 'their', 'they', 'them', 'there', 'is', 'are', 'be', 'been', 'was',
  'were', 'has', 'have', 'had', 'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', 'not', 'no', 'if',
  'so', 'such', 'than', 'then', 'also', 'more', 'most', 'both', 'each', 'other', 'some', 'any', 'all', 'about', 'which',
  'who', 'whom', 'what', 'when', 'where', 'including', 'include', 'includes', 'between', 'two', 'sides', 'side',
  'group', 'possible', 'consider', 'possibility', 'we', 'our', 'us', 'he', 'she', 'his', 'her', 's',
  // Russian
  'и', 'в', 'во', 'не', 'что', 'он', 'на', 'я', 'с', 'со', 'как', 'а', 'то', 'все', 'она', 'так', 'его', 'но', 'да',
  'к', 'у', 'же', 'вы', 'за', 'бы', 'по', 'только', 'ее', 'её', 'мне', 'было', 'вот', 'от', 'меня', 'еще', 'ещё', 'нет',
  'о', 'из', 'ему', 'ли', 'если', 'уже', 'или', 'ни', 'быть', 'был', 'до', 'вас', 'нибудь', 'уж', 'вам', 'там', 'потом',
  'себя', 'ничего', 'ей', 'может', 'они', 'тут', 'где', 'есть', 'надо', 'ней', 'для', 'мы', 'тебя', 'их', 'чем', 'была',
  'сам', 'чтоб', 'без', 'будто', 'чего', 'раз', 'тоже', 'себе', 'под', 'будет', 'ж', 'тогда', 'кто', 'этот', 'того',
  'потому', 'этого', 'какой', 'совсем', 'ним', 'здесь', 'этом', 'один', 'почти', 'мой', 'тем', 'чтобы', 'нее', 'были',
  'куда', 'зачем', 'всех', 'можно', 'при', 'об', 'также', 'следует', 'должны', 'должен', 'стороны', 'сторон', 'обе',
]);

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * The stems of the content words of `text`, in order, each word stemmed by the Snowball stemmer
 * of its own script (Russian for Cyrillic words, English otherwise), so a record quoting a
 * Russian passage beside an English summary still compares word for word. Hyphenated compounds
 * count as their parts and as a whole ("intermediate-range" is "intermedi", "rang" and
 * "intermedi-rang").
 */
export function contentStems(text: string): string[] {
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  const words = (lower.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !/^\d+$/.test(word));
  // A compound is also a term of its own: "intermediate-range" says more than "range".
  const compounds = (lower.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []).map((compound) =>
    compound.split('-').filter((word) => !STOP_WORDS.has(word)).map(stem).join('-'),
  );
  return [...words.map(stem), ...compounds];
}

function stem(word: string): string {
  return CYRILLIC.test(word) ? stemRussian(word) : stemEnglish(word);
}
