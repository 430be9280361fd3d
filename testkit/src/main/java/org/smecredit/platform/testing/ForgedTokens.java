package org.smecredit.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/**
 * Mints RS256 bearer tokens with the local stack's signing key ({@code .run/keys/private.pem}, generated per
 * machine by {@code deploy/keys.sh}, never committed). The services verify them with quarkus-oidc's
 * {@code quarkus.oidc.public-key}. Tokens have Keycloak's shape ({@code preferred_username},
 * {@code realm_access.roles}) so nothing changes in the services when Keycloak issues them instead.
 */
public final class LocalTokens {
    public static final String ISSUER = "https://sme-credit.local/realms/sme";
    private final PrivateKey key;

    public LocalTokens(Path privateKeyPem) {
        try {
            String pem = Files.readString(privateKeyPem)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            this.key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the local signing key " + privateKeyPem
                    + " (run deploy/keys.sh)", e);
        }
    }

    /** From {@code $SME_KEYS_DIR} (or the system property of that name), default {@code .run/keys}. */
    public static LocalTokens fromEnvironment() {
        String dir = System.getProperty("SME_KEYS_DIR", System.getenv().getOrDefault("SME_KEYS_DIR", ".run/keys"));
        return new LocalTokens(Path.of(dir, "private.pem"));
    }

    /** A one-hour token for {@code user} with the given realm roles. */
    public String token(String user, String... roles) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(ISSUER);
            claims.setSubject(user);
            claims.setClaim("preferred_username", user);
            claims.setAudience("sme-credit");
            claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(60);
            claims.setJwtId(UUID.randomUUID().toString());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
