package org.smecredit.rating.governance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * Model governance: the verified model versions, their activation with four eyes (a risk manager proposes, another
 * approves) and the back-test of the issued grades against the defaults monitoring reported.
 */
@Path("/api/rating-models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelGovernanceResource {
    /** Why the version should rate (validation report reference, committee decision). */
    public record Proposal(@NotBlank @Size(max = 2000) String comment) {
    }

    @Inject
    ModelGovernanceService governance;
    @Inject
    BackTestService backTests;
    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.RISK_MANAGER, Roles.AUDITOR, Roles.CREDIT_ANALYST})
    @Operation(summary = "Model versions this service carries (checksum verified), their status and who activated them")
    public Uni<List<ModelVersionView>> list() {
        return governance.list();
    }

    @POST
    @Path("/{version}/activation-proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Propose activating a model version; another risk manager must approve it")
    public Uni<ModelVersionView> propose(@PathParam("version") String version, @NotNull @Valid Proposal proposal) {
        return governance.propose(version, proposal.comment(), actor.get());
    }

    @POST
    @Path("/{version}/activation-approval")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Approve a proposed activation (never your own): the version rates from now on")
    public Uni<ModelVersionView> approve(@PathParam("version") String version) {
        return governance.approve(version, actor.get());
    }

    @POST
    @Path("/{version}/activation-withdrawal")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Withdraw a proposed activation")
    public Uni<ModelVersionView> withdraw(@PathParam("version") String version) {
        return governance.withdraw(version, actor.get());
    }

    @GET
    @Path("/back-test")
    @RolesAllowed({Roles.RISK_MANAGER, Roles.AUDITOR})
    @Operation(summary = "Defaults reported after the ratings issued in [from, to], per grade, against the grade's PD")
    public Uni<BackTest.Report> backTest(@QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("horizonMonths") String horizonMonths) {
        return backTests.backTest(date("from", from), date("to", to), months(horizonMonths));
    }

    /** Query parameters are parsed here so that a malformed one is a 400 problem naming it (JAX-RS would say 404). */
    static LocalDate date(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be a date YYYY-MM-DD");
        }
    }

    static Integer months(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("horizonMonths", "must be a whole number of months");
        }
    }
}
