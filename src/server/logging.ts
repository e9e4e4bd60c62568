import { IncomingMessage, ServerResponse } from 'node:http';
import { format } from 'node:util';
import pino, { DestinationStream, Logger } from 'pino';

export interface LogSettings {
  readonly LOG_LEVEL: string;
  /** When false, the values of `text` keys never reach a log line. */
  readonly LOG_USER_TEXT: boolean;
}

/** Keys whose values are replaced at any depth, compared case-insensitively. */
const SECRET_KEYS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'microsoftapppassword',
  'password',
  'token',
  'secret',
  'connectionstring',
  'blob_connection_string',
]);
/** Any key containing one of these is a secret too (accessToken, client_secret, refresh_token...). */
const SECRET_KEY_PARTS = ['password', 'secret', 'token'];

/** Secrets that can hide inside strings: error messages, stack traces, console output. */
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/Bearer\s+[^\s"',]+/gi, 'Bearer [Redacted]'],
  [/eyJ[\w-]{4,}\.[\w-]*\.[\w-]*/g, '[Redacted]'],
  [/AccountKey=[^;\s"']+/gi, 'AccountKey=[Redacted]'],
  [/([?&]sig=)[^&\s"']+/gi, '$1[Redacted]'],
];

const REDACTED = '[Redacted]';
/** Bounds on what one log line carries, so a hostile payload cannot make logging slow or huge. */
const MAX_DEPTH = 8;
const MAX_ENTRIES = 100;
const MAX_STRING = 4000;
const MAX_NODES = 2000;

export function scrub(text: string): string {
  const cut = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
  return SECRET_PATTERNS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), cut);
}

function isSecretKey(key: string, logUserText: boolean): boolean {
  const lower = key.toLowerCase();
  if (lower === 'text') return !logUserText;
  return SECRET_KEYS.has(lower) || SECRET_KEY_PARTS.some((part) => lower.includes(part));
}

/** The parts of an error worth a log line; never its request or response (they carry headers). */
function errorFields(error: Error): Record<string, unknown> {
  const { code, statusCode, status } = error as { code?: unknown; statusCode?: unknown; status?: unknown };
  return {
    type: error.constructor?.name ?? error.name,
    message: error.message,
    ...(code === undefined ? {} : { code }),
    ...(statusCode === undefined ? {} : { statusCode }),
    ...(status === undefined ? {} : { status }),
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(error.cause === undefined ? {} : { cause: error.cause }),
  };
}

/** What may be logged of an HTTP request or response: never its headers or body. */
function messageFields(message: IncomingMessage | ServerResponse): Record<string, unknown> {
  if (message instanceof ServerResponse) return { status: message.statusCode };
  return { method: message.method, path: (message.url ?? '').split('?')[0].slice(0, 200) };
}

interface Walk {
  readonly logUserText: boolean;
  readonly seen: WeakSet<object>;
  nodes: number;
}

function redactValue(value: unknown, walk: Walk, depth: number): unknown {
  if (typeof value === 'string') return scrub(value);
  if (typeof value === 'bigint') return String(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH || ++walk.nodes > MAX_NODES) return '[Truncated]';
  if (walk.seen.has(value)) return '[Circular]';
  walk.seen.add(value);
  if (value instanceof IncomingMessage || value instanceof ServerResponse) return messageFields(value);
  const source = value instanceof Error ? errorFields(value) : value;
  if (Array.isArray(source)) return source.slice(0, MAX_ENTRIES).map((item) => redactValue(item, walk, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(source).slice(0, MAX_ENTRIES)) {
    result[key] = isSecretKey(key, walk.logUserText) ? REDACTED : redactValue(item, walk, depth + 1);
  }
  return result;
}

/** A copy of `value` that is safe to log: secrets replaced, errors and requests summarised, size bounded. */
export function redact(value: unknown, logUserText: boolean): unknown {
  return redactValue(value, { logUserText, seen: new WeakSet(), nodes: 0 }, 0);
}

/**
 * stdout, written synchronously. pino's default asynchronous destination flushes on exit with a
 * loop that never ends once the pipe's reader is gone (EPIPE), which kept the process alive after
 * SIGTERM; a synchronous destination has nothing left to flush, and pino stops writing to it on
 * EPIPE.
 */
function stdoutDestination(): DestinationStream {
  return pino.destination({ dest: 1, sync: true });
}

/**
 * The one logger: JSON lines, every field redacted (see `redact`), restify's and botbuilder's
 * output included. `destination` is for tests.
 */
export function createLogger(settings: LogSettings, destination: DestinationStream = stdoutDestination()): Logger {
  return pino(
    {
      level: settings.LOG_LEVEL,
      base: { service: 'blocker-triage-bot' },
      formatters: {
        log: (fields) => redact(fields, settings.LOG_USER_TEXT) as Record<string, unknown>,
      },
      // The formatter above has already made errors and requests plain, redacted data.
      serializers: { err: (value: unknown) => value },
    },
    destination,
  );
}

/**
 * The logger restify writes through (its own default is an unredacted pino on stdout). Its
 * formatter-error warning logs the whole request; `redact` turns that into method and path.
 */
export function restifyLogger(logger: Logger): Logger {
  return logger.child({ component: 'restify' });
}

type ConsoleMethod = 'log' | 'info' | 'debug' | 'trace' | 'warn' | 'error';
const CONSOLE_LEVELS: Record<ConsoleMethod, 'debug' | 'info' | 'warn' | 'error'> = {
  log: 'info',
  info: 'info',
  debug: 'debug',
  trace: 'debug',
  warn: 'warn',
  error: 'error',
};

/**
 * Sends console output through the logger. botbuilder prints stack traces and rejected tokens with
 * console.error/console.warn; through here they become redacted JSON lines like every other.
 */
export function routeConsoleToLogger(logger: Logger): void {
  for (const method of Object.keys(CONSOLE_LEVELS) as ConsoleMethod[]) {
    const level = CONSOLE_LEVELS[method];
    console[method] = (...args: unknown[]) => {
      const err = args.find((arg) => arg instanceof Error);
      const isWord = (arg: unknown) => typeof arg === 'string' || typeof arg === 'number';
      const words = args.filter(isWord);
      const values = args.filter((arg) => arg !== err && !isWord(arg));
      logger[level](
        { source: `console.${method}`, ...(err ? { err } : {}), ...(values.length > 0 ? { values } : {}) },
        scrub(format(...words)) || `console.${method}`,
      );
    };
  }
}
