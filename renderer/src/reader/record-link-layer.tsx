import { useState } from 'react';
import { recordIdOfLink } from '../../../main/core/compose/record-link';
import type { PdfDocument } from '../shared/pdf/pdf-document';
import { useOpenRecord } from './open-record';
import { useRequestEffect } from '../shared/use-request-effect';

interface RecordLinkBox {
  recordId: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

interface RecordLinkLayerProps {
  document: PdfDocument;
  pageNumber: number;
  /** CSS pixels. */
  width: number;
  wanted: boolean;
}

/**
 * The record links of a page, as buttons over the words that carry them: a click opens the
 * library at the record. Only record links are followed, and never over the network (the
 * address part of a link is ignored): every other link of the PDF stays inert in the reader.
 */
export function RecordLinkLayer({ document, pageNumber, width, wanted }: RecordLinkLayerProps) {
  const boxes = useRecordLinkBoxes(document, pageNumber, width, wanted);
  const openRecord = useOpenRecord();
  return (
    <div className="reader-record-links">
      {boxes.map((box, index) => (
        <button
          key={index}
          type="button"
          className="reader-record-link"
          data-record-id={box.recordId}
          title="Open this record in the library"
          aria-label={`Open record ${box.recordId} in the library`}
          style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
          onClick={() => openRecord(box.recordId)}
        />
      ))}
    </div>
  );
}

function useRecordLinkBoxes(document: PdfDocument, pageNumber: number, width: number, wanted: boolean): RecordLinkBox[] {
  const [boxes, setBoxes] = useState<RecordLinkBox[]>([]);
  useRequestEffect(() => (wanted && width > 0 ? recordLinkBoxes(document, pageNumber, width) : undefined), [document, pageNumber, width, wanted], {
    onResult: setBoxes,
    onError: (error) => console.error(error),
  });
  return boxes;
}

/** Where the record links of page `pageNumber` are, on the page drawn `width` pixels wide. */
async function recordLinkBoxes(document: PdfDocument, pageNumber: number, width: number): Promise<RecordLinkBox[]> {
  const page = await document.getPage(pageNumber);
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
  const annotations = (await page.getAnnotations({ intent: 'display' })) as { subtype: string; url?: string; unsafeUrl?: string; rect: number[] }[];
  return annotations.flatMap((annotation) => {
    const recordId = annotation.subtype === 'Link' ? recordIdOfLink(annotation.url ?? annotation.unsafeUrl ?? '') : undefined;
    if (!recordId) return [];
    const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(annotation.rect) as [number, number, number, number];
    return [{ recordId, left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) }];
  });
}
