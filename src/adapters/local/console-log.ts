import type { AnnotationProperties, Log } from '../../ports.js';

/** Log for the CLI outside Actions: info to stdout, problems to stderr. */
export function consoleLog(options: { verbose?: boolean } = {}): Log {
  const where = (a?: AnnotationProperties): string => (a?.file ? `${a.file}${a.startLine ? `:${a.startLine}` : ''}: ` : '');
  return {
    info: (m) => process.stdout.write(`${m}\n`),
    debug: (m) => {
      if (options.verbose) process.stderr.write(`debug: ${m}\n`);
    },
    warning: (m, a) => process.stderr.write(`warning: ${where(a)}${m}\n`),
    error: (m, a) => process.stderr.write(`error: ${where(a)}${m}\n`),
  };
}
