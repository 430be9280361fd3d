package org.smecredit.rating.qualitative;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.ProfileUpdated;
import org.smecredit.contracts.customer.v1.SoftInformationRecorded;
import org.smecredit.platform.security.Actor;
import org.smecredit.rating.rating.RatingService;
import org.smecredit.rating.rating.RatingTrigger;

import io.smallrye.mutiny.Uni;

/**
 * Keeps what the qualitative module reads from customer-service's events, inside the inbox transaction: the profile
 * facts (founding date, industry) and each soft-information item. A new item re-rates the customer when it has a
 * statement here (trigger SOFT_INFORMATION); profile facts are used at the next rating.
 */
@ApplicationScoped
public class CustomerFactsService {
    private static final Logger LOG = Logger.getLogger(CustomerFactsService.class);

    private final RatingService ratings;
    private final QualitativeInputs inputs;

    public CustomerFactsService(RatingService ratings, QualitativeInputs inputs) {
        this.ratings = ratings;
        this.inputs = inputs;
    }

    public Uni<Void> onRegistered(CustomerRegistered r) {
        return keepProfile(r.customerId(), r.industryCode(), r.establishedOn());
    }

    public Uni<Void> onProfileUpdated(ProfileUpdated p) {
        return keepProfile(p.customerId(), p.industryCode(), p.establishedOn());
    }

    private Uni<Void> keepProfile(UUID customerId, String industryCode, LocalDate establishedOn) {
        return CustomerProfile.<CustomerProfile>findById(customerId).chain(known -> {
            CustomerProfile p = known == null ? new CustomerProfile() : known;
            p.customerId = customerId;
            p.industryCode = industryCode;
            p.establishedOn = establishedOn;
            p.updatedAt = Instant.now();
            return known == null ? p.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> onSoftInformation(SoftInformationRecorded item, UUID eventId, Actor actor) {
        return SoftInformation.<SoftInformation>findById(item.itemId()).chain(known -> {
            if (known != null) {
                LOG.infof("soft information %s already received; nothing to do", item.itemId());
                return Uni.createFrom().voidItem();
            }
            SoftInformation s = new SoftInformation();
            s.id = item.itemId();
            s.customerId = item.customerId();
            s.kind = item.kind();
            s.observedOn = item.observedOn();
            s.assessment = item.assessment();
            s.amount = item.amount() == null ? null : item.amount().setScale(2, RoundingMode.HALF_UP);
            s.attributes = inputs.toJson(item.attributes());
            s.sourceEventId = eventId;
            s.receivedAt = Instant.now();
            return s.persist().chain(() -> ratings.reRate(item.customerId(), RatingTrigger.SOFT_INFORMATION,
                    item.itemId(), actor)).replaceWithVoid();
        });
    }
}
