package org.smecredit.origination.borrower;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.GuaranteeLinked;
import org.smecredit.contracts.customer.v1.StatementFiled;
import org.smecredit.contracts.monitoring.v1.LoanClassified;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.contracts.monitoring.v1.LoanRestored;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.origination.pricing.Rates;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.security.Actor;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Keeps origination's view of its borrowers current from other services' events: known customers, their latest
 * rating, and blocks for new credit. Runs inside the inbox transaction of the consumer (no transaction of its
 * own); every change is audited.
 */
@ApplicationScoped
public class BorrowerEvents {
    private final AuditTrail audit;

    public BorrowerEvents(AuditTrail audit) {
        this.audit = audit;
    }

    /** A customer became known. A repeated registration (replayed with a new event id) updates the names. */
    public Uni<Void> customerRegistered(CustomerRegistered e, Actor actor) {
        return Borrower.<Borrower>findById(e.customerId()).chain(existing -> {
            Borrower b = existing != null ? existing : new Borrower();
            Map<String, Object> before = existing == null ? null : state(existing);
            b.customerId = e.customerId();
            b.legalName = e.legalName();
            b.industryCode = e.industryCode();
            b.regionCode = e.regionCode();
            if (existing == null) {
                b.knownSince = Instant.now();
            }
            return (existing == null ? b.persist() : Uni.createFrom().item(b))
                    .chain(() -> audit.record(actor, "borrower.registered", "borrower", b.customerId, before, state(b)));
        });
    }

    /**
     * Records a rating when it is newer than the one held (ratings can arrive out of order across partitions and
     * replays). Call with the customer's {@link BorrowerLock} held.
     *
     * @return true when the rating became the customer's latest
     */
    public Uni<Boolean> ratingAssigned(RatingAssigned e, Actor actor) {
        return BorrowerRating.<BorrowerRating>findById(e.customerId()).chain(current -> {
            if (current != null && !current.isSupersededBy(e.ratingId(), e.ratedOn())) {
                return Uni.createFrom().item(false);
            }
            Map<String, Object> before = current == null ? null : state(current);
            BorrowerRating r = current != null ? current : new BorrowerRating();
            r.customerId = e.customerId();
            r.ratingId = e.ratingId();
            r.grade = e.grade();
            r.pd = e.pd();
            r.ratedOn = e.ratedOn();
            r.receivedAt = Instant.now();
            return (current == null ? r.persist() : Uni.createFrom().item(r))
                    .chain(() -> audit.record(actor, "borrower.rated", "borrower", r.customerId, before, state(r)))
                    .replaceWith(true);
        });
    }

    /**
     * A loan was classified: substandard or worse (non-performing, CBIRC/PBOC Order [2023] No. 1) blocks the
     * borrower for new credit; special mention puts it on watch (no new credit unless a risk manager overrides);
     * normal is recorded for the loan but changes nothing for the borrower (a block lifts when monitoring reports the
     * loan restored). The loan's state is kept ({@link LoanCreditState}); a redelivery, or a classification dated
     * before the loan's last cure, changes nothing.
     */
    public Uni<Void> loanClassified(LoanClassified e, Actor actor) {
        String reason = "loan " + e.loanId() + " classified " + e.category() + " on " + e.asOf() + " ("
                + e.daysPastDue() + " days past due)";
        boolean nonPerforming = e.category().isNonPerforming();
        return BorrowerLock.lock(e.customerId())
                .chain(() -> LoanCreditState.<LoanCreditState>findById(e.loanId()))
                .chain(current -> {
                    if (current != null && current.restoredOn != null && e.asOf().isBefore(current.restoredOn)) {
                        return Uni.createFrom().voidItem();
                    }
                    if (current == null ? e.category() == LoanCategory.NORMAL
                            : current.category == e.category() && (!nonPerforming || current.nonPerforming)) {
                        return Uni.createFrom().voidItem();
                    }
                    LoanCreditState s = current != null ? current : newLoanState(e.loanId(), e.customerId());
                    s.category = e.category();
                    s.nonPerforming = s.nonPerforming || nonPerforming;
                    s.reason = reason;
                    s.updatedAt = Instant.now();
                    Uni<Void> saved = save(current, s);
                    if (e.category() == LoanCategory.SPECIAL_MENTION) {
                        return saved.chain(() -> watch(e.customerId(), e.loanId(), reason, e.asOf(), actor));
                    }
                    return nonPerforming ? saved.chain(() -> block(e.customerId(), e.loanId(), reason, e.asOf(), actor))
                            : saved;
                });
    }

    private static LoanCreditState newLoanState(UUID loanId, UUID customerId) {
        LoanCreditState s = new LoanCreditState();
        s.loanId = loanId;
        s.customerId = customerId;
        return s;
    }

    private static Uni<Void> save(LoanCreditState current, LoanCreditState s) {
        return current == null ? s.persist().replaceWithVoid() : Uni.createFrom().voidItem();
    }

    private Uni<Void> watch(UUID customerId, UUID loanId, String reason, LocalDate on, Actor actor) {
        return BorrowerLock.lock(customerId)
                .chain(() -> CreditWatch.<CreditWatch>findById(customerId))
                .chain(current -> {
                    if (current != null) {
                        // already watched: an override a risk manager gave stays until a person lifts it
                        return Uni.createFrom().voidItem();
                    }
                    CreditWatch w = new CreditWatch();
                    w.customerId = customerId;
                    w.loanId = loanId;
                    w.reason = reason;
                    w.watchedSince = on;
                    return w.persist().chain(() -> audit.record(actor, "borrower.watched", "borrower", customerId,
                            null, Map.of("customerId", customerId, "watched", true, "reason", reason)));
                });
    }

    /**
     * A statement was filed: kept when it is the latest (later period end, or a restatement of the same period).
     * Its period end drives the expired-statement knock-out, its revenue the SME firm-size adjustment.
     */
    public Uni<Void> statementFiled(StatementFiled e, Actor actor) {
        return BorrowerLock.lock(e.customerId()).chain(() -> BorrowerStatement.<BorrowerStatement>findById(e.customerId())).chain(current -> {
            if (current != null && !current.isSupersededBy(e.periodEnd(), e.version())) {
                return Uni.createFrom().voidItem();
            }
            Map<String, Object> before = current == null ? null : state(current);
            BorrowerStatement s = current != null ? current : new BorrowerStatement();
            s.customerId = e.customerId();
            s.statementId = e.statementId();
            s.periodEnd = e.periodEnd();
            s.version = e.version();
            s.revenue = e.revenue();
            s.receivedAt = Instant.now();
            return (current == null ? s.persist() : Uni.createFrom().item(s))
                    .chain(() -> audit.record(actor, "borrower.statement-filed", "borrower", s.customerId, before,
                            state(s)));
        });
    }

    /**
     * A guarantee link: the link itself (related group) and the guarantee circle it belongs to, which every listed
     * member now shares.
     */
    public Uni<Void> guaranteeLinked(GuaranteeLinked e, Actor actor) {
        return GuaranteeLink.<GuaranteeLink>findById(e.linkId()).chain(existing -> {
            GuaranteeLink l = existing != null ? existing : new GuaranteeLink();
            l.linkId = e.linkId();
            l.guarantorCustomerId = e.guarantorCustomerId();
            l.customerId = e.customerId();
            l.amount = e.amount();
            l.validFrom = e.validFrom();
            l.validTo = e.validTo();
            Uni<?> saved = existing == null ? l.persist() : Uni.createFrom().item(l);
            UUID key = UUID.randomUUID();
            List<UUID> members = e.circleMemberIds() == null ? List.of(e.customerId(), e.guarantorCustomerId())
                    : e.circleMemberIds();
            Uni<Void> chain = saved.replaceWithVoid();
            for (UUID m : members) {
                chain = chain.chain(() -> GuaranteeCircleMember.<GuaranteeCircleMember>findById(m).chain(c -> {
                    GuaranteeCircleMember member = c != null ? c : new GuaranteeCircleMember();
                    member.customerId = m;
                    member.circleKey = key;
                    member.hasCycle = e.circleHasCycle();
                    member.updatedAt = Instant.now();
                    return (c == null ? member.persist() : Uni.createFrom().item(member)).replaceWithVoid();
                }));
            }
            Map<String, Object> after = new HashMap<>();
            after.put("linkId", e.linkId());
            after.put("guarantorCustomerId", e.guarantorCustomerId());
            after.put("customerId", e.customerId());
            after.put("amount", e.amount());
            after.put("circleSize", members.size());
            after.put("circleHasCycle", e.circleHasCycle());
            return chain.chain(() -> audit.record(actor, "borrower.guarantee-linked", "borrower", e.customerId(),
                    null, after));
        });
    }

    /**
     * A loan defaulted: the loan is non-performing and the borrower blocked for new credit until every loan of it is
     * cured. A redelivery of the same default, or a default dated before the loan's last cure, changes nothing.
     */
    public Uni<Void> loanDefaulted(LoanDefaulted e, Actor actor) {
        String reason = "loan " + e.loanId() + " defaulted on " + e.defaultDate() + " (" + e.daysPastDue()
                + " days past due)";
        return BorrowerLock.lock(e.customerId())
                .chain(() -> LoanCreditState.<LoanCreditState>findById(e.loanId()))
                .chain(current -> {
                    if (current != null && (current.restoredOn != null && e.defaultDate().isBefore(current.restoredOn)
                            || current.nonPerforming && e.defaultDate().equals(current.defaultedOn))) {
                        return Uni.createFrom().voidItem();
                    }
                    LoanCreditState s = current != null ? current : newLoanState(e.loanId(), e.customerId());
                    s.nonPerforming = true;
                    s.defaultedOn = e.defaultDate();
                    s.reason = reason;
                    s.updatedAt = Instant.now();
                    return save(current, s).chain(() -> block(e.customerId(), e.loanId(), reason, e.defaultDate(),
                            actor));
                });
    }

    private Uni<Void> block(UUID customerId, UUID loanId, String reason, LocalDate on, Actor actor) {
        return BorrowerLock.lock(customerId)
                .chain(() -> CreditBlock.<CreditBlock>findById(customerId))
                .chain(current -> {
                    Map<String, Object> before = current == null ? null : state(current);
                    CreditBlock b = current != null ? current : new CreditBlock();
                    b.customerId = customerId;
                    b.reason = reason;
                    b.loanId = loanId;
                    if (current == null) {
                        b.blockedSince = on;
                    }
                    b.lastEventAt = Instant.now();
                    return (current == null ? b.persist() : Uni.createFrom().item(b))
                            .chain(() -> audit.record(actor, "borrower.blocked", "borrower", customerId, before, state(b)));
                });
    }

    /**
     * A defaulted loan is performing again ({@code monitoring.loan-restored.v1}): the loan is no longer
     * non-performing when its class after the cure is performing (CBIRC/PBOC Order [2023] No. 1: normal or special
     * mention). The borrower's block lifts only when no other loan of it is non-performing (in default or classified
     * substandard or worse); while one is, the block stays and names that loan. Cured to special mention, the
     * borrower goes on watch instead (no new credit unless a risk manager overrides); cured to normal, the watch lifts
     * when no other loan of it is special mention or non-performing. A redelivery, or the cure of an earlier default
     * episode arriving late, changes nothing. Every change audited.
     */
    public Uni<Void> loanRestored(LoanRestored e, Actor actor) {
        String reason = "loan " + e.loanId() + " restored on " + e.restoredOn() + " (default of " + e.defaultedOn()
                + " cured, class " + e.category() + ")";
        boolean stillNonPerforming = e.category() != null && e.category().isNonPerforming();
        return BorrowerLock.lock(e.customerId())
                .chain(() -> LoanCreditState.<LoanCreditState>findById(e.loanId()))
                .chain(current -> {
                    if (current != null && (current.defaultedOn != null && e.defaultedOn().isBefore(current.defaultedOn)
                            || e.restoredOn().equals(current.restoredOn))) {
                        return Uni.createFrom().voidItem();
                    }
                    LoanCreditState s = current != null ? current : newLoanState(e.loanId(), e.customerId());
                    s.restoredOn = e.restoredOn();
                    if (s.defaultedOn == null) {
                        s.defaultedOn = e.defaultedOn();
                    }
                    s.category = e.category();
                    s.nonPerforming = stillNonPerforming;
                    s.reason = reason;
                    s.updatedAt = Instant.now();
                    if (stillNonPerforming) {
                        // cured of the default but still substandard or worse: the block stays
                        return save(current, s);
                    }
                    return save(current, s).chain(() -> LoanCreditState.<LoanCreditState>list(
                            "customerId = ?1 and loanId <> ?2 and (nonPerforming = true or category = ?3)",
                            Sort.by("updatedAt").descending(), e.customerId(), e.loanId(),
                            LoanCategory.SPECIAL_MENTION))
                            .chain(others -> {
                                List<LoanCreditState> nonPerforming = others.stream().filter(o -> o.nonPerforming)
                                        .toList();
                                boolean specialMention = others.stream().anyMatch(LoanCreditState::specialMention);
                                return liftOrKeepBlock(e, reason, nonPerforming, actor)
                                        .chain(() -> e.category() == LoanCategory.SPECIAL_MENTION
                                                ? watch(e.customerId(), e.loanId(), reason, e.restoredOn(), actor)
                                                : nonPerforming.isEmpty() && !specialMention
                                                ? liftWatch(e.customerId(), reason, actor)
                                                : Uni.createFrom().voidItem());
                            });
                });
    }

    /**
     * The last non-performing loan cured: the block lifts (audited). Otherwise it stays; when it named the loan just
     * cured, it now names the most recent other non-performing loan (audited as {@code borrower.block-continued}).
     */
    private Uni<Void> liftOrKeepBlock(LoanRestored e, String reason, List<LoanCreditState> nonPerforming,
                                      Actor actor) {
        return CreditBlock.<CreditBlock>findById(e.customerId()).chain(block -> {
            if (block == null) {
                return Uni.createFrom().voidItem();
            }
            Map<String, Object> before = state(block);
            if (nonPerforming.isEmpty()) {
                return block.delete().chain(() -> audit.record(actor, "borrower.unblocked", "borrower",
                        e.customerId(), before, Map.of("customerId", e.customerId(), "blocked", false,
                                "reason", reason)));
            }
            if (!block.loanId.equals(e.loanId())) {
                return Uni.createFrom().voidItem();
            }
            LoanCreditState still = nonPerforming.get(0);
            block.loanId = still.loanId;
            block.reason = still.reason + "; " + nonPerforming.size() + " loan(s) still non-performing after " + reason;
            if (block.reason.length() > 500) {
                block.reason = block.reason.substring(0, 500);
            }
            block.lastEventAt = Instant.now();
            return audit.record(actor, "borrower.block-continued", "borrower", e.customerId(), before, state(block));
        });
    }

    private Uni<Void> liftWatch(UUID customerId, String reason, Actor actor) {
        return CreditWatch.<CreditWatch>findById(customerId).chain(w -> {
            if (w == null) {
                return Uni.createFrom().voidItem();
            }
            Map<String, Object> before = new HashMap<>();
            before.put("customerId", w.customerId);
            before.put("watched", true);
            before.put("reason", w.reason);
            before.put("overriddenBy", w.overriddenBy);
            return w.delete().chain(() -> audit.record(actor, "borrower.watch-lifted", "borrower", customerId,
                    before, Map.of("customerId", customerId, "watched", false, "reason", reason)));
        });
    }

    private static Map<String, Object> state(Borrower b) {
        return Map.of("customerId", b.customerId, "legalName", b.legalName, "industryCode", b.industryCode,
                "regionCode", b.regionCode);
    }

    private static Map<String, Object> state(BorrowerRating r) {
        return Map.of("customerId", r.customerId, "ratingId", r.ratingId, "grade", r.grade,
                "pd", Rates.normalize(r.pd), "ratedOn", r.ratedOn);
    }

    private static Map<String, Object> state(BorrowerStatement s) {
        return Map.of("customerId", s.customerId, "statementId", s.statementId, "periodEnd", s.periodEnd,
                "version", s.version, "revenue", s.revenue);
    }

    private static Map<String, Object> state(CreditBlock b) {
        return Map.of("customerId", b.customerId, "blocked", true, "reason", b.reason, "loanId", b.loanId,
                "blockedSince", b.blockedSince);
    }
}
