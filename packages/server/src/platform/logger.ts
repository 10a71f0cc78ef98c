import { pino, type Logger } from 'pino';

/** Fields that hold personal data or secrets: never written to the log in full. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.idNumber',
  '*.citizenId',
  '*.phone',
  '*.mobile',
  '*.password',
  '*.token',
];

/**
 * An error as the log keeps it: a failed query's parameters (names, ID numbers, face values of the rows it wrote)
 * are dropped — from the error itself and from the message drizzle builds with them.
 */
export function serializeError(error: Error): Record<string, unknown> {
  const out = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  delete out.params;
  for (const key of ['message', 'stack'] as const) {
    if (typeof out[key] === 'string') out[key] = (out[key] as string).replace(/\nparams: [\s\S]*?(?=\n\s+at |\ncaused by: |$)/g, '\nparams: [已脱敏]');
  }
  if (out.cause && typeof out.cause === 'object') out.cause = serializeError(out.cause as Error);
  return out;
}

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[已脱敏]' }, serializers: { err: serializeError } });
}
