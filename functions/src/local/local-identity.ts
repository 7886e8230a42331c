// A local stand-in for Google's identity tokens: an RSA key pair, a certificate URL, and signed ID tokens.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { exportJWK, exportSPKI, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';

export const LOCAL_ISSUER = 'https://shuangpei.local';
export const LOCAL_AUDIENCE = 'shuangpei-local';

export interface LocalKey {
  kid: string;
  privateJwk: JWK;
  publicPem: string;
}

export async function generateLocalKey(): Promise<LocalKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return {
    kid: randomUUID(),
    privateJwk: await exportJWK(privateKey),
    publicPem: await exportSPKI(publicKey),
  };
}

export interface SignOptions {
  email: string;
  audience?: string;
  issuer?: string;
  /** Seconds from now; negative for an already expired token. */
  expiresIn?: number;
  emailVerified?: boolean;
}

/** Signs an ID token shaped like Google's (`iss`, `aud`, `sub`, `email`, `email_verified`, `iat`, `exp`). */
export async function signIdToken(key: LocalKey, options: SignOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresIn ?? 3600;
  const privateKey = await importJWK(key.privateJwk, 'RS256');
  return new SignJWT({ email: options.email, email_verified: options.emailVerified ?? true })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(options.issuer ?? LOCAL_ISSUER)
    .setAudience(options.audience ?? LOCAL_AUDIENCE)
    .setSubject(options.email)
    .setIssuedAt(expiresIn > 0 ? now : now + expiresIn - 60)
    .setExpirationTime(now + expiresIn)
    .sign(privateKey);
}

export interface CertServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `{kid: PEM}` like https://www.googleapis.com/oauth2/v1/certs, on a free loopback port. */
export function serveCertificates(keys: readonly LocalKey[]): Promise<CertServer> {
  const body = JSON.stringify(Object.fromEntries(keys.map((k) => [k.kid, k.publicPem])));
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600' });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${address.port}/certs`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
