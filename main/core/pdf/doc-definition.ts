import type { Content, DocDefinition } from 'pdfmake';
import type { BriefingModel } from '../compose/briefing-model';
import type { ResolvedPageSetup } from '../render/page-setup';
import { mergeStyleLists } from './merge-style-lists';
import { documentInfo } from './pdf-metadata';
import { pageFooter, pageHeader, watermark } from './page-furniture';
import type { PageCounter } from './page-furniture';
import { LINE_HEIGHT, COLORS, textStyles } from './stylesheet';

/** pdfmake's names of the papers an analyst chooses between. */
const PAPER_SIZES: Record<Exclude<BriefingModel['paper'], ''>, ResolvedPageSetup['pageSize']> = { a4: 'A4', letter: 'LETTER' };

/**
 * The analyst's paper for this briefing over the template's A4 or Letter (margins stay the
 * template's); a template made for Legal or A5 keeps its paper.
 */
function pageSize(model: BriefingModel, setup: ResolvedPageSetup): ResolvedPageSetup['pageSize'] {
  return model.paper && (setup.pageSize === 'A4' || setup.pageSize === 'LETTER') ? PAPER_SIZES[model.paper] : setup.pageSize;
}

/** The template's logo above the first page's text: at most 180 × 54 points, its proportions kept. */
function firstPageLogo(logo: string): Content {
  // Decoration, like the banners: a screen reader skips it.
  return { image: logo, fit: [180, 54], margin: [0, 0, 0, 14], tag: 'Artifact' };
}

/**
 * Assembles the pdfmake document: converted content, page setup, marking banners, page
 * numbers, watermark, style sheet and PDF metadata; tagged, and PDF/A-2b when asked. `pages.count` holds the page count once
 * pdfmake has laid the document out.
 */
export function buildDocDefinition(
  model: BriefingModel,
  setup: ResolvedPageSetup,
  content: Content[],
  language: string,
): { definition: DocDefinition; pages: PageCounter } {
  const pages: PageCounter = { count: 0 };
  // A template may override the briefing's marking (e.g. a TLP-only template).
  const marking = setup.marking || model.marking;
  const styles = textStyles(setup);
  mergeStyleLists(content, styles);
  const definition: DocDefinition = {
    content: setup.logo ? [firstPageLogo(setup.logo), ...content] : content,
    pageSize: pageSize(model, setup),
    pageOrientation: setup.orientation,
    pageMargins: [...setup.margins],
    header: pageHeader(marking, setup),
    footer: pageFooter(marking, setup, pages),
    watermark: watermark(model.draft, setup),
    info: documentInfo(model, marking),
    styles,
    defaultStyle: { font: setup.font, fontSize: setup.fontSize, lineHeight: LINE_HEIGHT, color: COLORS.ink },
    // Keep a heading with what follows it: never the last thing on a page.
    pageBreakBefore: (node, { getFollowingNodesOnPage }) => node.headlineLevel !== undefined && getFollowingNodesOnPage().length === 0,
    // Watermark opacity needs PDF 1.4 transparency; pdfmake declares 1.3 by default.
    version: '1.7',
    // Accessible by default: a structure tree from the template's HTML (see structure-tags.ts),
    // page furniture as artifacts, the title shown in the viewer's title bar.
    tagged: true,
    pdfUA: true,
    language,
    displayTitle: true,
    // Archival on request, from the briefing or the template: PDF/A-2 allows the watermark's
    // transparency, given the sRGB output intent (its profile is added by exportPdf).
    ...(model.pdfa || setup.pdfa ? { subset: 'PDF/A-2b' } : {}),
  };
  return { definition, pages };
}
