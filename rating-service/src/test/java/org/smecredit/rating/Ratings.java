package org.smecredit.rating;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.response.Response;

/** Reads ratings through the API, as a client would; the caller's test supplies a reading role. */
public final class Ratings {
    private Ratings() {
    }

    /** The customer's rating history, newest first; empty while it was never rated. */
    public static List<Map<String, Object>> history(UUID customerId) {
        Response r = given().get("/api/ratings/" + customerId + "/history");
        if (r.statusCode() == 404) {
            return List.of();
        }
        r.then().statusCode(200);
        return r.jsonPath().getList("");
    }

    /** Waits (events travel through Kafka) until the history satisfies {@code condition}, and returns it. */
    public static List<Map<String, Object>> awaitHistory(UUID customerId, Predicate<List<Map<String, Object>>> condition) {
        // generous: the test consumer group first drains what other suites and local stacks published on the shared
        // topics since its last run, which on a loaded machine takes minutes
        return await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(300))
                .until(() -> history(customerId), condition::test);
    }

    /** Waits until a rating with this cause (event id or signal id) is in the history; returns the history. */
    public static List<Map<String, Object>> awaitRatingCausedBy(UUID customerId, Object causeId) {
        return awaitHistory(customerId, h -> h.stream().anyMatch(r -> causeId.toString().equals(r.get("causeId"))));
    }
}
