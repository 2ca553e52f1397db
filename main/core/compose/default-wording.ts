import { RecordKind } from '../model';

/** Record kinds as a title names them, in the order a title lists them. */
const KIND_PLURALS: Record<RecordKind, string> = {
  recommendation: 'Recommendations',
  proposal: 'Proposals',
  finding: 'Findings',
  concern: 'Concerns',
};

/**
 * What a selection of kinds holds, in words: "Concerns", "Recommendations and Proposals".
 * No kind chosen, or all of them, is every kind of record.
 */
function kindsInWords(kinds: readonly RecordKind[]): string {
  const chosen = RecordKind.options.filter((kind) => kinds.includes(kind));
  const words = (chosen.length ? chosen : RecordKind.options).map((kind) => KIND_PLURALS[kind]);
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The title a briefing gets when the analyst gives none, from the kinds it selects: a book of
 * concerns is not titled "Recommendations". "Track 2 Dialogue Concerns"; every kind: "Track 2 Dialogue Briefing".
 */
export function defaultTitle(kinds: readonly RecordKind[]): string {
  const some = RecordKind.options.some((kind) => !kinds.includes(kind)) && kinds.length > 0;
  // Every kind is what a briefing is; listing all four makes a title too long for one line.
  return some ? `Track 2 Dialogue ${kindsInWords(kinds)}` : 'Track 2 Dialogue Briefing';
}

/**
 * The SUBJECT line a briefing gets when the analyst gives none: the chosen topics, else what
 * kinds of record it gathers ("Concerns of Track 2 security dialogues").
 */
export function defaultSubject(kinds: readonly RecordKind[], topicLabels: readonly string[]): string {
  if (topicLabels.length) return topicLabels.join('; ');
  const words = kindsInWords(kinds);
  return `${words.charAt(0)}${words.slice(1).toLowerCase()} of Track 2 security dialogues`;
}
