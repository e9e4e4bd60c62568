/** The part of pino's logger the bot uses, so handlers and tests need no pino type. */
export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
