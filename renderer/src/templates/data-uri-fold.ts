import { Decoration, EditorView, MatchDecorator, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from '@codemirror/view';

/** An image's base64 text, shown as a short label: what it is and how large. */
class ImageLabel extends WidgetType {
  constructor(readonly label: string) {
    super();
  }
  override eq(other: ImageLabel) {
    return other.label === this.label;
  }
  toDOM() {
    const span = document.createElement('span');
    span.className = 'cm-data-uri';
    span.textContent = this.label;
    span.title = 'The image itself, as base64 text. Page setup › Remove logo or Choose logo… changes it.';
    return span;
  }
}

/**
 * A `data:` image (a logo chosen in Page setup) shown as "‹PNG image, 12 KB›" rather than pages of
 * base64: the text is still there, saved and checked as it is, and the label is deleted or
 * copied as one piece.
 */
const imageLabels = new MatchDecorator({
  regexp: /data:image\/(png|jpeg);base64,[A-Za-z0-9+/]{80,}={0,2}/g,
  decoration: (match) => {
    const kilobytes = Math.max(1, Math.round((match[0].length * 3) / 4 / 1024));
    return Decoration.replace({ widget: new ImageLabel(`data:image/${match[1]} ‹${match[1]!.toUpperCase()} image, ${kilobytes} KB›`) });
  },
});

export const dataUriFold = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = imageLabels.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = imageLabels.updateDeco(update, this.decorations);
    }
  },
  {
    decorations: (plugin) => plugin.decorations,
    // The cursor steps over the label as over one character.
    provide: (plugin) => EditorView.atomicRanges.of((view) => view.plugin(plugin)?.decorations ?? Decoration.none),
  },
);
