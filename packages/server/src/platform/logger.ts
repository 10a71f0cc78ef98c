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

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[已脱敏]' } });
}
