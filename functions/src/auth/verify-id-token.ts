// Verifies the Google ID token a spreadsheet sends (signature, issuer, audience, expiry) with google-auth-library.
import { OAuth2Client } from 'google-auth-library';
import { UnauthenticatedError } from '../core/domain-errors';

export interface Identity {
  email: string;
  subject: string;
}

/** Port: turns a bearer token into a verified identity, or throws UnauthenticatedError. */
export type VerifyIdToken = (token: string) => Promise<Identity>;

export interface TokenVerifierConfig {
  tokenAudience: string[];
  tokenIssuers: string[];
  /** Where the signing keys are published: Google's in production, a local server in local mode and tests. */
  certsUrl: string;
}

/** The leeway google-auth-library allows on iat and exp (OAuth2Client.CLOCK_SKEW_SECS_), for nbf too. */
const CLOCK_SKEW_SECONDS = 300;

const REFUSED = '身份验证失败：令牌无效或已过期。请刷新表格后重新同步；如仍失败，请联系县委组织部管理员';

export function createIdTokenVerifier(config: TokenVerifierConfig): VerifyIdToken {
  const client = new OAuth2Client({
    endpoints: { oauth2FederatedSignonPemCertsUrl: config.certsUrl },
    issuers: config.tokenIssuers,
  });
  return async (token) => {
    let payload: Record<string, unknown> | undefined;
    try {
      const ticket = await client.verifyIdToken({ idToken: token, audience: config.tokenAudience });
      payload = ticket.getPayload() as Record<string, unknown> | undefined;
    } catch (error) {
      throw new UnauthenticatedError(REFUSED, tokenErrorCode(error));
    }
    // google-auth-library checks iat and exp, not nbf.
    const nbf = payload?.nbf;
    if (nbf !== undefined && !(typeof nbf === 'number' && nbf <= Date.now() / 1000 + CLOCK_SKEW_SECONDS))
      throw new UnauthenticatedError(REFUSED, 'TOKEN_NOT_YET_VALID');
    const email = typeof payload?.email === 'string' ? payload.email.toLowerCase() : '';
    // Only the boolean true: a missing claim or the string "false" is not a verified address.
    if (!email || payload?.email_verified !== true) {
      throw new UnauthenticatedError(
        '身份验证失败：令牌中没有已验证的邮箱，请确认脚本已授权读取邮箱地址',
        'TOKEN_NO_EMAIL',
      );
    }
    return { email, subject: String(payload?.sub ?? '') };
  };
}

/** A short machine code for the audit log, from google-auth-library's English message. */
function tokenErrorCode(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/expired|too late/i.test(message)) return 'TOKEN_EXPIRED';
  if (/too early/i.test(message)) return 'TOKEN_NOT_YET_VALID';
  if (/audience/i.test(message)) return 'TOKEN_WRONG_AUDIENCE';
  if (/issuer/i.test(message)) return 'TOKEN_WRONG_ISSUER';
  if (/signature/i.test(message)) return 'TOKEN_BAD_SIGNATURE';
  if (/certificate|pem|envelope/i.test(message)) return 'TOKEN_UNKNOWN_KEY';
  return 'TOKEN_INVALID';
}

/** The token from an `Authorization: Bearer …` header, or an UnauthenticatedError. */
export function bearerToken(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
  if (!match)
    throw new UnauthenticatedError(
      '缺少身份令牌：请通过表格菜单「双培双带」同步，不要直接调用接口',
      'TOKEN_MISSING',
    );
  return match[1]!;
}
