import { useCallback, useState, type Ref } from 'react';
import type { ShelfItem } from '../../../main/api';
import { ApiError, call } from '../api';
import { ErrorMessage } from '../shared/error-message';
import { fileName, folderOf } from '../shared/file-path';
import { useNotify } from '../shared/use-notices';
import { DocumentReader } from './document-reader';
import { MissingFile } from './missing-file';
import { FileActions } from './file-actions';
import { ReaderHeader } from './reader-header';
import { StaleBanner } from './stale-banner';
import { useShelvedPdf } from './use-shelved-pdf';
import { useStaleness } from './use-staleness';

interface ReaderViewProps {
  item: ShelfItem;
  searchRef: Ref<HTMLInputElement>;
  onClose(): void;
  onPageChange(id: string, page: number): void;
  /** The shelf has a new or changed entry; `open` is the one to show now. */
  onShelfChanged(open: ShelfItem): void;
}

/**
 * One shelved document: read by main, opened with pdf.js and shown in the reader, with what is
 * out of date about it and a new version on request; or, when its file has gone, where it was
 * looked for and a way to find it again.
 */
export function ReaderView({ item, searchRef, onClose, onPageChange, onShelfChanged }: ReaderViewProps) {
  const [attempt, setAttempt] = useState(0);
  const pdf = useShelvedPdf(item.id, attempt);
  const { fail, confirm } = useNotify();
  const staleness = useStaleness(
    item,
    useCallback((error: unknown) => fail('Briefbook could not tell whether this briefing is up to date', error), [fail]),
  );
  const [busy, setBusy] = useState<'regenerating' | 'relocating'>();
  const [mismatch, setMismatch] = useState<string>();
  const rememberPage = useCallback((page: number) => onPageChange(item.id, page), [onPageChange, item.id]);

  const regenerate = async () => {
    setBusy('regenerating');
    try {
      const result = await call('regenerateShelved', { id: item.id });
      if (result.status === 'canceled') return;
      if (result.status === 'missing') {
        fail(
          'The briefing was not regenerated',
          new ApiError({
            code: 'not-found',
            message: `The original is not at ${result.file} any more, so there is nowhere to save the new version beside it.`,
            hint: 'Go back to the shelf, open the briefing and relocate its file first.',
          }),
        );
        return;
      }
      const beside = folderOf(result.item.file) === folderOf(item.file);
      confirm(`Saved version ${result.item.export?.version} as ${fileName(result.item.file)}${beside ? ', beside the original' : ''}`);
      onShelfChanged(result.item);
    } catch (error) {
      fail('The briefing was not regenerated', error);
    } finally {
      setBusy(undefined);
    }
  };

  const relocate = async () => {
    setBusy('relocating');
    setMismatch(undefined);
    try {
      const result = await call('relocateShelved', { id: item.id });
      if (result.status === 'mismatch') setMismatch(result.file);
      if (result.status === 'relocated') {
        onShelfChanged(result.item);
        setAttempt((n) => n + 1);
      }
    } catch (error) {
      fail('The PDF could not be relocated', error);
    } finally {
      setBusy(undefined);
    }
  };

  if (pdf.status === 'ready') {
    const banners = (
      <>
        {pdf.changed && (
          <p className="reader-notice" role="status">
            This file has changed since it was put on the shelf; it is shown as it is now.
          </p>
        )}
        {staleness?.stale && item.export && (
          <StaleBanner staleness={staleness} exportedAt={item.addedAt} regenerating={busy === 'regenerating'} onRegenerate={() => void regenerate()} />
        )}
      </>
    );
    return (
      <DocumentReader
        item={item}
        document={pdf.document}
        pageSize={pdf.pageSize}
        banners={banners}
        fileActions={<FileActions id={item.id} onFail={fail} />}
        searchRef={searchRef}
        onClose={onClose}
        onPageChange={rememberPage}
      />
    );
  }

  return (
    <section className="reader" aria-label="Reader">
      <ReaderHeader item={item} onClose={onClose} />
      {pdf.status === 'loading' && <p className="reader-loading">Opening…</p>}
      {pdf.status === 'failed' && <ErrorMessage className="reader-error" title="The PDF could not be shown" error={pdf.error} />}
      {pdf.status === 'missing' && (
        <MissingFile title={item.title} file={pdf.file} mismatch={mismatch} relocating={busy === 'relocating'} onRelocate={() => void relocate()} />
      )}
    </section>
  );
}
