package org.smecredit.rating.governance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Model governance: which verified model version rates, changed only by a proposal and an approval of two different
 * risk managers, every step audited ({@code entityType=rating-model}).
 */
@ApplicationScoped
public class ModelGovernanceService {
    private static final Logger LOG = Logger.getLogger(ModelGovernanceService.class);

    private final ModelRegistry registry;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public ModelGovernanceService(ModelRegistry registry, AuditTrail audit, BusinessClock clock) {
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * At startup: records every loaded version not yet known (AVAILABLE); on a fresh database the shipped manifest's
     * version becomes ACTIVE. Then rates with the ACTIVE version; an active version whose file this build does not
     * carry stops the service rather than rate with another model silently.
     */
    void onStart(@Observes StartupEvent start) throws Throwable {
        String active = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(this::synchronise));
        registry.activate(active);
        LOG.infof("rating with model %s (of %s)", active,
                registry.all().stream().map(ModelRegistry.LoadedModel::version).toList());
    }

    private Uni<String> synchronise() {
        return RatingModelVersion.<RatingModelVersion>listAll().chain(known -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            boolean anyActive = known.stream().anyMatch(v -> v.status == ModelStatus.ACTIVE);
            for (ModelRegistry.LoadedModel m : registry.all()) {
                if (known.stream().noneMatch(v -> v.version.equals(m.version()))) {
                    RatingModelVersion v = new RatingModelVersion();
                    v.version = m.version();
                    v.sha256 = m.sha256();
                    v.status = ModelStatus.AVAILABLE;
                    if (!anyActive && m.version().equals(registry.shippedVersion())) {
                        v.status = ModelStatus.ACTIVE;
                        v.proposedBy = RatingModelVersion.SHIPPED;
                        v.proposedAt = Instant.now();
                        v.activatedOn = clock.today();
                    }
                    chain = chain.chain(() -> v.persist()).replaceWithVoid();
                }
            }
            return chain.chain(() -> Panache.getSession()).chain(s -> s.flush()).chain(RatingModelVersion::active);
        }).map(active -> {
            if (active == null || registry.byVersion(active.version).isEmpty()) {
                throw new IllegalStateException("refusing to start: the active rating model "
                        + (active == null ? "(none)" : active.version) + " is not among the verified model files "
                        + registry.all().stream().map(ModelRegistry.LoadedModel::version).toList());
            }
            return active.version;
        });
    }

    /** Another instance may have activated a version: follow the database (one query a minute). */
    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithSession
    Uni<Void> follow() {
        return RatingModelVersion.active().invoke(v -> {
            if (v != null && !v.version.equals(registry.active().version()) && registry.byVersion(v.version).isPresent()) {
                LOG.infof("model %s was activated elsewhere; rating with it now", v.version);
                registry.activate(v.version);
            }
        }).replaceWithVoid();
    }

    @WithSession
    public Uni<List<ModelVersionView>> list() {
        return RatingModelVersion.<RatingModelVersion>listAll().map(all -> all.stream()
                .sorted(Comparator.comparing((RatingModelVersion v) -> v.version))
                .map(v -> ModelVersionView.of(v, registry.active().version())).toList());
    }

    @WithTransaction
    public Uni<ModelVersionView> propose(String version, String comment, Actor actor) {
        return find(version).chain(v -> {
            ModelVersionView before = ModelVersionView.of(v, registry.active().version());
            v.propose(actor.name(), comment, Instant.now());
            ModelVersionView after = ModelVersionView.of(v, registry.active().version());
            return audit.record(actor, "rating.model-activation-proposed", "rating-model", v.version, before, after)
                    .replaceWith(after);
        });
    }

    /** The second pair of eyes: activates the version; the one active so far is retired. */
    public Uni<ModelVersionView> approve(String version, Actor actor) {
        return Panache.withTransaction(() -> find(version).chain(v -> {
            ModelVersionView before = ModelVersionView.of(v, registry.active().version());
            return RatingModelVersion.active().chain(previous -> {
                if (previous != null && previous != v) {
                    previous.retire();
                }
                // retire first and flush: at most one ACTIVE row (unique partial index). Should the approval be
                // refused below, the transaction rolls the retirement back.
                return Panache.getSession().chain(s -> s.flush());
            }).chain(() -> {
                v.approve(actor.name(), Instant.now(), clock.today());
                ModelVersionView after = ModelVersionView.of(v, v.version);
                return audit.record(actor, "rating.model-activated", "rating-model", version, before, after)
                        .replaceWith(after);
            });
        })).invoke(view -> registry.activate(view.version()));
    }

    @WithTransaction
    public Uni<ModelVersionView> withdraw(String version, Actor actor) {
        return find(version).chain(v -> {
            ModelVersionView before = ModelVersionView.of(v, registry.active().version());
            v.withdraw();
            ModelVersionView after = ModelVersionView.of(v, registry.active().version());
            return audit.record(actor, "rating.model-activation-withdrawn", "rating-model", v.version, before, after)
                    .replaceWith(after);
        });
    }

    private static Uni<RatingModelVersion> find(String version) {
        return RatingModelVersion.<RatingModelVersion>findById(version)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("rating model version", version));
    }
}
