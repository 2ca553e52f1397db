import type { RecordKind, Topic } from '../model';
import { isBoilerplate } from './boilerplate';
import { findCallCues, makesCall } from './call-cues';
import {
  CALL_NOUN,
  CONCERN,
  DIALOGUE_ACTOR,
  DOCUMENT_DESCRIPTION,
  FIRST_PERSON_PLURAL,
  LINKING_ADVERB,
  MODAL,
  OUTSIDE_ACTOR,
  PROCESS_NARRATION,
  PROPOSE,
  RECOMMEND,
  REPORTED_VIEW,
  wordPattern,
} from './cue-words';
import type { Heading, Span } from './document';
import { findBodyStart } from './front-matter';
import { guessSpeaker } from './guess-speaker';
import { proposeSummary } from './propose-summary';
import { isQuotation, withoutQuotations } from './quotations';
import { splitPieces } from './sentence-pieces';
import { topicMatcher, type TopicMatcher } from './suggest-topics';
import { headingText, splitBlocks, type TextBlock } from './text-blocks';

/** Which rule proposed a candidate, so the analyst (and the evaluation) can see why. */
export type CandidateRule =
  | 'cue-word'
  | 'listed-under-call'
  | 'quoted-statement'
  | 'dialogue-view'
  | 'author-assessment';

/** A passage proposed as a record; the analyst accepts, edits or drops it. */
export interface Candidate {
  /** Exactly `text.slice(location.start, location.end)`. */
  statement: string;
  /** Heading of the section the passage stands under. */
  section: string;
  kind: RecordKind;
  /** Suggested topic ids, best first; may be empty. */
  topics: string[];
  location: Span;
  /** A first paraphrase: the statement without attribution and quotation marks. */
  summary: string;
  /** Whose view it is, as far as the words tell. */
  speaker: string;
  rule: CandidateRule;
}

export interface ExtractOptions {
  /** The library's taxonomy, for topic suggestions. */
  topics: readonly Topic[];
  /** Headings the reader found in the markup (Markdown, HTML, PDF). */
  headings?: readonly Heading[];
  /** `en` or `ru`: the language of the section name used before the first heading. */
  language?: string;
  /** The dialogue or organisation whose views the document reports, for speaker names. */
  dialogue?: string;
  /**
   * Whether the author writes as the dialogue (a convener's own commentary) rather than reporting
   * on it; detected from first-person plural narration when not given.
   */
  authorSpeaksForDialogue?: boolean;
}

/** What the section before the first heading is called. */
const OPENING_SECTION: Record<string, string> = { en: 'Introduction', ru: 'Введение' };

/** First-person plural sentences needed to take the author as the dialogue's voice. */
const MIN_FIRST_PERSON_SENTENCES = 2;
/** Without a verb to find the subject by, the first words of a sentence are taken as its subject. */
const SUBJECT_WORDS = 6;
/** An introduction with this few words after its verb only names who is addressed ("We recommend that NATO:"). */
const MAX_BARE_INTRODUCTION_WORDS = 4;
/** A paragraph this short that does not end as a sentence is a headline. */
const MAX_HEADLINE_WORDS = 20;
/** A list item this short without a full stop is a heading-like fragment, as in an agenda. */
const MAX_FRAGMENT_WORDS = 8;

/**
 * A sentence that introduces a list without saying anything itself: "The group suggested how...:",
 * "We propose five priority areas...:", "We recommend the following:".
 */
const BARE_INTRODUCTION = wordPattern([
  'how', 'what', 'which', 'the following', 'following', 'these', 'those', 'several', 'some', 'a few', 'a number',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', '\\d+',
  'как', 'следующ\\p{L}*', 'ряд', 'несколько', 'два', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь',
]);
/** A heading naming a list of calls: recommendations, proposals, steps or measures. */
const CALL_LIST_HEADING = wordPattern([
  'recommendations', 'proposals', 'steps', 'measures', 'actions', 'рекомендаци\\p{L}*', 'предложени\\p{L}*', 'шаг(?:и|ов)', 'мер[ыа]?',
]);
/** A sentence whose subject is the list after it. */
const LIST_AS_SUBJECT = /^(?:the following|these|следующие|нижеследующие)\s/iu;
const FINDINGS_HEADING = wordPattern(['findings', 'conclusions', 'observations', 'вывод\\p{L}*', 'оценк\\p{L}*']);
/** A sentence announcing the list after it without a colon: "...the following points." */
const ANNOUNCES_LIST = wordPattern(['the following', 'следующ\\p{L}*']);
/** A lead-in to the points a dialogue agreed on. */
const AGREED_POINTS = wordPattern(['agreed', 'concurred', 'consensus', 'agreement', 'согласил\\p{L}*', 'договорил\\p{L}*', 'сошлись', 'консенсус\\p{L}*']);
/** A sentence that carries on the one before ("This requires...", "Such steps should..."). */
const ELABORATION = /^(?:this|that|these|those|it|such|doing so|это|эт(?:и|от|а)|такие|такой)(?![\p{L}])/iu;
const PROPOSAL_NOUN = wordPattern(['proposals', 'suggestions', 'предложени\\p{L}*']);
/** A line of this many words or fewer, without closing punctuation, may be a heading run into a paragraph. */
const MAX_HEADING_LINE_WORDS = 12;
/** Lists of agenda points or discussion topics, which say what was talked about, not what was said. */
const AGENDA_INTRODUCTION = wordPattern([
  'agenda', 'programme', 'program', 'topics?', 'themes?', 'sessions?', 'panels?', 'discussed', 'discussion',
  'covered', 'addressed', 'повестк\\p{L}*', 'тем[аы]', 'сесси\\p{L}*', 'обсуждал\\p{L}*', 'обсудили', 'вопросы',
]);
/**
 * Lists of people: "Participants included:", "The delegation consisted of:", "Участники:". The
 * noun must be what the sentence is about, not the subject of a call ("Members urged:").
 */
const PEOPLE_INTRODUCTION = new RegExp(
  `^(?:[\\p{L}\\p{N}.'’-]+\\s+){0,4}(?:participants|delegates|delegation|members|attendees|speakers|panel(?:ists)?|` +
    `участник\\p{L}*|делегаци\\p{L}*|состав\\p{L}*)(?:\\s+(?:[\\p{L}\\p{N}.'’-]+\\s+){0,4}` +
    `(?:included|include|were|are|consisted of|comprised|list(?:ed)?|входили|вошли))?:$`,
  'iu',
);
/**
 * Openings that carry on the previous sentence's point rather than make a new one
 * ("...should not prevent contacts. Quite the opposite: managing these risks is essential").
 */
const CONTINUATION = /^(?:quite the (?:opposite|contrary)|on the contrary|after all|indeed|in other words|that is|otherwise|напротив|более того|иными словами|ведь)\b/iu;

/** What a list is, judged from the sentence that introduces it. */
type ListRole = 'proposals' | 'recommendations' | 'agenda' | 'people' | 'plain';

interface Context {
  text: string;
  matcher: TopicMatcher;
  authorVoice: boolean;
  dialogue: string;
}

/** A passage judged to be a record, before it is dressed as a candidate. */
interface Finding {
  span: Span;
  kind: RecordKind;
  rule: CandidateRule;
}

/**
 * Proposes candidate records from a document's text.
 *
 * The text is cut into headings, paragraphs and list items; paragraphs into sentences, and
 * sentences that join two statements ("argued that X and that Y") into clauses. Each piece is
 * then judged by the rules below, which a careful analyst applies by hand:
 *
 * - cue words: recommending and proposing language ("should", "urge", "call on", "propose",
 *   "рекомендуем", "предлагает"...) makes a recommendation or proposal;
 * - a list introduced by a call ("We propose...:", "The group suggested how...:") makes every
 *   item a candidate, even without a cue of its own; agenda and participant lists make none;
 * - a list item that is one quotation is a joint-statement line, recorded as quoted;
 * - concern and reported-view language ("concerned about", "afraid", "risk", "agreed that",
 *   "noted") makes a concern or finding when the dialogue's people are the ones speaking;
 * - when the author writes as the dialogue's convener (first-person plural narration), their
 *   assessments on the library's topics are findings too.
 *
 * Titles, bylines and other front matter, captions, credits, disclaimers and page furniture
 * are never candidates, nor are sentences that only narrate the meeting ("convened", "discussed").
 */
export function extractCandidates(text: string, options: ExtractOptions): Candidate[] {
  const blocks = splitBlocks(text, options.headings ?? []);
  const bodyStart = findBodyStart(text, blocks);
  const body = blocks.slice(bodyStart);
  const context: Context = {
    text,
    matcher: topicMatcher(options.topics),
    authorVoice: options.authorSpeaksForDialogue ?? writesAsDialogue(text, body),
    dialogue: options.dialogue ?? '',
  };

  const candidates: Candidate[] = [];
  const listRoles = new Map<number, ListRole>();
  let section = OPENING_SECTION[options.language ?? 'en'] ?? OPENING_SECTION.en!;
  // Headlines stand above the text; a short unfinished line after it is text cut short.
  let textStarted = false;
  body.forEach((block, i) => {
    if (block.kind === 'heading') {
      section = headingText(text, block);
      return;
    }
    if (isBoilerplate(text.slice(block.start, block.end))) return;
    const content = text.slice(block.start, block.end);
    if (block.kind === 'paragraph' && !textStarted && isHeadline(content)) return;
    if (endsAsSentence(content)) textStarted = true;
    // A list's role is judged once: judging it again for every item made long lists quadratic.
    if (block.kind === 'item' && !listRoles.has(block.list)) listRoles.set(block.list, listRole(text, blocks, bodyStart + i));
    const findings =
      block.kind === 'item' ? judgeItem(block, listRoles.get(block.list)!, context) : judgeParagraph(block, context);
    for (const finding of findings) candidates.push(toCandidate(finding, section, context));
  });
  return candidates;
}

/** True when the author narrates in first-person plural outside quotations: a convener's own piece. */
function writesAsDialogue(text: string, body: readonly TextBlock[]): boolean {
  let sentences = 0;
  for (const block of body) {
    if (block.kind !== 'paragraph') continue;
    for (const sentence of splitPieces(text, block)) {
      if (FIRST_PERSON_PLURAL.test(withoutQuotations(text.slice(sentence.start, sentence.end)))) sentences++;
    }
  }
  return sentences >= MIN_FIRST_PERSON_SENTENCES;
}

/**
 * Classifies the list the item at `body[i]` belongs to by the sentence that introduces it: the
 * paragraph or item just before the list, across a sub-heading ("...can be named:" / "Information
 * exchange" / items), or by the heading it stands under. The blocks before the body count: a list
 * that opens the text stands under the page's title.
 */
function listRole(text: string, body: readonly TextBlock[], i: number): ListRole {
  let first = i;
  while (first > 0 && body[first - 1]!.kind === 'item' && body[first - 1]!.list === body[i]!.list) first--;
  let before = body[first - 1];
  let heading = before?.kind === 'heading' ? headingText(text, before) : undefined;
  if (before?.kind === 'heading' && first > 1 && body[first - 2]!.kind !== 'heading') before = body[first - 2];
  if (!before || before.kind === 'heading') return heading ? roleUnderHeading(heading, '') : 'plain';
  const sentences = splitPieces(text, { start: before.contentStart, end: before.end });
  let intro = text.slice(sentences.at(-1)!.start, sentences.at(-1)!.end);
  // A heading line run into the paragraph above the list ("...предлагают 12 шагов...\n12 шагов для
  // достижения мира"), or a title straight above it ("13-Steps Toward Nuclear Disarmament").
  if (heading === undefined && isHeadingLine(intro)) {
    heading = intro;
    intro = sentences.length > 1 ? text.slice(sentences.at(-2)!.start, sentences.at(-2)!.end) : '';
  }
  if (heading !== undefined && !intro.endsWith(':')) return roleUnderHeading(heading, intro);
  // A list is introduced by a colon, or by a sentence announcing it ("...agreed on the following points.").
  if (!intro.endsWith(':') && !ANNOUNCES_LIST.test(intro)) return 'plain';
  if (AGENDA_INTRODUCTION.test(intro)) return 'agenda';
  if (PEOPLE_INTRODUCTION.test(intro)) return 'people';
  const cues = findCallCues(intro);
  if (cues.proposeAt >= 0 && (cues.recommendAt < 0 || cues.proposeAt < cues.recommendAt)) return 'proposals';
  // Points a dialogue agreed are what it asks for ("The participants agreed:", "Стороны договорились:").
  return cues.recommendAt >= 0 || CALL_NOUN.test(intro) || AGREED_POINTS.test(intro) ? 'recommendations' : 'plain';
}

/**
 * The role of a list standing under a heading that names calls ("Recommendations", "13-Steps
 * Toward Nuclear Disarmament", "12 шагов для достижения мира"): its items are calls, proposals
 * when the heading or the sentence before it proposes them. Any other heading makes a plain list.
 */
function roleUnderHeading(heading: string, intro: string): ListRole {
  // "Findings and Recommendations" heads a mixed list: each item is judged on its own words.
  if (!CALL_LIST_HEADING.test(heading) || AGENDA_INTRODUCTION.test(heading) || FINDINGS_HEADING.test(heading)) return 'plain';
  return PROPOSE.test(heading) || PROPOSAL_NOUN.test(heading) || findCallCues(intro).proposeAt >= 0 ? 'proposals' : 'recommendations';
}

/** A short line without closing punctuation: a heading typed on its own line. */
function isHeadingLine(line: string): boolean {
  return line.split(/\s+/).length <= MAX_HEADING_LINE_WORDS && !/[.!?…:;,]["”»’)\]]*$/u.test(line.trim());
}

/** Judges one list item: whole, or split where it makes two separate calls. */
function judgeItem(block: TextBlock, role: ListRole, context: Context): Finding[] {
  if (role === 'agenda' || role === 'people') return [];
  const { text } = context;
  const findings: Finding[] = [];
  // An item ending in a colon introduces the list that follows ("We recommend that NATO:").
  if (/:\s*$/.test(text.slice(block.contentStart, block.end))) return [];
  const listedUnderCall = role === 'proposals' || role === 'recommendations';
  for (const span of itemUnits(text, { start: block.contentStart, end: block.end }, listedUnderCall)) {
    const passage = text.slice(span.start, span.end);
    if (/\?["”»]?$/.test(passage)) continue;
    const cues = cuesOf(passage);
    // Items under "We propose...:" are proposals whatever their grammar; under a recommendation
    // they are recommendations, unless they report a view of their own ("In its statement, the
    // group argued that ... a negative impact" is a concern) or make their own kind of call.
    if (listedUnderCall) {
      // One word under a list of calls is an item cut off ("- Поэтапно"), not a call yet.
      if (!/\s/.test(passage.trim())) continue;
      const ownKind = cues.recommend || cues.propose || cues.view ? kindOf(cues) : undefined;
      const kind = role === 'proposals' ? 'proposal' : (ownKind ?? 'recommendation');
      findings.push({ span, kind, rule: 'listed-under-call' });
    } else if (isQuotation(passage)) {
      findings.push({ span, kind: kindOf(cues) ?? 'finding', rule: 'quoted-statement' });
    } else if (isFragment(passage)) {
      continue;
    } else if (kindOf(cues)) {
      findings.push({ span, kind: kindOf(cues)!, rule: 'cue-word' });
    } else if (context.authorVoice && onTopic(passage, context)) {
      findings.push({ span, kind: 'finding', rule: 'author-assessment' });
    }
  }
  return findings;
}

/**
 * An item is one unit, unless it makes a call after an assessment or makes two or more calls
 * ("Terrorism is a serious threat. This requires a concerted response."; "...recommends X. There
 * should be Y."): then each call is a unit, with the sentences that explain it after it, and an
 * assessment before the first call is a unit of its own. Under a list of calls, where every item
 * is a call whatever its grammar, calls that do not just elaborate split an item.
 */
function itemUnits(text: string, content: Span, listedUnderCall: boolean): Span[] {
  const sentences = splitPieces(text, content);
  const calls = sentences.filter((s) => isCall(text.slice(s.start, s.end)));
  // Under a list of calls the first sentence is a call whatever its grammar, so a later sentence
  // making a call of its own is a second one ("The necessity of negotiations... The Conference on
  // Disarmament is urged to agree..."), unless it only elaborates ("This requires...").
  const leadingUnit = listedUnderCall
    ? calls.length > 0 && calls[0] !== sentences[0] && !ELABORATION.test(text.slice(calls[0]!.start, calls[0]!.end).trimStart())
    : calls.length > 0 && calls[0] !== sentences[0];
  if (calls.length < 2 && !leadingUnit) return [trimSpan(text, content)];
  const units: Span[] = [];
  for (const sentence of sentences) {
    const last = units.at(-1);
    if (isCall(text.slice(sentence.start, sentence.end)) || !last) units.push({ ...sentence });
    else last.end = sentence.end;
  }
  return units.map((u) => trimSpan(text, u));
}

/** Judges a paragraph sentence by sentence (and clause by clause, or item by item of an inline list). */
function judgeParagraph(block: TextBlock, context: Context): Finding[] {
  const { text } = context;
  const findings: Finding[] = [];
  let previousWasCandidate = false;
  for (const sentence of splitPieces(text, block)) {
    const passage = text.slice(sentence.start, sentence.end);
    const last = findings.at(-1);
    if (previousWasCandidate && last && CONTINUATION.test(passage)) {
      last.span.end = trimSpan(text, sentence).end;
      continue;
    }
    previousWasCandidate = false;
    const inline = inlineList(text, sentence);
    const clauses = inline
      ? [{ span: inline.intro, introducesList: true }, ...inline.items.map((span) => ({ span, introducesList: false }))]
      : splitClauses(text, sentence).map((clause, i, all) => ({
          ...clause,
          // Only the clause that ends in the colon introduces the list that follows.
          introducesList: i === all.length - 1 && passage.endsWith(':'),
        }));
    for (const clause of clauses) {
      const finding = judgeClause(clause.span, 'inherited' in clause ? clause.inherited : undefined, clause.introducesList, context);
      if (finding) {
        findings.push(finding);
        previousWasCandidate = true;
      }
    }
  }
  return findings;
}

/** Fewest ";"-separated parts after a colon that make a sentence an inline list. */
const MIN_INLINE_ITEMS = 3;

/**
 * A list run into one sentence: "Among the commission's major recommendations are: the US
 * requires...; the US should underscore...; and additional reductions... should be done
 * bilaterally." Each part is its own item (without the "and" that joins the last); the lead-in
 * before the colon is judged as a list introduction.
 */
function inlineList(text: string, sentence: Span): { intro: Span; items: Span[] } | undefined {
  const passage = text.slice(sentence.start, sentence.end);
  const colon = passage.search(/:\s/);
  if (colon < 0) return undefined;
  const parts = [...passage.slice(colon + 1).matchAll(/[^;]+/g)];
  if (parts.length < MIN_INLINE_ITEMS) return undefined;
  const offset = sentence.start + colon + 1;
  const items = parts.map((part) => {
    const lead = /^\s*(?:(?:and|or|и|или)\s+)?/u.exec(part[0])![0].length;
    return trimSpan(text, { start: offset + part.index + lead, end: offset + part.index + part[0].length });
  });
  return { intro: { start: sentence.start, end: sentence.start + colon + 1 }, items };
}

/** The rules for a sentence or clause of running text. */
function judgeClause(span: Span, inherited: Cues | undefined, introducesList: boolean, context: Context): Finding | null {
  const passage = context.text.slice(span.start, span.end);
  // A question asks what to do; it is a discussion point, not the dialogue's answer.
  if (/\?["”»]?$/.test(passage)) return null;
  // Furniture inside a paragraph: a "Читайте также: ..." line, a credit, a disclaimer.
  if (isBoilerplate(passage)) return null;
  const own = withoutQuotations(passage);
  const cues = inherited ? mergeCues(inherited, cuesOf(passage)) : cuesOf(passage);
  if (introducesList && (isBareIntroduction(passage) || !(cues.recommend || cues.propose))) return null;

  if (DOCUMENT_DESCRIPTION.test(passage) || announcesCountedCalls(passage)) return null;
  // A call for action counts whoever makes it: the dialogue, a government, an official.
  const span_ = trimSpan(context.text, span);
  if (cues.recommend || cues.propose) {
    return { span: span_, kind: cues.propose ? 'proposal' : 'recommendation', rule: 'cue-word' };
  }
  // A view or concern counts only when the dialogue's people are the ones speaking (or their words
  // are quoted); in a convener's own piece the author speaks for the dialogue.
  if (spokenByOutsider(own)) return null;
  const attributed = context.authorVoice || inherited?.attributed || DIALOGUE_ACTOR.test(own) || cuesOnlyQuoted(passage);
  if (PROCESS_NARRATION.test(own)) return null;
  if ((cues.concern || cues.view) && attributed) {
    return { span: span_, kind: cues.concern ? 'concern' : 'finding', rule: 'dialogue-view' };
  }
  if (context.authorVoice && onTopic(passage, context)) {
    return { span: span_, kind: 'finding', rule: 'author-assessment' };
  }
  return null;
}

interface Cues {
  recommend: boolean;
  propose: boolean;
  concern: boolean;
  view: boolean;
  attributed?: boolean;
}

/**
 * The cues in a passage. When it both recommends and proposes, the verb that comes first is the
 * main one ("recommended ... building on the proposals of" is a recommendation).
 */
function cuesOf(passage: string): Cues {
  const calls = findCallCues(passage);
  const recommendAt = calls.recommendAt < 0 ? Infinity : calls.recommendAt;
  const proposeAt = calls.proposeAt < 0 ? Infinity : calls.proposeAt;
  return {
    recommend: recommendAt < Infinity,
    propose: proposeAt < recommendAt,
    concern: CONCERN.test(passage),
    view: REPORTED_VIEW.test(passage),
  };
}

function mergeCues(a: Cues, b: Cues): Cues {
  return {
    recommend: a.recommend || b.recommend,
    propose: a.propose || b.propose,
    concern: a.concern || b.concern,
    view: a.view || b.view,
  };
}

function kindOf(cues: Cues): RecordKind | undefined {
  if (cues.propose) return 'proposal';
  if (cues.recommend) return 'recommendation';
  if (cues.concern) return 'concern';
  if (cues.view) return 'finding';
  return undefined;
}

function isCall(passage: string): boolean {
  return makesCall(passage);
}

/**
 * True when a government, official or commentator is the one speaking: named before the first
 * reporting or calling verb ("Last month the State Department announced...", "senators urged"),
 * or, with no such verb, at the start of the sentence. A modal verb's subject is who should act,
 * so "President Biden should..." stays a recommendation.
 */
function spokenByOutsider(own: string): boolean {
  const verbs = [RECOMMEND, PROPOSE, REPORTED_VIEW, PROCESS_NARRATION].map((cue) => cue.exec(own)).filter((m) => m !== null);
  const first = verbs.sort((a, b) => a.index - b.index)[0];
  if (first && MODAL.exec(own)?.index === first.index) return false;
  const subject = first ? own.slice(0, first.index) : own.split(/\s+/).slice(0, SUBJECT_WORDS).join(' ');
  return OUTSIDE_ACTOR.test(subject) && !DIALOGUE_ACTOR.test(subject);
}

/** True when every cue of the passage stands inside quotation marks: the dialogue's own words. */
function cuesOnlyQuoted(passage: string): boolean {
  const own = withoutQuotations(passage);
  return [RECOMMEND, PROPOSE, CONCERN].some((cue) => cue.test(passage)) && ![RECOMMEND, PROPOSE, CONCERN].some((cue) => cue.test(own));
}

/**
 * "We propose five priority areas...:", "We recommend that NATO and Russia:", "The following steps
 * should be taken by...:" — the call's object is the list that follows; the sentence itself says
 * nothing yet.
 */
function isBareIntroduction(passage: string): boolean {
  // The list is the subject: "The following steps should be taken by the nuclear weapons states:".
  if (LIST_AS_SUBJECT.test(passage)) return true;
  const cue = RECOMMEND.exec(passage) ?? PROPOSE.exec(passage);
  if (!cue) return true;
  const after = passage.slice(cue.index + cue[0].length).replace(/:$/, '').trim();
  const words = after.split(/\s+/).filter(Boolean);
  return words.length <= MAX_BARE_INTRODUCTION_WORDS || BARE_INTRODUCTION.test(words.slice(0, 3).join(' ').replace(/^(?:that|to|on|for)\s+/i, ''));
}

/**
 * A call whose object is only a count of steps or measures announces them without making one:
 * "участники конференции предлагают 12 шагов, которые можно сделать сейчас", "proposes five steps".
 */
function announcesCountedCalls(passage: string): boolean {
  const cue = PROPOSE.exec(passage) ?? RECOMMEND.exec(passage);
  if (!cue) return false;
  const next = passage.slice(cue.index + cue[0].length).trim().split(/\s+/).slice(0, 2);
  return next.length === 2 && BARE_INTRODUCTION.test(next[0]!) && CALL_LIST_HEADING.test(next[1]!.replace(/[,.;:]$/, ''));
}

/**
 * A headline: a short paragraph above the text that does not end as a sentence does, such as a
 * title too long to pass for a heading or one broken over two lines ("Senior parliamentarians urge nuclear
 * disarmament / must remain priority in 2012"). Its words are the page's title, not a record.
 */
function isHeadline(block: string): boolean {
  return block.trim().split(/\s+/).length <= MAX_HEADLINE_WORDS && !endsAsSentence(block);
}

function endsAsSentence(block: string): boolean {
  return /[.!?…:;]["”»’)\]]*$/u.test(block.trim());
}

/** An agenda-style item: a few words, no sentence. */
function isFragment(passage: string): boolean {
  return passage.split(/\s+/).length <= MAX_FRAGMENT_WORDS && !/[.!?…]["”»]?$/.test(passage);
}

function onTopic(passage: string, context: Context): boolean {
  return context.matcher.suggest(passage).length > 0;
}

/**
 * Cuts a sentence where it joins two statements: at "and that" (two claims under one reporting
 * verb; the second inherits the verb), and at ", and" / "” and" / "and," when both sides make
 * their own claim and the second has its own subject. "X and believes Y" shares its subject,
 * and "the U.S. and Russia should" joins nouns, so neither is cut.
 */
function splitClauses(text: string, sentence: Span): { span: Span; inherited?: Cues }[] {
  const passage = text.slice(sentence.start, sentence.end);
  const pieces: { span: Span; inherited?: Cues }[] = [];
  let from = 0;
  let inherited: Cues | undefined;
  for (const join of passage.matchAll(/ and that |(?<=[,”"»]) and,? | and, /gu)) {
    const left = passage.slice(from, join.index);
    const right = passage.slice(join.index + join[0].length);
    const leftCues = cuesOf(left);
    if (!kindOf(leftCues)) continue;
    const joinsThatClauses = join[0] === ' and that ';
    if (!joinsThatClauses && (!kindOf(cuesOf(right)) || startsWithCue(right))) continue;
    pieces.push({ span: { start: sentence.start + from, end: sentence.start + join.index }, inherited });
    inherited = joinsThatClauses
      ? { ...mergeCues(inherited ?? leftCues, leftCues), attributed: DIALOGUE_ACTOR.test(withoutQuotations(left)) }
      : undefined;
    from = join.index + join[0].length;
  }
  pieces.push({ span: { start: sentence.start + from, end: sentence.end }, inherited });
  return pieces;
}

/** True when a clause opens with a verb it shares with the one before ("and therefore argued..."). */
function startsWithCue(clause: string): boolean {
  let rest = clause.trimStart();
  for (let adverb = LINKING_ADVERB.exec(rest); adverb?.index === 0; adverb = LINKING_ADVERB.exec(rest)) {
    rest = rest.slice(adverb[0].length).trimStart();
  }
  return [RECOMMEND, PROPOSE, CONCERN, REPORTED_VIEW].some((cue) => cue.exec(rest)?.index === 0);
}

/** Drops the colon, semicolon or comma that joins a passage to what follows. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && /[\s:;,]/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

function toCandidate(finding: Finding, section: string, context: Context): Candidate {
  const statement = context.text.slice(finding.span.start, finding.span.end);
  return {
    statement,
    section,
    kind: finding.kind,
    topics: context.matcher.suggest(statement, section),
    location: { start: finding.span.start, end: finding.span.end },
    summary: proposeSummary(statement),
    speaker: guessSpeaker(statement, context.dialogue),
    rule: finding.rule,
  };
}
