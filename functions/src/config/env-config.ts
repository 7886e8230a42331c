// Server and assessment configuration from environment variables, checked once with messages an operator can act on.
import { z } from 'zod';
import {
  type AssessmentConfig,
  AssessmentConfigError,
  assessmentOverridesSchema,
  resolveConfig,
} from '../core/assessment/config';

const GOOGLE_CERTS_URL = 'https://www.googleapis.com/oauth2/v1/certs';
const GOOGLE_ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

const list = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string()).min(1));

const schema = z.object({
  SHUANGPEI_ID_HASH_SECRET: z
    .string({
      error:
        'SHUANGPEI_ID_HASH_SECRET is not set: give it a random secret of 32+ characters (openssl rand -hex 32)',
    })
    .min(16, 'SHUANGPEI_ID_HASH_SECRET must be at least 16 characters'),
  SHUANGPEI_TOKEN_AUDIENCE: list.describe('OAuth client id(s) of the Apps Script project, comma-separated'),
  SHUANGPEI_TOKEN_ISSUERS: list.default(GOOGLE_ISSUERS),
  SHUANGPEI_CERTS_URL: z.url().default(GOOGLE_CERTS_URL),
  SHUANGPEI_MAX_ROWS: z.coerce.number().int().positive().default(2000),
  SHUANGPEI_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
});

export interface ServerConfig {
  idHashSecret: string;
  tokenAudience: string[];
  tokenIssuers: string[];
  certsUrl: string;
  maxRows: number;
  maxBytes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`);
    throw new ConfigError(`Invalid server configuration:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  return {
    idHashSecret: c.SHUANGPEI_ID_HASH_SECRET,
    tokenAudience: c.SHUANGPEI_TOKEN_AUDIENCE,
    tokenIssuers: c.SHUANGPEI_TOKEN_ISSUERS,
    certsUrl: c.SHUANGPEI_CERTS_URL,
    maxRows: c.SHUANGPEI_MAX_ROWS,
    maxBytes: c.SHUANGPEI_MAX_BYTES,
  };
}

const ASSESSMENT_VARIABLE = 'SHUANGPEI_ASSESSMENT_CONFIG';
const ASSESSMENT_EXAMPLE = '{"weights":{"development":30,"dataQuality":5}}';

/**
 * The assessment settings: SHUANGPEI_ASSESSMENT_CONFIG holds JSON of the settings that differ from the
 * defaults (unset or blank: the defaults). Anything wrong is refused, never replaced by a default.
 */
export function loadAssessmentConfig(env: NodeJS.ProcessEnv = process.env): AssessmentConfig {
  const text = env[ASSESSMENT_VARIABLE]?.trim();
  if (!text) return resolveConfig();
  const invalid = (what: string) =>
    new ConfigError(`Invalid ${ASSESSMENT_VARIABLE}: ${what} (see README, Configuration)`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(`not JSON (${(error as Error).message}); give an object such as ${ASSESSMENT_EXAMPLE}`);
  }
  const parsed = assessmentOverridesSchema.safeParse(json);
  if (!parsed.success)
    throw invalid(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'the value'}: ${i.message}`).join('; '),
    );
  try {
    return resolveConfig(parsed.data);
  } catch (error) {
    if (error instanceof AssessmentConfigError) throw invalid(error.message);
    throw error;
  }
}
