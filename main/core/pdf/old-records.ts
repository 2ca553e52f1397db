import type { BriefingModel } from '../compose/briefing-model';

/**
 * Sets `old` on every record of `model` from the template's threshold: a record is old when
 * its source is more than `months` months older than the briefing (0: no record is).
 *
 * The threshold belongs to the template, which the briefing is composed without, so it is
 * applied as the template is laid out; every record is set, so laying the same model out with
 * another template gives that template's flags. A record object appears in several places of
 * the model (its section, positions, the matrix), so it is set once, on the record itself.
 */
export function flagOldRecords(model: BriefingModel, months: number): void {
  for (const section of model.sections) {
    for (const record of section.records) record.old = months > 0 && record.ageMonths > months;
  }
}
