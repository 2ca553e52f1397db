/** Asked before exporting a briefing that holds no records: an empty memo sent upward is a mistake. */
export const EMPTY_EXPORT_QUESTION =
  'This briefing holds no records: the selection matches none, or every record is left out. Export an empty briefing anyway?';
