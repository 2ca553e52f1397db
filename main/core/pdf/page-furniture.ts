import type { ContentNode, DocDefinition, DynamicContent } from 'pdfmake';
import type { ResolvedPageSetup } from '../render/page-setup';
import { COLORS } from './stylesheet';

/**
 * Traffic Light Protocol 2.0 label colours (FIRST): coloured text on black. Classification
 * markings are printed in black; their colour conventions vary by government.
 */
const TLP_COLORS: Record<string, string> = {
  RED: '#ff2b2b',
  'AMBER+STRICT': '#ffc000',
  AMBER: '#ffc000',
  GREEN: '#33ff00',
  CLEAR: '#ffffff',
  WHITE: '#ffffff',
};

const NBSP = '\u00a0';

/** The handling marking as printed in the banners, centred and bold; TLP labels in their colours. */
export function markingBanner(marking: string, setup: ResolvedPageSetup): ContentNode {
  const text = marking.trim();
  const base = { font: setup.headingFont, fontSize: 9, bold: true, characterSpacing: 0.5, alignment: 'center' };
  const tlp = /^TLP:\s*(RED|AMBER\+STRICT|AMBER|GREEN|CLEAR|WHITE)\b/i.exec(text)?.[1]?.toUpperCase();
  if (!tlp) return { ...base, text, color: COLORS.ink };
  // No-break spaces pad the black label; ordinary ones would be trimmed at the line's ends.
  return { ...base, text: `${NBSP}${text}${NBSP}`, color: TLP_COLORS[tlp], background: '#000000' };
}

/** Counts pages as pdfmake lays them out: its footer callback is told the final total. */
export interface PageCounter {
  count: number;
}

/** Top of every page: the marking banner, and the setup's header text under it. */
export function pageHeader(marking: string, setup: ResolvedPageSetup): DynamicContent {
  const [left, top, right] = setup.margins;
  const header: ContentNode = {
    stack: [markingBanner(marking, setup), ...(setup.headerText ? [runningText(setup.headerText, setup, 'center', [0, 3, 0, 0])] : [])],
    // Sits in the top margin, a little above the text area however large the margin is.
    margin: [left, Math.min(26, Math.max(8, top - 44)), right, 0],
  };
  return () => header;
}

/** Bottom of every page: footer text and "Page X of Y", then the marking banner. */
export function pageFooter(marking: string, setup: ResolvedPageSetup, pages: PageCounter): DynamicContent {
  const [left, , right] = setup.margins;
  const banner = markingBanner(marking, setup);
  return (currentPage, pageCount) => {
    pages.count = pageCount;
    return {
      stack: [
        {
          columns: [
            runningText(setup.footerText, setup, 'left'),
            { ...runningText(`Page ${currentPage} of ${pageCount}`, setup, 'right'), width: 'auto' },
          ],
        },
        { ...banner, margin: [0, 7, 0, 0] },
      ],
      margin: [left, 18, right, 0],
    };
  };
}

/** "DRAFT" across every page of a draft briefing, else the setup's watermark, if any. */
export function watermark(draft: boolean, setup: ResolvedPageSetup): DocDefinition['watermark'] {
  const text = draft ? 'DRAFT' : setup.watermark.trim();
  return text ? { text, color: COLORS.muted, opacity: 0.13, bold: true, font: setup.headingFont } : undefined;
}

function runningText(text: string, setup: ResolvedPageSetup, alignment: string, margin = [0, 0, 0, 0]): ContentNode {
  return { text, font: setup.headingFont, fontSize: 8, color: COLORS.muted, alignment, margin };
}
