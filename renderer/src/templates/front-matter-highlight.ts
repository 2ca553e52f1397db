import { RangeSetBuilder, type Text } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';

const fence = Decoration.mark({ class: 'cm-fm-fence' });
const key = Decoration.mark({ class: 'cm-fm-key' });
const comment = Decoration.mark({ class: 'cm-fm-comment' });

/** Front matter longer than this is not a template's: stop looking for its end. */
const MAX_FRONT_MATTER_LINES = 200;

/**
 * The YAML front matter between the opening `---` lines, marked: keys, comments and fences.
 * The HTML highlighting would otherwise show page setup as plain text. A full YAML language
 * nested in the HTML one would be more than these few keys and comments need.
 */
function frontMatterMarks(doc: Text): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  if (doc.line(1).text.trim() !== '---') return builder.finish();
  const last = Math.min(doc.lines, MAX_FRONT_MATTER_LINES);
  builder.add(doc.line(1).from, doc.line(1).to, fence);
  for (let n = 2; n <= last; n++) {
    const line = doc.line(n);
    if (line.text.trim() === '---') {
      builder.add(line.from, line.to, fence);
      break;
    }
    const keyMatch = /^(\s*)([\w-]+)\s*:/.exec(line.text);
    if (/^\s*#/.test(line.text)) builder.add(line.from, line.to, comment);
    else if (keyMatch) builder.add(line.from + keyMatch[1]!.length, line.from + keyMatch[0].length, key);
  }
  return builder.finish();
}

export const frontMatterHighlight = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = frontMatterMarks(view.state.doc);
    }
    update(update: ViewUpdate) {
      if (update.docChanged) this.decorations = frontMatterMarks(update.state.doc);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
