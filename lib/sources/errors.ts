/** A source file that cannot be used; the message always names the file so a list of errors reads on its own. */
export class SourceError extends Error {
  constructor(
    public file: string,
    public reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SourceError';
  }
}
