package org.smecredit.collections.actions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SHA-256 of what a request asked for (its kind and its body as JSON): two requests with the same Idempotency-Key
 * must ask for the same thing, else the second is refused (422 idempotency-key-reused).
 */
final class RequestFingerprint {
    private RequestFingerprint() {
    }

    static String of(ObjectMapper json, String what, Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(what.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
