package org.smecredit.rating.scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads and writes model files and their manifest. The manifest ({@code models/manifest.json}) names the active
 * model file and its SHA-256; a model file whose bytes do not hash to the manifest's value is refused.
 */
public final class ModelFiles {
    public static final String MANIFEST = "manifest.json";

    /** @param model version of the active model, @param file its file name next to the manifest, @param sha256 hex */
    public record Manifest(String model, String file, String sha256) {
    }

    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelFiles() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] toBytes(Object value) throws IOException {
        return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static Manifest readManifest(byte[] bytes) throws IOException {
        return JSON.readValue(bytes, Manifest.class);
    }

    /**
     * Parses a model file after checking its bytes against the manifest.
     *
     * @throws ModelIntegrityException when the checksum or the version does not match
     */
    public static ScorecardModel verifiedModel(Manifest manifest, byte[] modelBytes) throws IOException {
        String actual = sha256(modelBytes);
        if (!actual.equalsIgnoreCase(manifest.sha256())) {
            throw new ModelIntegrityException("model file " + manifest.file() + " has SHA-256 " + actual
                    + " but the manifest says " + manifest.sha256());
        }
        ScorecardModel model = JSON.readValue(modelBytes, ScorecardModel.class);
        if (!model.version().equals(manifest.model())) {
            throw new ModelIntegrityException("model file " + manifest.file() + " holds version " + model.version()
                    + " but the manifest names " + manifest.model());
        }
        return model;
    }

    /** Loads the manifest and the model it names from the classpath under {@code dir} (e.g. {@code models}). */
    public static ScorecardModel fromClasspath(String dir) throws IOException {
        Manifest manifest = readManifest(resource(dir + "/" + MANIFEST));
        return verifiedModel(manifest, resource(dir + "/" + manifest.file()));
    }

    private static byte[] resource(String path) throws IOException {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        try (InputStream in = cl.getResourceAsStream(path)) {
            if (in == null) {
                throw new ModelIntegrityException("no resource " + path + " on the classpath");
            }
            return in.readAllBytes();
        }
    }

    /** The model file does not match its manifest, or is absent: the service must not rate with it. */
    public static final class ModelIntegrityException extends IOException {
        public ModelIntegrityException(String message) {
            super(message);
        }
    }
}
