import { wordPattern } from './cue-words';

const RUSSIAN_SIDE = wordPattern([
  'russian (?:delegation|delegates|side|members|participants|experts)', 'the russians',
  'российск\\p{L}* (?:делегаци|сторон|участник|эксперт)\\p{L}*',
]);
const AMERICAN_SIDE = wordPattern([
  '(?:u\\.s\\.|us|american) (?:delegation|delegates|side|members|participants|experts|group members)',
  'американск\\p{L}* (?:делегаци|сторон|участник|эксперт)\\p{L}*',
]);
const JOINT_STATEMENT = wordPattern(['joint statement', 'совместн\\p{L}* заявлени\\p{L}*']);

/**
 * Whose view a passage states, as far as its words tell: one delegation, the dialogue's joint
 * statement, or the dialogue (or the author's organisation) as a whole.
 *
 * The first side named is taken as the speaker, since it is usually the subject ("The Russian
 * delegation suggested..."). The analyst confirms it like everything else proposed.
 */
export function guessSpeaker(passage: string, whole: string): string {
  const russian = RUSSIAN_SIDE.exec(passage)?.index ?? Infinity;
  const american = AMERICAN_SIDE.exec(passage)?.index ?? Infinity;
  const qualified = (who: string) => (whole ? `${who} (${whole})` : who);
  if (russian < american) return qualified('Russian delegation');
  if (american < russian) return qualified('U.S. delegation');
  if (JOINT_STATEMENT.test(passage)) return whole ? `${whole} (joint statement)` : 'Joint statement';
  return whole || 'Author';
}
