/** Control characters the stored text never holds (tab, line and page breaks are dealt with apart). */
// eslint-disable-next-line no-control-regex -- stripping stray control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/**
 * The stored form of an imported text: NFC, `\n` line ends, no invisible characters.
 *
 * Record locations are offsets into this text, so every reader funnels its output through here
 * and nothing may change the text afterwards. Soft hyphens and zero-width spaces go (they split
 * words invisibly and break search), tabs become spaces, trailing blanks go, and runs of blank
 * lines shrink to one so paragraph breaks are always exactly `\n\n`. Non-breaking spaces stay:
 * they are part of the verbatim text (Russian typography puts them in dates, "24 апреля"), and
 * every pattern that reads the text accepts them as spaces. Indentation at the start of a line is
 * kept: list items are written as indented bullets.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .normalize('NFC')
    .replace(/\t/g, ' ')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(CONTROL_CHARACTERS, '')
    // Each run of spaces is looked at once: a pattern like / +$/m retries every space of a long
    // run that does not end its line, which took seconds on a file of blanks.
    .replace(/ +/g, (run: string, at: number, text: string) => (at + run.length === text.length || text[at + run.length] === '\n' ? '' : run))
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd();
}
