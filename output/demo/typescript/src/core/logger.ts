export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

type LogFn = (message: string, ...details: unknown[]) => void;

export interface Logger {
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
}

const SEVERITY: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SEVERITY, value);
}

/** Wraps `logger` so that messages above `level` cost nothing but a function call. */
export function levelFilteredLogger(logger: Logger, level: LogLevel, prefix: string): Logger {
  const method = (name: Exclude<LogLevel, 'off'>): LogFn =>
    SEVERITY[name] <= SEVERITY[level]
      ? (message, ...details) => logger[name](`${prefix} ${message}`, ...details)
      : () => {};
  return { error: method('error'), warn: method('warn'), info: method('info'), debug: method('debug') };
}
