package org.smecredit.collections.proposals;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @Inject
    ProposalService proposals;

    @Inject
    CurrentActor actor;

    @GET
    @Path("/proposals")
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Restructuring and write-off proposals of a case, oldest first")
    public Uni<List<ProposalView>> list(@PathParam("caseId") UUID caseId) {
        return proposals.list(caseId);
    }

    @POST
    @Path("/restructuring")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Propose new rate and term (strategy RESTRUCTURING must be in effect); 202 pending approval")
    public Uni<Response> proposeRestructuring(@PathParam("caseId") UUID caseId,
                                              @NotNull @Valid ProposeRestructuringRequest request) {
        return proposals.proposeRestructuring(caseId, request, actor.get()).map(ProposalResource::accepted);
    }

    @POST
    @Path("/restructuring/approval")
    @RolesAllowed({Roles.CREDIT_APPROVER, Roles.RISK_MANAGER})
    @Operation(summary = "Approve (publishes collections.loan-restructured.v1) or reject; never the proposer")
    public Uni<ProposalView> decideRestructuring(@PathParam("caseId") UUID caseId,
                                                 @NotNull @Valid DecideProposalRequest request) {
        return proposals.decide(caseId, ProposalKind.RESTRUCTURING, request, actor.get());
    }

    @POST
    @Path("/write-off")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Propose writing off the exposure still owed; 202 pending approval")
    public Uni<Response> proposeWriteOff(@PathParam("caseId") UUID caseId, @NotNull @Valid ProposeWriteOffRequest request) {
        return proposals.proposeWriteOff(caseId, request, actor.get()).map(ProposalResource::accepted);
    }

    @POST
    @Path("/write-off/approval")
    @RolesAllowed({Roles.CREDIT_APPROVER, Roles.RISK_MANAGER})
    @Operation(summary = "Approve (closes the case WRITTEN_OFF, publishes collections.loan-written-off.v1 and "
            + "collections.case-closed.v1) or reject; never the proposer")
    public Uni<ProposalView> decideWriteOff(@PathParam("caseId") UUID caseId, @NotNull @Valid DecideProposalRequest request) {
        return proposals.decide(caseId, ProposalKind.WRITE_OFF, request, actor.get());
    }

    private static Response accepted(ProposalView v) {
        return Response.accepted(v).build();
    }
}
