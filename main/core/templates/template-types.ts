/**
 * The shapes main/core/templates hands out, kept free of Node so the renderer can use them
 * through the IPC contract (main/api.ts) without pulling the file code into its type check.
 */
import type { FieldSpec, ShapeName } from '../compose/model-fields';
import type { PageSize } from '../editing/paper-choice';
import type { TemplateInfo } from '../model';
import type { TemplateHelper } from '../render/helpers';
import type { TemplateProblem } from '../render/template-problem';

/** A template as the picker and the template manager list it. */
export interface TemplateListing extends TemplateInfo {
  /** Unsaved edits wait in a draft newer than the saved template. */
  hasDraft: boolean;
  /** When the template was last saved (ISO 8601). */
  modifiedAt: string;
  /** Why the template cannot be used, when it cannot: the first error, `file:line:col: …`. */
  problem?: string;
  /** The paper its front matter names; left out when it names none (the analyst's region decides). */
  namedPaper?: PageSize;
}

/** A template opened for editing or viewing. */
export interface OpenedTemplate {
  template: TemplateListing;
  /** The saved text. */
  text: string;
  /** Unsaved edits, when a draft at least as new as the saved text exists: offer to restore them. */
  draft?: { text: string; savedAt: string };
}

/** What saving or importing a template came to. */
export type SaveOutcome =
  /** Saved; `problems` holds warnings only. */
  | { saved: true; template: TemplateListing; problems: TemplateProblem[] }
  /** Not saved, because of the errors among `problems`; the file is as it was (and a draft keeps the edit). */
  | { saved: false; problems: TemplateProblem[] };

/** A deleted template waiting in the trash. */
export interface TrashedTemplate {
  /** Names this entry for {@link restoreTemplate}: `<id>--<when>`. */
  trashId: string;
  /** The id it had. */
  id: string;
  name: string;
  /** When it was deleted (ISO 8601). */
  deletedAt: string;
}

/**
 * What a template editor completes and explains, as plain data that crosses IPC: the
 * briefing's shapes (the same ones the checker walks), the helpers, the partials a user
 * template can call, the front-matter keys with their defaults, the classes and table layouts.
 * docs/templates.md is generated from the same sources.
 */
export interface TemplateEditorReference {
  /** The shape at the top level of a template. */
  root: ShapeName;
  /** Each shape's fields by name (the same as MODEL_SHAPES, with the field names as plain strings). */
  shapes: Record<ShapeName, { summary: string; fields: Record<string, FieldSpec> }>;
  helpers: Array<Omit<TemplateHelper, 'fn'>>;
  /** Partials a user template can call: built-in and the user's own. */
  partials: string[];
  frontMatter: Array<{ key: string; summary: string; default: unknown }>;
  classes: Record<string, string>;
  tableLayouts: Record<string, string>;
}
