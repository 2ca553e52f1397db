import type { Topic } from '../model';
import { TOPIC_KEYWORDS } from './topic-keywords';

/** Letters kept from each word: enough to tell words apart, few enough to join their inflections. */
const STEM_LENGTH = 6;
/** Words too common in this field to say which topic a passage is on. */
const STOPWORDS = new Set(
  (
    'the and for with from that this their between about into other more most such also including against ' +
    'russia russian united states u.s. american military security relations which where when have has been ' +
    'between among keeping both sides general generally'
  ).split(' '),
);
/** A passage must score at least this to get a topic; one strong keyword is enough. */
const MIN_SCORE = 2;
/** Further topics must score at least this share of the best one. */
const RELATIVE_CUTOFF = 0.5;
const MAX_TOPICS = 3;

/** A weighted sequence of stems that, found in a passage, points to one topic. */
interface Term {
  stems: string[];
  weight: number;
}

export interface TopicMatcher {
  /** Topic ids for a passage, best first; empty when nothing matches well enough. */
  suggest(passage: string, context?: string): string[];
}

/**
 * Builds a matcher for a taxonomy: each topic's keywords (weight 3), label words (2) and
 * description words (1, shared ones divided among the topics that share them).
 *
 * Words are compared by a crude stem (their first letters), which serves English and Russian
 * alike without a dictionary. The section heading, given as `context`, counts half.
 */
export function topicMatcher(topics: readonly Topic[]): TopicMatcher {
  const descriptionUse = new Map<string, number>();
  for (const topic of topics) {
    for (const stem of new Set(significantStems(`${topic.label} ${topic.description}`))) {
      descriptionUse.set(stem, (descriptionUse.get(stem) ?? 0) + 1);
    }
  }
  const terms = new Map(
    topics.map((topic) => {
      const own: Term[] = [
        ...(TOPIC_KEYWORDS[topic.id] ?? []).map((k) => ({ stems: stems(k), weight: 3 })),
        ...significantStems(topic.label).map((s) => ({ stems: [s], weight: 2 / (descriptionUse.get(s) ?? 1) })),
        ...significantStems(topic.description).map((s) => ({ stems: [s], weight: 1 / (descriptionUse.get(s) ?? 1) })),
      ];
      return [topic.id, dedupe(own)] as const;
    }),
  );

  return {
    suggest(passage, context = '') {
      const words = [stems(passage), stems(passage, true)];
      const contextWords = [stems(context), stems(context, true)];
      const scored = [...terms]
        .map(([id, own]) => ({ id, score: score(own, words) + score(own, contextWords) / 2 }))
        .filter((t) => t.score >= MIN_SCORE)
        .sort((a, b) => b.score - a.score);
      const best = scored[0]?.score ?? 0;
      return scored.filter((t) => t.score >= best * RELATIVE_CUTOFF).slice(0, MAX_TOPICS).map((t) => t.id);
    },
  };
}

/** Sum of the weights of the terms found (in either tokenization), each counted once. */
function score(terms: readonly Term[], tokenizations: readonly (readonly string[])[]): number {
  let total = 0;
  for (const term of terms) if (tokenizations.some((words) => containsSequence(words, term.stems))) total += term.weight;
  return total;
}

function containsSequence(words: readonly string[], sequence: readonly string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= words.length; i++) {
    for (let k = 0; k < sequence.length; k++) if (words[i + k] !== sequence[k]) continue outer;
    return true;
  }
  return false;
}

/** Keeps the heaviest of terms with the same stems, so a label word is not counted twice. */
function dedupe(terms: Term[]): Term[] {
  const byKey = new Map<string, Term>();
  for (const term of terms) {
    const key = term.stems.join(' ');
    if ((byKey.get(key)?.weight ?? 0) < term.weight) byKey.set(key, term);
  }
  return [...byKey.values()];
}

/**
 * Stems of every word, in order. Hyphenated words stay whole ("military-to-military"), or with
 * `splitHyphens` become their parts, so "NATO-Russia" is found both as itself and as "NATO".
 */
function stems(text: string, splitHyphens = false): string[] {
  const words = text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*/gu) ?? [];
  return (splitHyphens ? words.flatMap((w) => w.split(/[-–]/)) : words).map(stem);
}

function significantStems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((w) => w.length > 3 && !STOPWORDS.has(w))
    .map(stem);
}

function stem(word: string): string {
  return word.includes('-') ? word : word.slice(0, STEM_LENGTH);
}
