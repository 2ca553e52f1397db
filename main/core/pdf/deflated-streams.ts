import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import PDFKitDocument from 'pdfkit';
import { SizeBoundedCache } from './size-bounded-cache';

/** Most compressed bytes kept: a 500-page book's streams are about 6 MB. */
const DEFAULT_CAPACITY = 16_000_000;

/**
 * PDF streams deflated before, by their bytes: the same font subset, and every page an edit
 * did not change, is not deflated again in the next export.
 *
 * Deflate is a function of the bytes alone (same zlib, same level), so a stream's SHA-256 is a
 * sound key; hashing costs a small fraction of deflating. The least recently used are dropped
 * past `capacity` bytes of compressed output.
 */
export class DeflatedStreams {
  private readonly streams: SizeBoundedCache<Buffer>;
  /** Streams deflated since the cache was made, and streams taken from it: what tests count. */
  deflated = 0;
  reused = 0;

  constructor(capacity = DEFAULT_CAPACITY) {
    this.streams = new SizeBoundedCache(capacity, (_key, stream) => stream.length);
  }

  deflate(bytes: Buffer): Buffer {
    const key = createHash('sha256').update(bytes).digest('base64');
    const kept = this.streams.get(key);
    if (kept) {
      this.reused++;
      return kept;
    }
    const deflated = deflateSync(bytes);
    this.deflated++;
    this.streams.set(key, deflated);
    return deflated;
  }

  /** Forgets every stream. */
  clear(): void {
    this.streams.clear();
  }
}

/** The streams this thread's exports share. */
export const sharedDeflatedStreams = new DeflatedStreams();

interface DeflatingDocument {
  prototype: { deflateStream?: ((bytes: Buffer) => Buffer) | undefined };
}

/**
 * Makes every PDFKit document (pdfmake's included) deflate its streams through `cache`, or with
 * zlib alone when it is null. PDFKit calls `deflateStream` through Briefbook's patch
 * (patches/pdfkit+0.19.1.patch).
 */
export function installDeflatedStreams(cache: DeflatedStreams | null = sharedDeflatedStreams, document: DeflatingDocument = PDFKitDocument as unknown as DeflatingDocument): void {
  document.prototype.deflateStream = cache ? (bytes) => cache.deflate(bytes) : undefined;
}
