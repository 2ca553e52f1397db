import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/**
 * How deeply elements may nest before the page is flattened. Articles nest a few dozen levels;
 * jsdom costs time in proportion to depth for every node it inserts, and its tree walks recurse,
 * so a page of 100,000 nested `<div>`s took minutes and then overflowed the stack.
 */
export const MAX_HTML_DEPTH = 256;

/** Elements whose text is never article text, left out when a deep subtree is flattened. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The page as given when it nests no deeper than `MAX_HTML_DEPTH`; otherwise the page with each
 * element at that depth reduced to the plain text beneath it, so every word is still read.
 *
 * parse5 builds its tree in time proportional to the page and is walked here without recursion,
 * so this check costs little on any input.
 */
export function boundHtmlDepth(html: string): string {
  const document = parse(html);
  const tooDeep: ParentNode[] = [];
  const stack: { node: ParentNode; depth: number }[] = [{ node: document, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth >= MAX_HTML_DEPTH) {
      tooDeep.push(node);
      continue;
    }
    for (const child of node.childNodes) {
      if ('childNodes' in child) stack.push({ node: child, depth: depth + 1 });
    }
  }
  if (!tooDeep.length) return html;
  for (const node of tooDeep) {
    const text: TextNode = { nodeName: '#text', value: textBeneath(node), parentNode: node };
    node.childNodes = [text];
  }
  return serialize(document);
}

/** All the text under `root`, in document order, without recursion. */
function textBeneath(root: ParentNode): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [...root.childNodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') parts.push((node as TextNode).value);
    else if ('childNodes' in node && !NOT_TEXT.has(node.nodeName)) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
  }
  return parts.join(' ');
}
