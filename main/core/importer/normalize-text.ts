/**
 * The stored form of an imported text: NFC, `\n` line ends, plain spaces, no invisible characters.
 *
 * Record locations are offsets into this text, so every reader funnels its output through here
 * and nothing may change the text afterwards. Non-breaking and other typographic spaces become
 * plain spaces (Russian typography puts them in dates, "24 апреля 2019 г."), soft hyphens and
 * zero-width spaces go (they split words invisibly and break search), trailing blanks go, and
 * runs of blank lines shrink to one so paragraph breaks are always exactly `\n\n`. Indentation
 * at the start of a line is kept: list items are written as indented bullets.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .normalize('NFC')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    // eslint-disable-next-line no-control-regex -- stripping stray control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
    .replace(/ +$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}
