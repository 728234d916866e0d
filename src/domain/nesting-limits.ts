/**
 * Limits on nested and aliased input (mlgate.yml, metrics files), and the messages for them: a file past a limit
 * is an input error naming the file, never `unexpected error: Maximum call stack size exceeded`.
 */

/**
 * How far YAML aliases may expand (the `yaml` package's `maxAliasCount`: uses of an anchor times the aliases nested
 * in it). Real configs reuse a column spec with `*alias` hundreds of times; an alias bomb (aliases of aliases,
 * growing geometrically) passes any such bound within a few levels.
 */
export const YAML_ALIAS_EXPANSION_LIMIT = 10_000;

/** Metrics nest by slice and class (`slices.region.north.accuracy`); deeper than this is not a metrics file. */
export const MAX_METRIC_DEPTH = 64;

/** The message for a parser that gave up on nesting or aliases, or undefined for any other error. */
export function nestingLimitMessage(error: unknown): string | undefined {
  // Matched by text: the yaml package reports its own stack overflow as a YAML error carrying V8's message.
  const message = error instanceof Error ? error.message : '';
  if (/Maximum call stack size exceeded/.test(message)) return 'nested too deeply to read (the parser ran out of stack)';
  if (/Excessive alias count/.test(message)) {
    return `its YAML aliases expand past ${YAML_ALIAS_EXPANSION_LIMIT.toLocaleString('en-US')} nodes (aliases of aliases, as in an alias bomb); expand them in the file or use fewer levels of aliases`;
  }
  return undefined;
}
