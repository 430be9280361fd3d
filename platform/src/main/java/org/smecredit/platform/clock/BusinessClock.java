package org.smecredit.platform.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bank's business date. Business dates are {@link LocalDate}s in the bank's zone; audit time stays real time.
 * Tests and simulations may set a fixed date ({@code smecredit.business.date}) or move the clock forward.
 */
@ApplicationScoped
public class BusinessClock {
    private final ZoneId zone;
    private final AtomicReference<Clock> clock;

    public BusinessClock(@ConfigProperty(name = "smecredit.business.zone", defaultValue = "Asia/Shanghai") String zone,
                         @ConfigProperty(name = "smecredit.business.date") Optional<LocalDate> fixedDate) {
        this.zone = ZoneId.of(zone);
        Clock system = Clock.system(this.zone);
        this.clock = new AtomicReference<>(fixedDate
                .map(d -> Clock.fixed(d.atStartOfDay(this.zone).toInstant(), this.zone))
                .orElse(system));
    }

    /** Today's business date in the bank's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.get());
    }

    public Instant now() {
        return clock.get().instant();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Pins the business date (tests, simulations). */
    public void setToday(LocalDate date) {
        clock.set(Clock.fixed(date.atStartOfDay(zone).toInstant(), zone));
    }

    /** Returns to the system clock. */
    public void reset() {
        clock.set(Clock.system(zone));
    }
}
