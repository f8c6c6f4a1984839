/** A survival CSV that cannot be read as asked; the message says where and what was expected. */
export class SurvivalCsvError extends Error {
  override name = "SurvivalCsvError";
}
