/**
 * Errors that end a command with exit status 2 (usage, config or input problems).
 * A failed check or gate is never an error: it is a finding in the result.
 */
export type ErrorKind = 'usage' | 'config' | 'input' | 'github' | 'internal';

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  /** Dotted field path, e.g. `datasets[0].columns.age.min`. */
  field?: string;
}

const MAX_QUOTED = 80;
/** Longest message an error carries: past it, the rest is cut (a value from a file can be megabytes long). */
const MAX_MESSAGE = 2_000;

/** `value` in double quotes for a message, cut to its first characters when long (with its full length). */
export function quoted(value: string, max = MAX_QUOTED): string {
  const chars = [...value.slice(0, max + 1)];
  if (chars.length <= max) return JSON.stringify(value);
  return `${JSON.stringify(chars.slice(0, max).join(''))}… (${value.length.toLocaleString('en-US')} characters)`;
}

function capped(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${message.slice(0, MAX_MESSAGE)}… (message cut: ${message.length.toLocaleString('en-US')} characters)`;
}

export class MlgateError extends Error {
  readonly kind: ErrorKind;
  readonly location: ErrorLocation;
  /** Extra lines shown after the one-line message (hints, further problems). */
  readonly details: readonly string[];

  constructor(kind: ErrorKind, message: string, options: { location?: ErrorLocation; details?: readonly string[]; cause?: unknown } = {}) {
    super(capped(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MlgateError';
    this.kind = kind;
    this.location = options.location ?? {};
    this.details = options.details ?? [];
  }

  /** `file:line:col: message` — the one line shown to users. */
  oneLine(): string {
    const { file, line, column } = this.location;
    const where = file ? `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ` : '';
    return `${where}${this.message}`;
  }
}

export const usageError = (message: string, details?: readonly string[]): MlgateError =>
  new MlgateError('usage', message, { details });

export const configError = (message: string, location: ErrorLocation, details?: readonly string[]): MlgateError =>
  new MlgateError('config', message, { location, details });

export const inputError = (message: string, location: ErrorLocation = {}, cause?: unknown): MlgateError =>
  new MlgateError('input', message, { location, cause });

export const isMlgateError = (e: unknown): e is MlgateError => e instanceof MlgateError;
