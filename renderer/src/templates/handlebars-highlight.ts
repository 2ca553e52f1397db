import { Decoration, MatchDecorator, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';

const expression = Decoration.mark({ class: 'cm-hbs' });
const comment = Decoration.mark({ class: 'cm-hbs-comment' });

/**
 * Handlebars `{{…}}` marked over the HTML highlighting: the HTML language does not know
 * them, and without a mark they read as plain text in the middle of markup.
 */
const handlebarsMarks = new MatchDecorator({
  regexp: /\{\{!--[\s\S]*?--\}\}|\{\{![^}]*\}\}|\{\{\{?[^{}]*\}?\}\}/g,
  decoration: (match) => (match[0].startsWith('{{!') ? comment : expression),
});

export const handlebarsHighlight = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = handlebarsMarks.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = handlebarsMarks.updateDeco(update, this.decorations);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
