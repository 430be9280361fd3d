package org.smecredit.rating.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.customer.v1.StatementFiled;
import org.smecredit.contracts.monitoring.v1.EarlyWarningRaised;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.PoisonMessageException;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;
import org.smecredit.rating.config.RatingConfig;
import org.smecredit.rating.governance.ModelRegistry;
import org.smecredit.rating.qualitative.QualitativeAssessment;
import org.smecredit.rating.qualitative.QualitativeInputs;
import org.smecredit.rating.qualitative.QualitativeScorecard;
import org.smecredit.rating.statement.FinancialStatement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Rates customers and answers rating queries. Every rating is a new history row, audited and published as
 * {@code rating.assigned.v1} through the outbox in the same transaction.
 *
 * <p>The {@code on...} handlers run inside the inbox transaction of {@code InboxConsumer}, so they start none of
 * their own.
 */
@ApplicationScoped
public class RatingService {
    private static final Logger LOG = Logger.getLogger(RatingService.class);
    private static final TypeReference<List<RatingView.DriverView>> DRIVERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, BigDecimal>> INPUTS = new TypeReference<>() {
    };
    private static final int PD_SCALE = 6;

    private final ModelRegistry models;
    private final QualitativeInputs qualitativeInputs;
    private final RatingConfig config;
    private final BusinessClock clock;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ObjectMapper json;

    public RatingService(ModelRegistry models, QualitativeInputs qualitativeInputs, RatingConfig config,
                         BusinessClock clock, Outbox outbox, AuditTrail audit, ObjectMapper json) {
        this.models = models;
        this.qualitativeInputs = qualitativeInputs;
        this.config = config;
        this.clock = clock;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
    }

    /**
     * A statement was filed: keep a copy and, when it is the customer's current statement (latest period, highest
     * version), rate the customer from it. A late restatement of an older period is kept but changes no rating.
     */
    public Uni<Void> onStatementFiled(StatementFiled filed, UUID eventId, Actor actor) {
        FinancialStatement statement = copyOf(filed, eventId);
        try {
            statement.financials();
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("statement " + filed.statementId() + " cannot be rated: " + e.getMessage(), e);
        }
        return FinancialStatement.<FinancialStatement>findById(filed.statementId()).chain(known -> {
            if (known != null) {
                LOG.infof("statement %s already received (event %s); nothing to do", filed.statementId(), eventId);
                return Uni.createFrom().voidItem();
            }
            return FinancialStatement.latestOf(filed.customerId()).chain(current -> {
                boolean supersedes = current == null || supersedes(statement, current);
                return statement.persist().chain(() -> {
                    if (!supersedes) {
                        LOG.infof("statement %s (period %s v%d) is older than the current %s (period %s v%d) of "
                                        + "customer %s: kept, rating unchanged", statement.id, statement.periodEnd,
                                statement.version, current.id, current.periodEnd, current.version, statement.customerId);
                        return Uni.createFrom().voidItem();
                    }
                    return rate(statement, RatingTrigger.STATEMENT_FILED, 0, eventId, actor).replaceWithVoid();
                });
            });
        });
    }

    /**
     * An early warning was raised: a HIGH or CRITICAL one (configurable) re-rates the customer from its current
     * statement, with the grade lowered by the configured notches. A customer without a statement here cannot be
     * re-rated; the event is acknowledged and logged.
     */
    public Uni<Void> onEarlyWarning(EarlyWarningRaised warning, Actor actor) {
        String severity = warning.severity().toUpperCase(Locale.ROOT);
        if (!config.earlyWarning().severities().contains(severity)) {
            LOG.debugf("early warning %s of severity %s does not re-rate", warning.signalId(), severity);
            return Uni.createFrom().voidItem();
        }
        return FinancialStatement.latestOf(warning.customerId()).chain(statement -> {
            if (statement == null) {
                LOG.infof("early warning %s (%s %s) concerns customer %s, who has no statement here: not re-rated",
                        warning.signalId(), severity, warning.signalType(), warning.customerId());
                return Uni.createFrom().voidItem();
            }
            return rate(statement, RatingTrigger.EARLY_WARNING, config.earlyWarning().downgradeNotches(),
                    warning.signalId(), actor).replaceWithVoid();
        });
    }

    @WithSession
    public Uni<RatingView> latest(UUID customerId) {
        return Rating.latestOf(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("rating of customer", customerId))
                .map(this::view);
    }

    /** The customer's ratings, newest first; 404 when it was never rated. */
    @WithSession
    public Uni<List<RatingView>> history(UUID customerId) {
        return Rating.historyOf(customerId).map(list -> {
            if (list.isEmpty()) {
                throw ProblemException.notFound("rating of customer", customerId);
            }
            return list.stream().map(this::view).toList();
        });
    }

    public List<GradeView> masterScale() {
        return scale().grades().stream().map(GradeView::of).toList();
    }

    /**
     * Re-rates the customer from its current statement (soft information recorded, annual review), inside the
     * caller's transaction. Emits nothing when the customer has no statement here (null item).
     */
    public Uni<Rating> reRate(UUID customerId, RatingTrigger trigger, UUID causeId, Actor actor) {
        return FinancialStatement.latestOf(customerId).chain(statement -> {
            if (statement == null) {
                LOG.infof("customer %s has no statement here: not re-rated (%s)", customerId, trigger);
                return Uni.createFrom().nullItem();
            }
            return rate(statement, trigger, 0, causeId, actor);
        });
    }

    private MasterScale scale() {
        return models.active().scorecard().masterScale();
    }

    /**
     * Financial model, then the qualitative module's bounded notches (QualitativeScorecard: weighted log-odds), then
     * an early warning's downgrade. Neither notching reaches D.
     */
    private Uni<Rating> rate(FinancialStatement statement, RatingTrigger trigger, int notches, UUID causeId, Actor actor) {
        return qualitativeInputs.of(statement.customerId).chain(facts -> rate(statement, trigger, notches, causeId,
                actor, QualitativeScorecard.assess(facts.profile() == null ? null : facts.profile().establishedOn,
                        facts.profile() == null ? null : facts.profile().industryCode, facts.items(), clock.today())));
    }

    private Uni<Rating> rate(FinancialStatement statement, RatingTrigger trigger, int notches, UUID causeId, Actor actor,
                             QualitativeAssessment qualitative) {
        FittedScorecard model = models.active().scorecard();
        MasterScale scale = model.masterScale();
        ModelScore scored = model.score(statement.financials());
        Grade modelGrade = scale.forScore(scored.score());
        Grade combined = scale.notch(modelGrade, -qualitative.notches());
        Grade grade = scale.downgrade(combined, notches);
        List<RatingView.DriverView> drivers = scored.drivers().stream().map(RatingView.DriverView::of).toList();

        Rating r = new Rating();
        r.id = UUID.randomUUID();
        r.customerId = statement.customerId;
        r.score = scored.score();
        r.modelGrade = modelGrade.code();
        r.downgradeNotches = scale.grades().indexOf(grade) - scale.grades().indexOf(modelGrade);
        r.grade = grade.code();
        r.pd = grade.pd().setScale(PD_SCALE, RoundingMode.UNNECESSARY);
        r.modelVersion = scored.modelVersion();
        r.trigger = trigger;
        r.causeId = causeId;
        r.statementId = statement.id;
        r.drivers = toJson(drivers);
        r.ratedOn = clock.today();
        r.ratedAt = Instant.now();
        r.ratedBy = actor.name();
        r.modelPd = scored.modelPd();
        Map<String, BigDecimal> inputs = inputsOf(statement);
        r.inputs = toJson(inputs);
        r.qualitative = toJson(qualitative);
        return Rating.latestOf(statement.customerId).chain(previous -> {
            r.previousGrade = previous == null ? null : previous.grade;
            return record(r, drivers, inputs, qualitative, actor);
        });
    }

    private Uni<Rating> record(Rating r, List<RatingView.DriverView> drivers, Map<String, BigDecimal> inputs,
                               QualitativeAssessment qualitative, Actor actor) {
        RatingView view = view(r, drivers, inputs, qualitative);
        LOG.infof("customer %s rated %s (score %d, model grade %s, previous %s, %s) from statement %s", r.customerId,
                r.grade, r.score, r.modelGrade, r.previousGrade, r.trigger, r.statementId);
        return r.persist()
                .chain(() -> audit.record(actor, "rating.assigned", "rating", r.id, null, view))
                .chain(() -> outbox.append(EventTypes.RATING_ASSIGNED, r.customerId, new RatingAssigned(
                        r.id, r.customerId, r.grade, r.pd, r.score, r.modelVersion, r.trigger.name(), r.ratedOn,
                        // the contract's driver value is a number: a factor whose ratio is undefined (zero
                        // denominator) is shown on the REST view (value null) but not in the event
                        r.statementId, drivers.stream().filter(d -> d.value() != null)
                                .map(d -> new RatingAssigned.Driver(d.factor(), d.value(), d.points())).toList(),
                        r.previousGrade)))
                .replaceWith(r);
    }

    /**
     * Issues the rating an approved override asks for: the base rating's score, model grade, drivers and inputs,
     * with the grade moved {@code notchesBetter} grades (negative = worse) and the PD of that grade. Runs inside the
     * caller's transaction.
     */
    public Uni<Rating> override(Rating base, int notchesBetter, UUID overrideId, Actor actor) {
        MasterScale scale = scale();
        Grade baseGrade = scale.byCode(base.grade).orElseThrow(
                () -> new IllegalStateException("grade " + base.grade + " of rating " + base.id + " not on the scale"));
        Grade modelGrade = scale.byCode(base.modelGrade).orElseThrow();
        Grade grade = scale.notch(baseGrade, -notchesBetter);
        Rating r = new Rating();
        r.id = UUID.randomUUID();
        r.customerId = base.customerId;
        r.score = base.score;
        r.modelGrade = base.modelGrade;
        r.downgradeNotches = scale.grades().indexOf(grade) - scale.grades().indexOf(modelGrade);
        r.grade = grade.code();
        r.pd = grade.pd().setScale(PD_SCALE, RoundingMode.UNNECESSARY);
        r.modelVersion = base.modelVersion;
        r.trigger = RatingTrigger.OVERRIDE;
        r.causeId = overrideId;
        r.statementId = base.statementId;
        r.drivers = base.drivers;
        r.ratedOn = clock.today();
        r.ratedAt = Instant.now();
        r.ratedBy = actor.name();
        r.modelPd = base.modelPd;
        r.inputs = base.inputs;
        r.qualitative = base.qualitative;
        r.previousGrade = base.grade;
        RatingView parsed = view(base);
        return record(r, parsed.drivers(), parsed.inputs(), parsed.qualitative(), actor);
    }

    /** Whether {@code candidate} replaces {@code current} as the customer's current statement. */
    static boolean supersedes(FinancialStatement candidate, FinancialStatement current) {
        int byPeriod = candidate.periodEnd.compareTo(current.periodEnd);
        return byPeriod > 0 || byPeriod == 0 && candidate.version > current.version;
    }

    private static FinancialStatement copyOf(StatementFiled f, UUID eventId) {
        FinancialStatement s = new FinancialStatement();
        s.id = f.statementId();
        s.customerId = f.customerId();
        s.periodEnd = f.periodEnd();
        s.version = f.version();
        s.audited = f.audited();
        s.currency = f.currency();
        s.totalAssets = money(f.totalAssets());
        s.totalLiabilities = money(f.totalLiabilities());
        s.totalEquity = money(f.totalEquity());
        s.currentAssets = money(f.currentAssets());
        s.currentLiabilities = money(f.currentLiabilities());
        s.revenue = money(f.revenue());
        s.operatingProfit = money(f.operatingProfit());
        s.netProfit = money(f.netProfit());
        s.interestExpense = money(f.interestExpense());
        s.operatingCashFlow = money(f.operatingCashFlow());
        s.sourceEventId = eventId;
        s.receivedAt = Instant.now();
        return s;
    }

    /** The contract promises CNY at scale 2; a longer fraction is rounded HALF_UP rather than refused. */
    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private RatingView view(Rating r) {
        try {
            return view(r, json.readValue(r.drivers, DRIVERS), r.inputs == null ? null : json.readValue(r.inputs, INPUTS),
                    r.qualitative == null ? null : json.readValue(r.qualitative, QualitativeAssessment.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("drivers or inputs of rating " + r.id + " unreadable", e);
        }
    }

    private static RatingView view(Rating r, List<RatingView.DriverView> drivers, Map<String, BigDecimal> inputs,
                                   QualitativeAssessment qualitative) {
        return new RatingView(r.id, r.customerId, r.score, r.modelGrade, r.downgradeNotches, r.grade, r.pd,
                r.modelVersion, r.trigger, r.causeId, r.statementId, drivers, r.ratedOn, r.ratedAt, r.ratedBy,
                r.previousGrade, r.modelPd, inputs, qualitative);
    }

    /** The statement line items a rating model reads, in a fixed order (CNY, scale 2). */
    static Map<String, BigDecimal> inputsOf(FinancialStatement s) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("totalAssets", s.totalAssets);
        m.put("totalLiabilities", s.totalLiabilities);
        m.put("totalEquity", s.totalEquity);
        m.put("currentAssets", s.currentAssets);
        m.put("currentLiabilities", s.currentLiabilities);
        m.put("revenue", s.revenue);
        m.put("operatingProfit", s.operatingProfit);
        m.put("netProfit", s.netProfit);
        m.put("interestExpense", s.interestExpense);
        m.put("operatingCashFlow", s.operatingCashFlow);
        return m;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serializable: " + value, e);
        }
    }
}
