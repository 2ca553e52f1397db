// The reading room's shelf: recording exports, telling out-of-date briefings, versions, PDF facts.
export { ExportFolders, exportFoldersFile } from './export-folders';
export { readPdfFacts, type PdfFacts } from './pdf-facts';
export { digestPrintedFields, printedRecords } from './printed-records';
export { checkShelvedPdf, readShelvedPdf, ShelvedFileError } from './shelved-pdf';
export { exportShelfEntry, findShelved, sha256Hex, shelve, type ExportFacts } from './shelve';
export {
  currentRequest,
  findStaleness,
  shelfEntryStaleness,
  type ChangedRecord,
  type EditedRecord,
  type FieldChange,
  type RemovedRecord,
  type Staleness,
  type TextDiffPart,
} from './staleness';
export { wordDiff } from './text-diff';
export { freeVersionFile, nextVersion, supersededVersion, supersedingVersion, versionFile } from './versions';
