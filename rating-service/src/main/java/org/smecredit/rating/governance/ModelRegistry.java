package org.smecredit.rating.governance;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.rating.config.RatingConfig;
import org.smecredit.rating.config.RatingModels;
import org.smecredit.rating.rating.FittedScorecard;
import org.smecredit.rating.scorecard.ModelFiles;

/**
 * The model versions this service can rate with: the one of {@code rating.model.directory} and the candidates of
 * {@code rating.model.candidates}, each verified against its manifest's SHA-256 at startup (a mismatch stops the
 * service). Which one rates is decided by governance (four eyes) and kept in {@code rating_model_version};
 * {@link ModelGovernanceService} sets it here at startup and on each activation.
 */
@ApplicationScoped
public class ModelRegistry {
    /** A verified model file: the scorecard and the checksum its manifest states. */
    public record LoadedModel(FittedScorecard scorecard, String sha256, String directory) {
        public String version() {
            return scorecard.modelVersion();
        }
    }

    private final Map<String, LoadedModel> models;
    private final String shippedVersion;
    private final AtomicReference<LoadedModel> active;

    public ModelRegistry(RatingConfig config) {
        Map<String, LoadedModel> loaded = new LinkedHashMap<>();
        List<String> dirs = new ArrayList<>();
        dirs.add(config.model().directory());
        dirs.addAll(config.model().candidates().orElse(List.of()));
        for (String dir : dirs) {
            FittedScorecard s = RatingModels.load(dir);
            if (loaded.putIfAbsent(s.modelVersion(), new LoadedModel(s, sha256Of(dir), dir)) != null) {
                throw new IllegalStateException("refusing to start: model version " + s.modelVersion()
                        + " found twice (" + dir + ")");
            }
        }
        this.models = Collections.unmodifiableMap(loaded);
        this.shippedVersion = loaded.keySet().iterator().next();
        this.active = new AtomicReference<>(loaded.get(shippedVersion));
    }

    /** The model that rates now. */
    public LoadedModel active() {
        return active.get();
    }

    /** The version named by {@code rating.model.directory}'s manifest: active on a fresh database. */
    public String shippedVersion() {
        return shippedVersion;
    }

    public Optional<LoadedModel> byVersion(String version) {
        return Optional.ofNullable(models.get(version));
    }

    public List<LoadedModel> all() {
        return List.copyOf(models.values());
    }

    /** Switches the rating model; callers have recorded the four-eyes activation first. */
    void activate(String version) {
        active.set(byVersion(version).orElseThrow(() -> new IllegalStateException("model " + version
                + " is not loaded in this service")));
    }

    private static String sha256Of(String dir) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        try (InputStream in = cl.getResourceAsStream(dir + "/" + ModelFiles.MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("no manifest in " + dir);
            }
            return ModelFiles.readManifest(in.readAllBytes()).sha256();
        } catch (IOException e) {
            throw new IllegalStateException("manifest of " + dir + " unreadable", e);
        }
    }
}
