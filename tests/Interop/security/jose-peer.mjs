// The `jose` JWT library as a peer for Gateway.Security's interop tests. One JSON request on stdin, one JSON
// answer line on stdout:
//   {"mode":"verify","jwks":{...},"token":"...","issuer":"...","audience":"..."}
//     verifies a gateway token against the gateway's JWKS as a resource server would (ES256 only, typ at+jwt);
//     answers {"payload":{...},"header":{...}} or {"error":"<jose error code>"}.
//   {"mode":"sign","alg":"ES256"|"RS256","issuer":"...","audience":"...","claims":{...},"typ":"..."}
//     acts as an external identity provider: makes a key pair, signs a token, answers {"jwks":{...},"token":"..."}.
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));

async function verify({ jwks, token, issuer, audience }) {
  try {
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer,
      audience,
      algorithms: ['ES256'],
      typ: 'at+jwt',
      requiredClaims: ['exp', 'iat', 'nbf', 'jti', 'sub', 'client_id'],
    });
    return { payload, header: protectedHeader };
  } catch (error) {
    return { error: error.code ?? String(error) };
  }
}

async function sign({ alg, issuer, audience, claims, typ }) {
  const { publicKey, privateKey } = await generateKeyPair(alg, alg === 'RS256' ? { modulusLength: 2048 } : {});
  const kid = `external-${alg.toLowerCase()}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  const token = await new SignJWT(claims ?? {})
    .setProtectedHeader({ alg, kid, typ: typ ?? 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime('5m')
    .setJti(crypto.randomUUID())
    .sign(privateKey);
  return { jwks: { keys: [jwk] }, token };
}

const answer = request.mode === 'verify' ? await verify(request) : await sign(request);
process.stdout.write(JSON.stringify(answer) + '\n');
