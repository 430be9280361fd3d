package org.smecredit.demo;

import java.time.Duration;
import java.util.List;

import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.KeycloakTokens;

/**
 * Command 1's demonstration (run by {@code deploy/stack.sh demo} once the stack is ready): the credit cycle of
 * three SMEs, with every event printed as it flows and the final state of each loan.
 */
public final class CreditCycleDemo {

    public static void main(String[] args) {
        long started = System.nanoTime();
        String bootstrap = CloudEventsKafka.defaultBootstrap();
        Api api = new Api(KeycloakTokens.fromEnvironment());
        System.out.println("SME credit cycle demo — through the gateway " + Api.gatewayUrl() + ", tokens from Keycloak "
                + KeycloakTokens.fromEnvironment().realmUrl() + ", Kafka on " + bootstrap);
        System.out.println("(⇢ lines are events as they flow on Kafka)");
        int exit = 0;
        try (EventPrinter printer = new EventPrinter(bootstrap, System.out, null);
             CoreBankingSimulator coreBanking = new CoreBankingSimulator(bootstrap)) {
            List<CreditCycle.Outcome> outcomes = new CreditCycle(api, coreBanking, System.out).run();
            Api.sleep(1500); // let the last events print
            System.out.printf("%nDemo complete: %d loans, %d events seen, %.1f s%n", outcomes.size(), printer.printed(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        } catch (RuntimeException e) {
            System.err.println("\nDemo FAILED: " + e.getMessage());
            exit = 1;
        }
        System.exit(exit);
    }

    private CreditCycleDemo() {
    }
}
