package org.smecredit.platform.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/**
 * Tokens that look exactly like the realm's (issuer, audience, {@code preferred_username},
 * {@code realm_access.roles}) but are signed by a throwaway RSA key that Keycloak never held: the system tests use
 * them to prove the services refuse a forged token. Nothing in the running stack trusts such a key.
 */
public final class ForgedTokens {
    private final PrivateKey key;
    private final String issuer;

    private ForgedTokens(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** A fresh RSA 2048 key, made in memory for this run only. */
    public static ForgedTokens withThrowawayKey(String issuer) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair pair = g.generateKeyPair();
            return new ForgedTokens(pair.getPrivate(), issuer);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-hour RS256 token for {@code user} with the given realm roles and audience {@code sme-api}. */
    public String token(String user, String... roles) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setSubject(UUID.randomUUID().toString());
            claims.setClaim("preferred_username", user);
            claims.setAudience("sme-api");
            claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(60);
            claims.setJwtId(UUID.randomUUID().toString());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setKeyIdHeaderValue("forged");
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
