// Token details: only `email_verified: true` is a verified address (a missing claim or the string "false" is
// not), and a token whose `nbf` lies ahead is refused — google-auth-library checks iat and exp, not nbf.
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdTokenVerifier, type VerifyIdToken } from '../../functions/src/auth/verify-id-token';
import { statusOf } from '../../functions/src/http/errors';
import {
  type CertServer,
  generateLocalKey,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  type LocalKey,
  serveCertificates,
} from '../../functions/src/local/local-identity';

let key: LocalKey;
let certs: CertServer;
let verify: VerifyIdToken;

beforeAll(async () => {
  key = await generateLocalKey();
  certs = await serveCertificates([key]);
  verify = createIdTokenVerifier({
    tokenAudience: [LOCAL_AUDIENCE],
    tokenIssuers: [LOCAL_ISSUER],
    certsUrl: certs.url,
  });
});
afterAll(() => certs.close());

/** A token signed by a trusted key with exactly these claims besides iss, aud, sub, iat and exp. */
async function token(claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setSubject('123')
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(await importJWK(key.privateJwk, 'RS256'));
}

const outcome = (t: string) =>
  verify(t).then(
    (identity) => ({ ok: identity.email }),
    (error: { code: string }) => ({ refused: [statusOf(error), error.code] }),
  );
const email = 'clerk@chengguan.example';
const now = () => Math.floor(Date.now() / 1000);

describe('ID token claims', () => {
  it('accepts only email_verified === true', async () => {
    expect(await outcome(await token({ email, email_verified: true }))).toEqual({ ok: email });
    for (const claims of [
      { email },
      { email, email_verified: 'false' },
      { email, email_verified: 'true' },
      { email, email_verified: 1 },
      { email, email_verified: false },
    ])
      expect([claims, await outcome(await token(claims))]).toEqual([
        claims,
        { refused: [401, 'TOKEN_NO_EMAIL'] },
      ]);
  });

  it('honours nbf: refused while ahead (beyond 5 minutes of clock skew), accepted once passed', async () => {
    const verified = { email, email_verified: true };
    expect(await outcome(await token({ ...verified, nbf: now() + 3600 }))).toEqual({
      refused: [401, 'TOKEN_NOT_YET_VALID'],
    });
    expect(await outcome(await token({ ...verified, nbf: 'soon' }))).toEqual({
      refused: [401, 'TOKEN_NOT_YET_VALID'],
    });
    expect(await outcome(await token({ ...verified, nbf: now() + 60 }))).toEqual({ ok: email });
    expect(await outcome(await token({ ...verified, nbf: now() - 60 }))).toEqual({ ok: email });
  });
});
