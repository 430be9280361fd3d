package org.smecredit.rating.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.smecredit.rating.scorecard.ModelFiles;

/** The service refuses a model that does not match its manifest: RatingModels loads at startup with this code. */
class RatingModelsTest {

    @Test
    void loadsTheCommittedModelWhoseChecksumMatchesTheManifest() {
        assertEquals("fin-scorecard-1.0.0", RatingModels.load("models").modelVersion());
    }

    @Test
    void refusesToStartWithATamperedModelFile() {
        // src/test/resources/models-tampered: the real manifest, the model file with 15 base points changed to 35
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RatingModels.load("models-tampered"));
        assertTrue(e.getMessage().startsWith("refusing to start"), e.getMessage());
        assertTrue(e.getCause() instanceof ModelFiles.ModelIntegrityException, String.valueOf(e.getCause()));
        assertTrue(e.getMessage().contains("but the manifest says"), e.getMessage());
    }

    @Test
    void refusesToStartWithoutAModel() {
        assertThrows(IllegalStateException.class, () -> RatingModels.load("no-such-models"));
    }

    @Test
    void refusesAModelFileWhoseVersionIsNotTheManifests() throws Exception {
        byte[] model = "{\"version\":\"other-9\"}".getBytes(StandardCharsets.UTF_8);
        ModelFiles.Manifest manifest = new ModelFiles.Manifest("fin-scorecard-1.0.0", "x.json", ModelFiles.sha256(model));
        assertThrows(ModelFiles.ModelIntegrityException.class, () -> ModelFiles.verifiedModel(manifest, model));
    }
}
