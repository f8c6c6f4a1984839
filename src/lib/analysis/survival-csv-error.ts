/** A survival CSV that cannot be read as asked; the message says where and what was expected. */
export class SurvivalCsvError extends Error {
  override name = "SurvivalCsvError";
  /** The column the message is about, when it is about a cell of one: a caller can add what it knows of that column's role. */
  readonly column?: string;

  constructor(message: string, {column}: {column?: string} = {}) {
    super(message);
    this.column = column;
  }
}
