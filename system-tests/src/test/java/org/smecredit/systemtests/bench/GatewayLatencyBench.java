package org.smecredit.systemtests.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import org.smecredit.demo.Api;
import org.smecredit.platform.testing.KeycloakTokens;

/**
 * Latency a GET pays for the gateway: the same authenticated GET straight to rating-service (8082) and through
 * nginx (8080), interleaved, one client, keep-alive, paced below the gateway's per-client rate (100 r/s) so that
 * the limiter never delays a request. Not a test: run by deploy/bench-gateway.sh against a running stack.
 *
 * <p>Args: [pairs (default 1500)] [pairs per second (default 40)]
 */
public final class GatewayLatencyBench {
    static final String PATH = "/api/ratings/master-scale";

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String token = KeycloakTokens.fromEnvironment().token("rm.zhang.wei");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest direct = request(Api.Service.RATING.directUrl() + PATH, token);
        HttpRequest gateway = request(Api.gatewayUrl() + PATH, token);

        for (int i = 0; i < 200; i++) { // warm-up: JIT, connection pools, token cache
            time(http, direct);
            time(http, gateway);
            Thread.sleep(1000 / rate);
        }
        long[] d = new long[pairs];
        long[] g = new long[pairs];
        long periodNanos = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) { // alternate the order so that neither side always goes first
                d[i] = time(http, direct);
                g[i] = time(http, gateway);
            } else {
                g[i] = time(http, gateway);
                d[i] = time(http, direct);
            }
            next += periodNanos;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            }
        }
        System.out.printf("GET %s, %d requests each, %d pairs/s, one client, keep-alive, bearer token%n", PATH, pairs, rate);
        report("direct  (rating-service :8082)", d);
        report("gateway (nginx :8080)         ", g);
    }

    static HttpRequest request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
    }

    static long time(HttpClient http, HttpRequest req) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        long t = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(req.uri() + " -> " + r.statusCode() + " " + new String(r.body()));
        }
        return t;
    }

    static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s p50 %6.2f ms   p90 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", what,
                pct(s, 50), pct(s, 90), pct(s, 99), s[s.length - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
