export { confirmLink, leavePosition, rejectLink, releaseRecords, renamePosition, setStance } from './edit-positions';
export { listPositions, positionKind, type ListedPosition, type PositionKind } from './list-positions';
export { DEFAULT_MIN_SCORE, suggestPositions, type PositionSuggestion, type SuggestOptions } from './suggest-positions';
export { samePositionView, type SamePositionView, type SameRecordSuggestion } from './same-position';
