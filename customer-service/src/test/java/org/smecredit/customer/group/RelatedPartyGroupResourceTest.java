package org.smecredit.customer.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.customer.v1.ProfileUpdated;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
class RelatedPartyGroupResourceTest {
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    record Firm(String id, String uscc) {
    }

    static Firm register(String name, List<Map<String, Object>> shareholders) {
        String uscc = Fixtures.randomUscc();
        Map<String, Object> body = new HashMap<>(Map.of("uscc", uscc, "legalName", name, "industryCode", "C33",
                "regionCode", "430100", "employees", 40));
        if (shareholders != null) {
            body.put("shareholders", shareholders);
        }
        String id = given().contentType(ContentType.JSON).body(body).post("/api/customers")
                .then().statusCode(201).extract().path("id");
        return new Firm(id, uscc);
    }

    static Map<String, Object> owner(Firm f, String stake) {
        return Map.of("name", "owner " + f.uscc(), "kind", "ENTERPRISE", "uscc", f.uscc(), "stake", stake);
    }

    static void declare(Firm f, String groupName, String parentUscc) {
        Map<String, Object> body = new HashMap<>();
        body.put("groupName", groupName);
        body.put("parentUscc", parentUscc);
        given().contentType(ContentType.JSON).body(body).put("/api/customers/" + f.id() + "/group-membership")
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "rm.group", roles = {"relationship-manager", "auditor"})
    void declaresGroupAndParentAuditsItAndPublishesProfileUpdated() {
        Firm parent = register("Xiangjiang Holding Co., Ltd.", null);
        Firm child = register("Xiangjiang Castings Co., Ltd.", null);
        given().contentType(ContentType.JSON)
                .body(Map.of("groupName", "  Xiangjiang Holding Group ", "parentUscc", parent.uscc()))
                .put("/api/customers/" + child.id() + "/group-membership")
                .then().statusCode(200)
                .body("groupName", equalTo("Xiangjiang Holding Group"))
                .body("parentUscc", equalTo(parent.uscc()))
                .body("updatedBy", equalTo("rm.group"));
        given().get("/api/customers/" + child.id()).then().body("groupName", equalTo("Xiangjiang Holding Group"));

        ProfileUpdated event = kafka.await(Topics.CUSTOMER_EVENTS, e -> child.id().equals(e.key())
                && EventTypes.CUSTOMER_PROFILE_UPDATED.type().equals(e.type()), Duration.ofSeconds(30)).as(ProfileUpdated.class);
        assertEquals("Xiangjiang Holding Group", event.groupName());
        assertEquals(parent.uscc(), event.parentUscc());
        assertEquals(List.of("groupName", "parentUscc"), event.changedFields());

        given().queryParam("entityId", child.id()).queryParam("action", "customer.group-membership-declared")
                .get("/api/audit").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].before.groupName", nullValue())
                .body("[0].after.groupName", equalTo("Xiangjiang Holding Group"))
                .body("[0].after.parentUscc", equalTo(parent.uscc()));

        // both null withdraw the declaration, again evented
        given().contentType(ContentType.JSON).body(Map.of()).put("/api/customers/" + child.id() + "/group-membership")
                .then().statusCode(200).body("groupName", nullValue()).body("parentUscc", nullValue());
        var events = kafka.collect(Topics.CUSTOMER_EVENTS, e -> child.id().equals(e.key())
                && EventTypes.CUSTOMER_PROFILE_UPDATED.type().equals(e.type()), 2, Duration.ofSeconds(30));
        ProfileUpdated withdrawn = events.get(1).as(ProfileUpdated.class);
        assertNull(withdrawn.groupName());
        assertTrue(withdrawn.changedFields().containsAll(List.of("groupName", "parentUscc")));
    }

    @Test
    @TestSecurity(user = "rm.group", roles = "relationship-manager")
    void theRelatedPartyGroupJoinsShareholdingsDeclaredParentsAndGroupNames() {
        String group = "Lugu Group " + UUID.randomUUID();
        String outsideParent = Fixtures.randomUscc(); // a parent company that is not a customer of the bank
        Firm holding = register("Lugu Holding", null);
        Firm root = register("Lugu Machinery", List.of(owner(holding, "0.51")));      // shareholding, upward
        Firm held = register("Lugu Spare Parts", List.of(owner(root, "0.30")));       // shareholding, downward
        Firm subsidiary = register("Lugu Foundry", null);
        declare(subsidiary, group.toUpperCase(), holding.uscc());                     // parent, and the group (any case)
        Firm affiliate = register("Lugu Trading", null);
        declare(affiliate, group, outsideParent);                                     // the group only
        Firm sibling = register("Lugu Logistics", null);
        declare(sibling, null, outsideParent);                                        // same outside parent
        Firm stranger = register("Elsewhere Textiles", null);
        declare(stranger, "Another Group " + UUID.randomUUID(), null);

        List<String> expected = List.of(root.id(), holding.id(), held.id(), subsidiary.id(), affiliate.id(), sibling.id());
        given().get("/api/customers/" + root.id() + "/related-party-group").then().statusCode(200)
                .body("customerId", equalTo(root.id()))
                .body("members[0].customerId", equalTo(root.id()))
                .body("size", equalTo(6))
                .body("members.customerId", containsInAnyOrder(expected.toArray()))
                .body("links", hasSize(3))
                .body("links.find { it.relation == 'SHAREHOLDER' && it.fromId == '" + root.id() + "' }.toId", equalTo(holding.id()))
                .body("links.find { it.relation == 'SHAREHOLDER' && it.fromId == '" + root.id() + "' }.stake", equalTo(0.51f))
                .body("links.find { it.relation == 'SHAREHOLDER' && it.fromId == '" + held.id() + "' }.toId", equalTo(root.id()))
                .body("links.find { it.relation == 'PARENT' }.fromId", equalTo(subsidiary.id()))
                .body("links.find { it.relation == 'PARENT' }.toId", equalTo(holding.id()))
                .body("declaredGroups", hasSize(1))
                .body("externalParents", equalTo(List.of(outsideParent)))
                .body("truncated", equalTo(false));
        // the same group from its far end
        given().get("/api/customers/" + sibling.id() + "/related-party-group").then().statusCode(200)
                .body("members.customerId", containsInAnyOrder(expected.toArray()));
        given().get("/api/customers/" + stranger.id() + "/related-party-group").then().statusCode(200)
                .body("size", equalTo(1));

        given().get("/api/customers/" + holding.id() + "/360").then().statusCode(200)
                .body("relatedParties.holdings.customerId", equalTo(List.of(root.id())))
                .body("relatedParties.subsidiaries.customerId", equalTo(List.of(subsidiary.id())))
                .body("relatedParties.group.size", equalTo(6));
        given().get("/api/customers/" + subsidiary.id() + "/360").then().statusCode(200)
                .body("relatedParties.parent.customerId", equalTo(holding.id()))
                .body("relatedParties.group.memberIds", hasItem(sibling.id()));
        given().get("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11/related-party-group").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "rm.group", roles = "relationship-manager")
    void refusesBadDeclarationsNamingTheFieldAndChangesNothing() {
        Firm top = register("Cycle Top", null);
        Firm middle = register("Cycle Middle", null);
        Firm bottom = register("Cycle Bottom", null);
        declare(middle, "Cycle Group", top.uscc());
        declare(bottom, null, middle.uscc());

        given().contentType(ContentType.JSON).body(Map.of("parentUscc", bottom.uscc()))
                .put("/api/customers/" + top.id() + "/group-membership")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/parent-cycle"))
                .body("violations.field", hasItem("parentUscc"));
        given().contentType(ContentType.JSON).body(Map.of("parentUscc", top.uscc()))
                .put("/api/customers/" + top.id() + "/group-membership")
                .then().statusCode(422).body("type", equalTo("https://smecredit.org/problems/self-parent"));
        String wrongCheck = top.uscc().substring(0, 17) + (top.uscc().charAt(17) == 'A' ? 'B' : 'A');
        given().contentType(ContentType.JSON).body(Map.of("parentUscc", wrongCheck))
                .put("/api/customers/" + top.id() + "/group-membership")
                .then().statusCode(422).body("type", equalTo("https://smecredit.org/problems/invalid-uscc"))
                .body("violations.field", hasItem("parentUscc"));
        given().contentType(ContentType.JSON).body(Map.of("groupName", "   ", "parentUscc", "123"))
                .put("/api/customers/" + top.id() + "/group-membership")
                .then().statusCode(400).body("violations.field", hasItem("groupName"))
                .body("violations.field", hasItem("parentUscc"));
        given().contentType(ContentType.JSON).body(Map.of("groupName", "Ghost Group"))
                .put("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11/group-membership").then().statusCode(404);

        given().get("/api/customers/" + top.id()).then().body("groupName", nullValue()).body("parentUscc", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "credit-analyst")
    void forbidsGroupDeclarationsToAnalysts() {
        given().contentType(ContentType.JSON).body(Map.of("groupName", "Any Group"))
                .put("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11/group-membership")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
