import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element as pdf.js gives it to screen readers (`page.getStructTree()`). */
export interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  alt?: string;
  lang?: string;
  children?: StructNode[];
}

type PdfValue = string | number | boolean | null | PdfValue[] | { [key: string]: PdfValue };
type PdfDict = Record<string, PdfValue>;

/** The PDF's objects as qpdf reads them (`qpdf --json=2`), references left as "12 0 R". */
export function pdfObjects(bytes: Uint8Array): { objects: Record<string, { value?: PdfValue; stream?: { dict: PdfDict } }>; root: PdfDict } {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefbook-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-stream-data=none', file, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString()) as {
      qpdf: [unknown, Record<string, { value?: PdfValue; stream?: { dict: PdfDict } }>];
    };
    const objects = json.qpdf[1];
    const trailer = objects.trailer!.value as PdfDict;
    const root = resolve(objects, trailer['/Root']) as PdfDict;
    return { objects, root };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function resolve(objects: Record<string, { value?: PdfValue; stream?: { dict: PdfDict } }>, value: PdfValue | undefined): PdfValue | undefined {
  if (typeof value === 'string' && / \d+ R$/.test(value)) {
    const object = objects[`obj:${value}`];
    return object?.value ?? object?.stream?.dict;
  }
  return value;
}

const decode = (value: PdfValue | undefined): string => (typeof value === 'string' ? value.replace(/^u:/, '') : '');

/**
 * The machine-checkable parts of the Matterhorn Protocol 1.1 (PDF/UA-1) that apply to
 * Briefbook's documents, as a list of failures (empty when the PDF passes). Each failure
 * names its Matterhorn checkpoint.
 *
 * - 01-004/005: every text on every page is in the structure tree or an artifact;
 * - 06-002/003, 07-001: XMP metadata with a dc:title and PDF/UA identification; DisplayDocTitle;
 * - 01-001 MarkInfo Marked; structure tree root present with a Document element;
 * - 11-006: the document's /Lang;
 * - 14-002/003: headings start at H1 and never skip a level;
 * - 15-003: tables have header cells, each with a Scope;
 * - 13-004: figures have alternate text;
 * - 28-011, 7.18.5: link annotations are in a Link element and have a description (Contents);
 * - 31-001…: every font embedded (FontFile*), 31-027: with a ToUnicode map;
 * - 09-004 etc.: pages use structure order for tabs (Tabs /S).
 */
export async function matterhornFailures(bytes: Uint8Array): Promise<string[]> {
  const failures: string[] = [];
  const { objects, root } = pdfObjects(bytes);
  const get = (value: PdfValue | undefined) => resolve(objects, value);

  if ((get(root['/MarkInfo']) as PdfDict | undefined)?.['/Marked'] !== true) failures.push('01-001 MarkInfo /Marked is not true');
  const treeRoot = get(root['/StructTreeRoot']) as PdfDict | undefined;
  if (!treeRoot) failures.push('01-001 no structure tree');
  if (!decode(root['/Lang'])) failures.push('11-006 no /Lang on the document');
  if ((get(root['/ViewerPreferences']) as PdfDict | undefined)?.['/DisplayDocTitle'] !== true) failures.push('07-001 ViewerPreferences /DisplayDocTitle is not true');

  for (const [key, object] of Object.entries(objects)) {
    const dict = (object.value ?? object.stream?.dict) as PdfDict | undefined;
    if (!dict || typeof dict !== 'object' || Array.isArray(dict)) continue;
    if (dict['/Type'] === '/Font') {
      // A composite font (Type0) maps to Unicode; its descendant CID font holds the embedded file.
      const subtype = dict['/Subtype'];
      if (subtype !== '/Type0' && subtype !== '/Type3') {
        const descriptor = get(dict['/FontDescriptor']) as PdfDict | undefined;
        if (!descriptor || !(descriptor['/FontFile'] || descriptor['/FontFile2'] || descriptor['/FontFile3'])) failures.push(`31-001 font ${String(dict['/BaseFont'])} (${key}) is not embedded`);
      }
      if (subtype !== '/CIDFontType0' && subtype !== '/CIDFontType2' && !dict['/ToUnicode']) failures.push(`31-027 font ${String(dict['/BaseFont'])} (${key}) has no ToUnicode map`);
    }
    if (dict['/Type'] === '/Page' && dict['/Tabs'] !== '/S') failures.push(`page ${key} does not use structure order for tabs (/Tabs /S)`);
    if (dict['/Subtype'] === '/Link') {
      if (dict['/StructParent'] === undefined) failures.push(`28-011 link annotation ${key} is not in a Link element`);
      if (!decode(dict['/Contents'])) failures.push(`28-012 link annotation ${key} has no description (/Contents)`);
    }
    if (dict['/S'] === '/TH') {
      const attributes = [get(dict['/A'])].flat() as Array<PdfDict | undefined>;
      if (!attributes.some((attribute) => attribute && get(attribute as PdfValue) && (get(attribute as PdfValue) as PdfDict)['/Scope'])) failures.push(`15-003 header cell ${key} has no Scope`);
    }
  }

  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const xmp = await xmpOf(bytes);
    if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>[^<]+</.test(xmp)) failures.push('06-003 no dc:title in the XMP metadata');
    if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp)) failures.push('06-002 no PDF/UA identification (pdfuaid:part) in the XMP metadata');

    const headings: number[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const tree = (await page.getStructTree()) as StructNode | null;
      const contentIds = new Set<string>();
      const walk = (node: StructNode): void => {
        if (node.type === 'content' && node.id) contentIds.add(node.id);
        const heading = /^H([1-6])$/.exec(node.role ?? '');
        if (heading) headings.push(Number(heading[1]));
        if (node.role === 'Figure' && !node.alt) failures.push(`13-004 a figure on page ${number} has no alternate text`);
        if (node.role === 'Table' && !hasRole(node, 'TH')) failures.push(`15-003 a table on page ${number} has no header cells`);
        for (const child of node.children ?? []) walk(child);
      };
      if (tree) walk(tree);
      const { items } = await page.getTextContent({ includeMarkedContent: true });
      const open: Array<{ tag?: string; id?: string | null }> = [];
      for (const item of items as Array<{ type?: string; tag?: string; id?: string | null; str?: string }>) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push(item);
        else if (item.type === 'endMarkedContent') open.pop();
        else if (item.str?.trim()) {
          const tagged = open.some((marked) => marked.tag === 'Artifact' || (marked.id && contentIds.has(marked.id)));
          if (!tagged) failures.push(`01-005 text "${item.str.slice(0, 40)}" on page ${number} is neither in the structure tree nor an artifact`);
        }
      }
      page.cleanup();
    }
    if (headings.length > 0 && headings[0] !== 1) failures.push(`14-002 the first heading is H${headings[0]}, not H1`);
    headings.forEach((level, index) => {
      if (index > 0 && level > headings[index - 1]! + 1) failures.push(`14-003 heading H${level} follows H${headings[index - 1]}: a level is skipped`);
    });
  } finally {
    await doc.destroy();
  }
  return failures;
}

function hasRole(node: StructNode, role: string): boolean {
  return node.role === role || (node.children ?? []).some((child) => hasRole(child, role));
}

/**
 * The structure tree as a screen reader gets it from pdf.js, page by page: each element as
 * its role (with ` lang=…` and ` alt=…` when it has them), indented by depth, in reading order.
 */
export async function structureOutline(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const lines: string[] = [];
    const walk = (node: StructNode, depth: number): void => {
      if (node.role) lines.push(`${' '.repeat(depth)}${node.role}${node.lang ? ` lang=${node.lang}` : ''}${node.alt ? ` alt=${node.alt}` : ''}`);
      for (const child of node.children ?? []) walk(child, depth + 1);
    };
    for (let number = 1; number <= doc.numPages; number++) {
      const tree = (await (await doc.getPage(number)).getStructTree()) as StructNode | null;
      for (const child of tree?.children ?? []) walk(child, 0);
    }
    return lines;
  } finally {
    await doc.destroy();
  }
}

/** The XMP metadata packet as pdf.js reads it ('' when there is none). */
export async function xmpOf(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const { metadata } = await doc.getMetadata();
    return (metadata as { getRaw(): string } | null)?.getRaw() ?? '';
  } finally {
    await doc.destroy();
  }
}
