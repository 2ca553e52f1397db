import { PROPOSE, RECOMMEND } from './cue-words';

/** Where a passage makes a call: the first recommending and the first proposing cue, or -1. */
export interface CallCues {
  recommendAt: number;
  proposeAt: number;
}

/** How far before a cue its clause is read for the contexts below. */
const LOOK_BEHIND = 160;

const RECOMMEND_ALL = new RegExp(RECOMMEND.source, 'giu');
const PROPOSE_ALL = new RegExp(PROPOSE.source, 'giu');

/** A verb that makes a call when it is the main verb ("we propose"), not a modal. */
const CALL_VERB = /^(?:propos|suggest|recommend|urg|call|advocat|encourag|endors|appeal|предлага|предлож|рекоменд|призыва)/iu;
/**
 * A relative pronoun just before the cue: "ideas that propose a restart", "measures which could
 * help". (A "that" opening a reported call has its subject between: "agreed that both sides should".)
 */
const RELATIVE_BEFORE = /(?<![\p{L}\p{N}])(?:that|which|которые|который|которая)\s+$/iu;
/** "who" opens a clause about someone, whatever its verb: "experts who will have to deal with...". */
const WHO_BEFORE = /(?<![\p{L}\p{N}])who\s+(?:\p{L}+\s+)?$/iu;
/** A purpose, not a call: "aimed to advocate", "designed to encourage", "in order to". */
const PURPOSE_BEFORE = /(?<![\p{L}\p{N}])(?:aim(?:s|ed)?|seek(?:s|ing)?|sought|tr(?:y|ies|ied)|designed|intended|meant|in order|so as) to\s+$/iu;
/** A participle naming a thing, not a call: "the resolution recommended to it", "proposed by". */
const PARTICIPLE_AFTER = /^\s+(?:to (?:it|them|him|her)|by)(?![\p{L}\p{N}])/iu;
/** "should" after surprise is no call: "it is surprising that a low-profile group should be a voice of reason". */
const EMOTIVE_THAT_BEFORE = /(?<![\p{L}\p{N}])(?:surprising|strange|odd|remarkable|ironic|curious|natural|fitting|no wonder) that [^,;:]*$/iu;
/** A disclaimer, not a call: "This document should in no way imply support for...". */
const DISCLAIMER_AFTER = /^\s+(?:(?:in no way|not|never)\s+)?(?:imply|be (?:construed|interpreted|read|taken|regarded|considered|seen) as)(?![\p{L}\p{N}])/iu;
/** A gerund after a preposition names an activity: "active in calling for changes", "by urging". */
const GERUND_AFTER_PREPOSITION = /(?<![\p{L}\p{N}])(?:in|by|of|at|from|about|for)\s+$/iu;
/** An indirect question asks, it does not call: "to ask whether the two nations should continue". */
const INDIRECT_QUESTION_BEFORE = /(?<![\p{L}\p{N}])(?:whether|ли)(?![\p{L}\p{N}])[^,;:]*$/iu;
/** A concession grants a point on the way to another: "although the government spoke of the importance of". */
const CONCESSION_BEFORE = /(?:несмотря на то,? что|хотя|although|even though|despite the fact that)[^,;]*$/iu;
/** A soft cue ("could help") counts in the main clause only. */
const SOFT = /^(?:could|might|могл|мог)/iu;
/** A view some do not hold: "not every member endorses every point". */
const NOT_ALL_BEFORE = /(?<![\p{L}\p{N}])not (?:every|all|each)\s+(?:\p{L}+\s+)?$/iu;

/**
 * The cues of a passage that make a call, leaving out those used descriptively: in a relative
 * clause ("rumors that propose a restart", "who will have to deal with"), as a purpose ("aimed to
 * advocate"), as a participle ("the resolution recommended to it") or a gerund ("active in calling
 * for"), in an indirect question ("whether the two should continue"), in a concession ("although
 * it spoke of the importance of"), for some only ("not every member endorses")  in a
 * disclaimer ("should in no way imply") or after surprise ("surprising that they should be").
 */
export function findCallCues(passage: string): CallCues {
  return { recommendAt: firstCall(passage, RECOMMEND_ALL), proposeAt: firstCall(passage, PROPOSE_ALL) };
}

/** True when the passage makes a call of either kind. */
export function makesCall(passage: string): boolean {
  const cues = findCallCues(passage);
  return cues.recommendAt >= 0 || cues.proposeAt >= 0;
}

function firstCall(passage: string, cues: RegExp): number {
  for (const match of passage.matchAll(cues)) {
    const before = passage.slice(Math.max(0, match.index - LOOK_BEHIND), match.index);
    const after = passage.slice(match.index + match[0].length);
    if ([WHO_BEFORE, PURPOSE_BEFORE, NOT_ALL_BEFORE, INDIRECT_QUESTION_BEFORE, CONCESSION_BEFORE].some((rule) => rule.test(before))) continue;
    // A modal in a relative clause may still call ("gaps that need to be filled quickly"); a
    // calling verb or a soft "could" there describes ("ideas that propose", "measures which could help").
    if (RELATIVE_BEFORE.test(before) && (CALL_VERB.test(match[0]) || SOFT.test(match[0]))) continue;
    if (CALL_VERB.test(match[0]) && /ing$/i.test(match[0].split(' ')[0]!) && GERUND_AFTER_PREPOSITION.test(before)) continue;
    if (CALL_VERB.test(match[0]) && /ed$/i.test(match[0]) && PARTICIPLE_AFTER.test(after)) continue;
    if (DISCLAIMER_AFTER.test(after)) continue;
    if (/^should$/i.test(match[0]) && EMOTIVE_THAT_BEFORE.test(before)) continue;
    return match.index;
  }
  return -1;
}
