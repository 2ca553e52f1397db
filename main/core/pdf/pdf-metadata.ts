import type { BriefingModel } from '../compose/briefing-model';
import { formatDate } from '../render/helpers';

/** The PDF's document information dictionary: the standard keys (lowercase, as pdfmake takes them), and Briefbook's own (as written). */
export type DocumentInfo = {
  title: string;
  author?: string;
  subject: string;
  keywords: string;
  creator: string;
  /** The handling marking, under a key of its own for data-loss-prevention tools to match. */
  Marking: string;
  /** This document's version, "1", "2"… */
  Version: string;
  /** "Version 1 of 3 March 2026" for a regenerated briefing. */
  Supersedes?: string;
};

/** "Version 1 of 3 March 2026": the version a regenerated briefing replaces, or undefined. */
export function supersededText(model: Pick<BriefingModel, 'supersedes'>): string | undefined {
  const { supersedes } = model;
  return supersedes ? `Version ${supersedes.version} of ${formatDate(supersedes.date)}` : undefined;
}

/**
 * The information dictionary of a briefing printed with `marking`. The marking also leads the
 * keywords, the field most tools index; the author (the FROM line) is left out when the
 * analyst asked.
 */
export function documentInfo(model: BriefingModel, marking: string): DocumentInfo {
  const topics = model.sections.map((section) => section.topic.label);
  const supersedes = supersededText(model);
  return {
    title: model.title,
    ...(model.omitAuthor ? {} : { author: model.from || 'Briefbook' }),
    subject: model.subject,
    keywords: [marking, ...topics].filter(Boolean).join(', '),
    creator: 'Briefbook',
    Marking: marking,
    Version: String(model.version),
    ...(supersedes ? { Supersedes: supersedes } : {}),
  };
}

/**
 * XMP for what the information dictionary's own keys do not carry over (PDFKit writes title,
 * author, subject and keywords itself): the marking as the rights statement and usage terms,
 * the version, and the version it supersedes as a relation. Only properties of predefined
 * schemas (Dublin Core, XMP Rights Management, XMP Media Management), so a PDF/A file needs no
 * extension schema for them.
 */
export function xmpFragment(model: BriefingModel, marking: string): string {
  const supersedes = supersededText(model);
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<rdf:Description rdf:about="" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">',
    ...(marking ? [`<xmpRights:UsageTerms>${alt(marking)}</xmpRights:UsageTerms>`] : []),
    `<xmpMM:VersionID>${model.version}</xmpMM:VersionID>`,
    '</rdf:Description>',
    ...(marking || supersedes
      ? [
          '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
          ...(marking ? [`<dc:rights>${alt(marking)}</dc:rights>`] : []),
          ...(supersedes ? [`<dc:relation><rdf:Bag><rdf:li>Supersedes ${escapeXml(supersedes.charAt(0).toLowerCase() + supersedes.slice(1))}</rdf:li></rdf:Bag></dc:relation>`] : []),
          '</rdf:Description>',
        ]
      : []),
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
