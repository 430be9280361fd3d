package org.smecredit.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.smecredit.demo.Api;
import org.smecredit.platform.testing.KeycloakTokens;

/**
 * The running local stack, as the system tests see it: its API through the gateway with Keycloak tokens, and its
 * processes (to kill and restart).
 */
final class Stack {
    static final Path ROOT = Path.of(System.getProperty("sme.repo.root", "..")).toAbsolutePath().normalize();
    /** deploy/lib/common.sh: SME_RUN_DIR, else .run in the checkout. */
    static final Path RUN_DIR = Path.of(System.getenv().getOrDefault("SME_RUN_DIR", ROOT.resolve(".run").toString()));
    static final KeycloakTokens TOKENS = KeycloakTokens.fromEnvironment();
    static final Api API = new Api(TOKENS);

    private Stack() {
    }

    static long pid(String service) throws IOException {
        return Long.parseLong(Files.readString(RUN_DIR.resolve(service + ".pid")).strip());
    }

    /** kill -9: no shutdown hook, no flush, no commit of anything in flight. */
    static void killHard(String service) throws Exception {
        long pid = pid(service);
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(service + " not running"));
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        handle.onExit().get(20, TimeUnit.SECONDS);
    }

    /** Starts whatever is not running (deploy/stack.sh up, no build) and waits until ready. */
    static void up() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("deploy/stack.sh").toString(), "up")
                .directory(ROOT.toFile()).inheritIO();
        pb.environment().put("SKIP_BUILD", "1"); // the jars under test, never a rebuild mid-test
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(Duration.ofMinutes(4).toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("deploy/stack.sh up failed");
        }
    }
}
