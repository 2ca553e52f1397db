/**
 * Attribution that opens a reported statement: "In its joint statement, the group said that",
 * "The Russian and American delegations agreed that". Kept short so it cannot eat the content.
 */
const ATTRIBUTION =
  /^(?:[^,.;:“”"«»]{0,60},\s*)?[^.;:“”"«»]{0,80}?\b(?:said|say|says|argued|noted|agreed|concluded|stressed|believes?|reported|indicated|warned|suggested|emphasi[sz]ed|considered|сказал\p{L}*|заявил\p{L}*|отметил\p{L}*|согласил\p{L}*|считают)\b[^.;:“”"«»]{0,30}?\s(?:that|что)\s+/iu;
const MAX_SUMMARY_LENGTH = 300;

/**
 * A first summary for a candidate: the statement without its attribution and quotation marks,
 * as a sentence. The analyst rewrites it; it saves typing the common case.
 */
export function proposeSummary(statement: string): string {
  let text = statement.replace(ATTRIBUTION, '').replace(/[“”"«»]/g, '').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_SUMMARY_LENGTH) text = `${text.slice(0, MAX_SUMMARY_LENGTH).replace(/\s+\S*$/, '')}…`;
  text = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
