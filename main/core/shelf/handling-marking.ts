/**
 * Telling a handling marking in free text: a PDF from elsewhere may state its marking in its
 * keywords, its subject or a banner at the top of its pages, among words that are not markings.
 * Only a whole phrase that is a marking counts (a title such as "The Secret Channel" is not one),
 * and classifications count in capitals only, as they are printed.
 */

/** Caveats after a classification: "SECRET//NOFORN", "SECRET//REL TO USA, GBR", "OFFICIAL-SENSITIVE: COMMERCIAL". */
const CAVEATS = String.raw`(?:\s*//\s*[A-Z0-9][A-Z0-9 ,/-]*|:\s*[A-Z][A-Z -]*)?`;

/** The markings recognised, each as a whole-text pattern. */
const MARKINGS: readonly RegExp[] = [
  // Traffic Light Protocol, in whatever case it was typed.
  /^TLP:\s*(?:CLEAR|WHITE|GREEN|AMBER\+STRICT|AMBER|RED)$/i,
  // National, NATO and EU classifications: UNCLASSIFIED, NATO RESTRICTED, COSMIC TOP SECRET…
  new RegExp(String.raw`^(?:(?:NATO|COSMIC|EU)\s+)?(?:TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED)${CAVEATS}$`),
  new RegExp(String.raw`^(?:RESTREINT|CONFIDENTIEL|SECRET|TRÈS SECRET) UE/EU (?:RESTRICTED|CONFIDENTIAL|SECRET|TOP SECRET)$`),
  // UK Government Security Classifications.
  new RegExp(String.raw`^OFFICIAL(?:[- ]SENSITIVE)?${CAVEATS}$`),
  // US controlled unclassified information, Canadian designations, EU and Council distribution.
  new RegExp(String.raw`^(?:CUI|FOUO|FOR OFFICIAL USE ONLY|CONTROLLED UNCLASSIFIED INFORMATION|PROTECTED(?: [ABC])?|LIMITE|LIMITED DISTRIBUTION)${CAVEATS}$`),
  // Russian documents: "for official use", secret, top secret.
  /^(?:ДСП|ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ|СЕКРЕТНО|СОВЕРШЕННО СЕКРЕТНО)$/,
];

/**
 * `text` as a marking, tidied ("TLP: amber" gives "TLP:AMBER", "SECRET // NOFORN" gives
 * "SECRET//NOFORN"), when the whole of it is one; otherwise undefined.
 */
export function asMarking(text: string): string | undefined {
  const tidy = text
    .replace(/\s+/g, ' ')
    .replace(/\s*(\/\/|\+)\s*/g, '$1')
    .replace(/\s*-\s*(?=SENSITIVE)/, '-')
    .trim();
  if (!MARKINGS.some((pattern) => pattern.test(tidy))) return undefined;
  return /^TLP:/i.test(tidy) ? tidy.replace(/\s+/g, '').toUpperCase() : tidy;
}

/**
 * The first marking among the phrases of a list such as a PDF's keywords ("TLP:AMBER, arms
 * control; Russia"). A caveat list keeps its commas ("SECRET//REL TO USA, GBR, arms control"
 * gives "SECRET//REL TO USA, GBR"): at each phrase the longest run of comma-joined phrases that
 * is still a marking wins.
 */
export function markingAmong(list: string): string | undefined {
  const phrases = list.split(/[;|]|\s[–—]\s/).map((part) => part.split(','));
  for (const commaParts of phrases) {
    for (let start = 0; start < commaParts.length; start++) {
      let found: string | undefined;
      for (let end = start + 1; end <= commaParts.length; end++) {
        found = asMarking(commaParts.slice(start, end).join(',')) ?? found;
      }
      if (found) return found;
    }
  }
  return undefined;
}
