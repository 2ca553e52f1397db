import type { PartialCall } from './partial-calls';

/** A template body compiled to JavaScript ahead of time, with what loading it would have found out. */
export interface PrecompiledBody {
  /** The Handlebars text, exactly as read: only a body equal to it is served this compiled form. */
  body: string;
  /** Compiled to plain text (a header or footer) rather than HTML. */
  noEscape: boolean;
  /** What Handlebars' `precompile` made of it, as code. */
  spec: TemplateSpecification;
  calls: PartialCall[];
  inlineNames: string[];
}

/**
 * The built-in templates' bodies, partials and running texts, compiled when the bundles are
 * built: scripts/build.mjs writes this module anew from precompiled-built-ins-source.ts. A
 * process exporting with a built-in template then neither parses nor compiles it (~80 ms of a
 * cold `briefbook export`, BENCHMARKS.md "Cold start under 2.5× Typst"); any other text, an edited copy among
 * them, compiles as it loads. Run from the sources (tests, tsx) the list is empty.
 */
export const PRECOMPILED_BUILT_INS: readonly PrecompiledBody[] = [];
