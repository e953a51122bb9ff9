/**
 * The data directory cannot be written (read-only, full, removed, not a directory): a
 * condition of the machine, not of the request, so it answers 503 and stops start-up clearly.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(dataDir: string, cause: unknown) {
    const code = (cause as { code?: string } | undefined)?.code;
    super(
      `the data directory ${dataDir} (SIM_DATA_DIR) cannot be written${code ? ` (${code})` : ''}`,
      { cause },
    );
  }
}
