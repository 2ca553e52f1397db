/**
 * The words that mark what a dialogue recommends, proposes, fears or concluded, in English and
 * Russian.
 *
 * Each list is one regular expression over whole words (JavaScript's `\b` knows no Cyrillic, so
 * word edges are spelled out with Unicode letter classes). Russian entries are stems followed by
 * any ending, since Russian inflects verbs for person, number and gender.
 */

/** `alternatives` as whole words, case-insensitive, Unicode-aware. */
export function wordPattern(alternatives: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

const R = '\\p{L}*';

/**
 * Normative language: what someone should do. Verbs, modals and "it is necessary" forms only:
 * the nouns ("recommendations", "рекомендации") name calls without making one ("the report
 * contains fifteen recommendations"), so they are not cues (see `CALL_NOUN`).
 */
export const RECOMMEND = wordPattern([
  'should', 'shouldn[’\']t', 'must', 'ought to', 'needs? to', 'need not', 'have to', 'has to', 'will have to',
  // "This issue needs sustained leadership", but not "the needs of".
  // "needs" before a preposition is what someone needs ("the level of cooperation the United States needs with Russia").
  '(?<!(?:the|their|our|its|whose) )needs(?= (?!(?:with|from|of|in|for|and|or|as)(?![\\p{L}]))\\p{L})', '(?:is|are) (?:\\p{L}+ )?needed', '(?:is|are) required', 'requir(?:es|ing)',
  'recommend(?:s|ed|ing)?', 'recommendation (?:is|was) (?:to|that)', 'urg(?:e|es|ed|ing)', 'call(?:s|ed|ing)? (?:on|upon|for)', 'appeal(?:s|ed)? to',
  'challeng(?:e|es|ed) (?:[\\p{L}’\']+ ){1,3}to', 'asks? (?:[\\p{L}]+ ){0,2}to',
  'encourag(?:e|es|ed|ing)', 'advocat(?:e|es|ed|ing)', 'endors(?:e|es|ed)', 'resolved to', '(?<!remaining )commit(?:s|ted)? to',
  '(?:bear|bears|have|has) a (?:special |particular )?responsibility',
  'it (?:is|will be|would be) (?:highly |\\p{L}+ly )?(?:essential|vital|imperative|necessary|crucial|important|desirable|advisable) (?:to|that)',
  'there is no alternative to', 'favou?rs? (?:the )?\\p{L}+ion', 'agree(?:d|s)? to(?! the| a| an| this| that)',
  // Soft and reported calls: "underscored the need for", "agreed on the necessity of", "emphasized the importance of".
  '(?:emphasi[sz]e[ds]?|stress(?:es|ed)?|underscore[ds]?|underline[ds]?|highlight(?:s|ed)?|affirm(?:s|ed)?|reaffirm(?:s|ed)?|recogni[sz]e[ds]?|agreed on|concurred on|point(?:s|ed) to) the (?:urgent |pressing )?(?:need|necessity|importance|value)',
  '(?:would|will) be (?:an? )?(?:\\p{L}+ly )?(?:valuable|useful|helpful|welcome|desirable|important)',
  `рекоменд(?!аци)${R}`, 'следует', 'должн(?:ы|а|о|ен)',
  // "необходимо", "считает необходимым", "о необходимости", but not the adjective ("выработки необходимых мер").
  'необходим(?:о|а|ы|ым)?', `необходимост${R}`, `требу(?:ет|ют)(?= \\p{L})`, `обязательн${R} мер${R}`, `призыва${R}`, `призвал${R}`, `настаива${R}`,
  'нужно', 'надо', 'важно', `важност${R}`, 'целесообразно', 'придется', 'придётся', `обязу${R}`,
  `взял${R} на себя обязательств${R}`,
  // Expectations, invitations, demands and "it is time" make calls too: "it expects China to adhere
  // to", "we invite all parties to", "it is high time to", "пришло время", "следовало бы".
  'expect(?:s|ed)? (?:[\\p{L}.-]+ ){1,3}to(?! be (?:held|released|published))', 'invit(?:e|es|ed) (?:[\\p{L}-]+ ){1,3}to',
  'demand(?:s|ed)?(?= (?:that|the|an?|to)(?![\\p{L}]))', 'insist(?:s|ed)? (?:that|on)', 'pledg(?:e|es|ed) to',
  'it is (?:high |about )?time (?:to|for)', 'let us', 'let[’\']s',
  // The verb, not the noun of a headline ("An Appeal for a New Start").
  '(?<!(?:an?|the|this|their|our) )appeal(?:s|ed|ing)? for', 'advis(?:e|es|ed) (?:[\\p{L}-]+ ){0,3}to', 'request(?:s|ed)? (?:that|(?:[\\p{L}-]+ ){1,3}to)', '(?:would|will) welcome',
  `призва(?:в|ть)`, 'с призывом', `просил${R} (?:[\\p{L}-]+ ){0,3}(?=\\p{L}+ть)`,
  'следовало бы', 'стоило бы', 'имеет смысл', 'пора', 'пришло время', 'надлежит', `выступа${R} за`, `требуетс${R}`,
  'нуж(?:ен|на|ны)', 'обязаны',
]);

/**
 * The nouns that name calls: a list introduced by them ("Among the major recommendations are:",
 * "Предложения:") is a list of calls, though the nouns alone make none.
 */
export const CALL_NOUN = wordPattern([
  'recommendations?', 'proposals?', 'suggestions?', `рекомендаци${R}`, `предложени${R}`,
]);

/** Offers of a course of action: proposals and suggestions, including lists of possible steps. */
export const PROPOSE = wordPattern([
  'propos(?:e|es|ed|ing)', 'suggest(?:s|ed|ing)?', 'could include', 'possible steps?', 'put forward',
  'could (?:consider|take|explore|start|begin|agree|establish|help)', 'might (?:consider|take|explore)',
  `предлага${R}`, `предлож(?!ени)${R}`, 'могл[иа]? бы', 'мог бы',
]);

/** Worry, fear and risk as the dialogue voices it. */
export const CONCERN = wordPattern([
  'concern(?:s|ed|ing)?', 'afraid', 'fears?', 'feared', 'worr(?:y|ies|ied)', 'alarm(?:ed|ing)?', 'risks?', 'risky',
  'dangers?', 'dangerous', 'threat(?:s|en|ens|ened)?', 'warn(?:s|ed|ing)?', 'negative impact', 'destabiliz\\p{L}*',
  'escalat\\p{L}*', 'confrontations?',
  `обеспокоен${R}`, `озабочен${R}`, `опасени${R}`, `опаса${R}`, `риск${R}`, `угроз${R}`, `тревог${R}`, `эскалаци${R}`,
]);

/** Reported views and conclusions: what participants agreed, found, said or denied. */
export const REPORTED_VIEW = wordPattern([
  'agree(?:d|s)?(?: that| on)?', 'conclu(?:de|ded|des) that', 'concluded', 'not(?:e|ed|es)(?: that)?', 'said', 'says',
  'indicated', 'believes?', 'believed', 'reported', 'denied', 'argu(?:e|ed|es)', 'stressed', 'emphasi[sz]ed',
  'acknowledged', 'observed', 'expressed', 'maintained', 'insisted', 'recogni[sz]ed that', 'pointed out', 'told',
  'disagree(?:d|s)?',
  `согласил${R}`, `договорил${R}`, 'пришли к выводу', `отмети${R}`, `отмеча${R}`, `заяви${R}`, `счита${R}`, `указа${R}`,
  `подчеркну${R}`, `признал${R}`,
]);

/**
 * Words naming the dialogue's own participants. In a report about a dialogue, a call or a view
 * counts only when the sentence attributes it to them, not to a senator or a ministry.
 */
export const DIALOGUE_ACTOR = wordPattern([
  'we', 'our', 'us', 'they', 'their', 'group', 'groups', 'delegations?', 'delegates?', 'members', 'participants',
  'presenters', 'panel(?:ists)?', 'sides?', 'counterparts', 'dialogue', 'joint statement', 'statement', 'experts',
  // Track 2 participants are retired and former officials; in a report on a bilateral dialogue
  // "the Russians" and "the Americans" are its two delegations.
  'retired', 'former', 'the russians', 'the americans', 'task force', 'commission', 'working group',
  'мы', `наш${R}`, 'они', `групп${R}`, `делегаци${R}`, `делегат${R}`, `участник${R}`, `сторон${R}`, `эксперт${R}`,
  `заявлени${R}`, `бывш${R}`, `отставн${R}`,
]);

/**
 * Governments and their officials, legislators and outside commentators. When one of them is the
 * subject of a reporting verb ("the State Department announced", "senators urged"), the view is
 * theirs, not the dialogue's.
 */
export const OUTSIDE_ACTOR = wordPattern([
  'ministry', 'ministries', 'minister', 'department', 'government', 'governments', 'president', 'prime minister',
  'senators?', 'congress', 'congressmen', 'parliament', 'duma', 'kremlin', 'white house', 'pentagon',
  'spokes(?:man|woman|person)', 'administration', 'analysts', 'commentators', 'press', 'media',
  `министерств${R}`, `министр${R}`, 'мид', `правительств${R}`, `президент${R}`, `кремл${R}`, `парламент${R}`,
  `депутат${R}`, `сенатор${R}`, `администраци${R}`, `ведомств${R}`, `аналитик${R}`, `пресс-секретар${R}`, 'сми',
]);

/** Modal verbs: their subject is who should act, not who speaks ("President Biden should..."). */
export const MODAL = wordPattern(['should', 'shouldn[’\']t', 'must', 'ought to', 'needs? to', 'need not', 'have to', 'has to', 'следует', 'должн(?:ы|а|о|ен)', 'необходимо', 'нужно']);

/** First-person plural: the author writing as the organisation that convened the dialogue. */
export const FIRST_PERSON_PLURAL = wordPattern(['we', 'our', 'мы', `наш${R}`, 'нам', 'нас']);

/**
 * Verbs that narrate how a dialogue met rather than what it said: "convened multiple meetings",
 * "gathered in Reykjavik", "discussed Central Asia at some length".
 */
export const PROCESS_NARRATION = wordPattern([
  'conven(?:e|ed|es)', 'gathered', 'met', 'meets', 'hosts?', 'hosted', 'attended', 'discussed', 'organi[sz]ed',
  'took place', 'was held', 'were held', 'took part', 'participated', 'announced', 'announces',
  'originally published', 'this (?:piece|article|commentary|report) (?:was|is)',
  `объяви${R}`, `объявля${R}`, 'приняли участие', 'принял участие', 'приняла участие', `собрал${R}`, `встретил${R}`, 'состоял(?:ась|ось|ся)', `обсуди${R}`, `обсужда${R}`, `проведен${R}`, `опубликован${R}`,
]);

/** Adverbs that may stand between "and" and a verb the two clauses share ("and therefore argued"). */
export const LINKING_ADVERB = wordPattern(['therefore', 'also', 'then', 'thus', 'so', 'hence', 'further(?:more)?', 'также', 'поэтому']);

/**
 * A sentence that says what a document does rather than what it asks: "This report concentrates on
 * the issues that must be addressed...", "В докладе рассматриваются вопросы...", "В докладе
 * предлагаются конкретные... меры". Never a record, whatever its cue words.
 */
export const DOCUMENT_DESCRIPTION = new RegExp(
  [
    `^(?:this|the|our|that|its) (?:\\p{L}+ ){0,2}(?:report|paper|study|brief|book|document|chapter|section|article|volume)\\s+` +
      `(?:\\p{L}+\\s+){0,2}?(?:concentrates|focuses|contains|examines|discusses|identifies|describes|outlines|reviews|analy[sz]es|explores|covers|looks at|summari[sz]es)(?![\\p{L}])`,
    `^В (?:\\p{L}+ )?(?:доклад|стать|документ|работ|книг)\\p{L}*[^.]{0,200}?(?:рассматрива|анализиру|описыва|содерж|излага)\\p{L}*`,
    `^В (?:\\p{L}+ )?(?:доклад|стать|документ|работ|книг)\\p{L}*[^.]{0,200}?предлага\\p{L}* (?:[\\p{L},]+ ){0,6}(?:мер|шаг)`,
  ].join('|'),
  'iu',
);
