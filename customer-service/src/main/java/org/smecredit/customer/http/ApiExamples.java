package org.smecredit.customer.http;

/**
 * Example bodies for the OpenAPI document (/q/openapi): one realistic answer per endpoint and the problem+json
 * answers callers must handle. Request examples live on the request records ({@code @Schema(example = ...)}).
 */
public final class ApiExamples {
    public static final String JSON = "application/json";
    public static final String PROBLEM = "application/problem+json";

    public static final String CUSTOMER = """
            {"id": "2535b9e6-ea8c-4844-b855-bb01608ca485", "uscc": "91110000600037341L",
             "legalName": "Changsha Precision Castings Co., Ltd.", "industryCode": "C33", "regionCode": "430100",
             "employees": 85, "establishedOn": "2012-05-04", "relationshipManager": "rm.zhou",
             "registeredAt": "2026-11-20T02:15:00Z", "registeredBy": "rm.zhou",
             "registeredAddress": "18 Lugu Ave, Yuelu District, Changsha", "legalForm": "LIMITED_LIABILITY_COMPANY",
             "registeredCapital": 5000000.00, "legalRepresentative": "Wang Jun",
             "shareholders": [{"name": "Wang Jun", "kind": "INDIVIDUAL", "uscc": null, "stake": 0.6},
                              {"name": "Hunan Casting Group", "kind": "ENTERPRISE", "uscc": "91110108MA01C8XR4E", "stake": 0.4}],
             "sizeClass": "SMALL", "sizeClassBasis": "2025-12-31", "outOfSegment": false, "version": 3,
             "updatedAt": "2026-11-25T08:30:00Z", "updatedBy": "rm.zhou",
             "groupName": "Hunan Xiangjiang Holding Group", "parentUscc": "91110108MA01C8XR4E"}""";

    public static final String CUSTOMER_PAGE = """
            {"items": [{"id": "2535b9e6-ea8c-4844-b855-bb01608ca485", "uscc": "91110000600037341L",
                        "legalName": "Changsha Precision Castings Co., Ltd.", "industryCode": "C33", "regionCode": "430100",
                        "employees": 85, "relationshipManager": "rm.zhou", "sizeClass": "SMALL", "outOfSegment": false}],
             "page": 0, "size": 20, "total": 1}""";

    public static final String STATEMENT = """
            {"id": "ad8158fe-ed70-4b15-bd48-d22667068445", "customerId": "2535b9e6-ea8c-4844-b855-bb01608ca485",
             "periodEnd": "2025-12-31", "version": 1, "audited": true, "currency": "CNY",
             "totalAssets": 10000000.00, "totalLiabilities": 6000000.00, "totalEquity": 4000000.00,
             "currentAssets": 3000000.00, "currentLiabilities": 2500000.00, "revenue": 15000000.00,
             "operatingProfit": 1200000.00, "netProfit": 900000.00, "interestExpense": 300000.00,
             "operatingCashFlow": 1100000.00, "filedAt": "2026-03-31T06:00:00Z", "filedBy": "analyst.li",
             "ratios": {"debtToAssets": 0.6000, "debtToEquity": 1.5000, "currentRatio": 1.2000, "operatingMargin": 0.0800,
                        "netMargin": 0.0600, "returnOnAssets": 0.0900, "returnOnEquity": 0.2250, "interestCoverage": 4.0000,
                        "operatingCashFlowToLiabilities": 0.1833, "assetTurnover": 1.5000, "revenueGrowth": 0.1538,
                        "netProfitGrowth": 0.1250}}""";

    public static final String STATEMENTS = "[" + STATEMENT + "]";

    public static final String SOFT_ITEM = """
            {"id": "5b7d1f0e-8c1a-4b8e-9d3e-6f2a1c4b7e90", "customerId": "2535b9e6-ea8c-4844-b855-bb01608ca485",
             "kind": "TAX_PAYMENT", "observedOn": "2026-04-30", "source": "State Taxation Administration e-tax bureau",
             "sourceReference": "STA-2025-430100-118", "assessment": "POSITIVE", "amount": 0.00,
             "attributes": {"taxGrade": "A", "year": "2025"}, "summary": "Tax credit grade A for 2025; no arrears.",
             "recordedAt": "2026-05-02T03:00:00Z", "recordedBy": "rm.zhou"}""";

    public static final String SOFT_ITEMS = "[" + SOFT_ITEM + "]";

    public static final String GUARANTEE_LINK = """
            {"id": "0c6f4e2a-7d8b-4c1e-a5f9-3b2d1e0f9a87", "guarantorId": "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6",
             "borrowerId": "2535b9e6-ea8c-4844-b855-bb01608ca485", "amount": 3000000.00, "validFrom": "2026-01-01",
             "validTo": "2028-12-31", "createdAt": "2026-01-05T02:00:00Z", "createdBy": "rm.zhou"}""";

    public static final String GUARANTEE_CIRCLE = """
            {"customerId": "2535b9e6-ea8c-4844-b855-bb01608ca485", "size": 2,
             "members": [{"id": "2535b9e6-ea8c-4844-b855-bb01608ca485", "uscc": "91110000600037341L",
                          "legalName": "Changsha Precision Castings Co., Ltd.", "inCycle": true},
                         {"id": "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6", "uscc": "91110108MA01C8XR4E",
                          "legalName": "Hunan Casting Group Co., Ltd.", "inCycle": true}],
             "links": [""" + GUARANTEE_LINK + """
            ], "hasCycle": true,
             "cycles": [["2535b9e6-ea8c-4844-b855-bb01608ca485", "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6"]],
             "totalGuaranteed": 5000000.00}""";

    public static final String RELATED_PARTY_GROUP = """
            {"customerId": "2535b9e6-ea8c-4844-b855-bb01608ca485", "size": 3,
             "members": [{"customerId": "2535b9e6-ea8c-4844-b855-bb01608ca485", "uscc": "91110000600037341L",
                          "legalName": "Changsha Precision Castings Co., Ltd.",
                          "groupName": "Hunan Xiangjiang Holding Group", "parentUscc": "91110108MA01C8XR4E"},
                         {"customerId": "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6", "uscc": "91110108MA01C8XR4E",
                          "legalName": "Hunan Casting Group Co., Ltd.", "groupName": "Hunan Xiangjiang Holding Group",
                          "parentUscc": null},
                         {"customerId": "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4", "uscc": "91430100MA4L0XY21K",
                          "legalName": "Xiangjiang Logistics Co., Ltd.", "groupName": "Hunan Xiangjiang Holding Group",
                          "parentUscc": null}],
             "links": [{"fromId": "2535b9e6-ea8c-4844-b855-bb01608ca485", "toId": "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6",
                        "relation": "SHAREHOLDER", "stake": 0.4},
                       {"fromId": "2535b9e6-ea8c-4844-b855-bb01608ca485", "toId": "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6",
                        "relation": "PARENT", "stake": null}],
             "declaredGroups": ["Hunan Xiangjiang Holding Group"], "externalParents": [], "truncated": false}""";

    public static final String CUSTOMER_360 = """
            {"profile": """ + CUSTOMER + """
            , "latestStatement": """ + STATEMENT + """
            , "softInformation": {"items": 1, "byAssessment": {"POSITIVE": 1}, "byKind": {"TAX_PAYMENT": 1},
                                  "lastObservedOn": "2026-04-30", "recentNegatives": []},
             "relatedParties": {"owners": [{"customerId": "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6", "uscc": "91110108MA01C8XR4E",
                                            "legalName": "Hunan Casting Group Co., Ltd.", "stake": 0.4}],
                                "holdings": [],
                                "parent": {"customerId": "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6", "uscc": "91110108MA01C8XR4E",
                                           "legalName": "Hunan Casting Group Co., Ltd.", "stake": null},
                                "subsidiaries": [],
                                "group": {"size": 3, "declaredGroups": ["Hunan Xiangjiang Holding Group"],
                                          "memberIds": ["2535b9e6-ea8c-4844-b855-bb01608ca485",
                                                        "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6",
                                                        "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4"], "truncated": false}},
             "guaranteeCircle": {"size": 2, "hasCycle": true, "firmsInLoops": 2, "totalGuaranteed": 5000000.00}}""";

    public static final String AUDIT_ENTRIES = """
            [{"id": 42, "occurredAt": "2026-11-25T08:30:00Z", "actor": "rm.zhou", "roles": ["relationship-manager"],
              "requestId": "c0a8012e-3f4b-4a5c-9d6e-7f8091a2b3c4", "action": "customer.group-membership-declared",
              "entityType": "customer", "entityId": "2535b9e6-ea8c-4844-b855-bb01608ca485",
              "before": {"groupName": null}, "after": {"groupName": "Hunan Xiangjiang Holding Group"}}]""";

    // ------------------------------------------------------------------------------------------------ problems

    public static final String VALIDATION = """
            {"type": "https://smecredit.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "1 field(s) invalid", "instance": "/api/customers",
             "violations": [{"field": "employees", "message": "must be greater than or equal to 0"}]}""";

    public static final String MALFORMED = """
            {"type": "https://smecredit.org/problems/malformed-body", "title": "Malformed request body", "status": 400,
             "detail": "cannot read 'PIRATE_SHIP' as LegalForm at legalForm", "instance": "/api/customers",
             "violations": [{"field": "legalForm", "message": "cannot read 'PIRATE_SHIP' as LegalForm"}]}""";

    public static final String NOT_FOUND = """
            {"type": "https://smecredit.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "customer 7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11 does not exist",
             "instance": "/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11"}""";

    public static final String DUPLICATE_USCC = """
            {"type": "https://smecredit.org/problems/duplicate-uscc", "title": "Conflict", "status": 409,
             "detail": "a customer with USCC 91110000600037341L already exists", "instance": "/api/customers",
             "existingId": "2535b9e6-ea8c-4844-b855-bb01608ca485"}""";

    public static final String INVALID_USCC = """
            {"type": "https://smecredit.org/problems/invalid-uscc", "title": "Unprocessable content", "status": 422,
             "detail": "check character is A, expected L", "instance": "/api/customers",
             "violations": [{"field": "uscc", "message": "check character is A, expected L"}]}""";

    public static final String UNKNOWN_INDUSTRY = """
            {"type": "https://smecredit.org/problems/unknown-industry-code", "title": "Unprocessable content",
             "status": 422, "detail": "C99: GB/T 4754-2017 section C has no division 99 (divisions 13-43)", "instance": "/api/customers",
             "violations": [{"field": "industryCode", "message": "C99: GB/T 4754-2017 section C has no division 99 (divisions 13-43)"}]}""";

    public static final String STATEMENT_INCONSISTENT = """
            {"type": "https://smecredit.org/problems/statement-inconsistent", "title": "Statement is inconsistent",
             "status": 422, "detail": "total assets 10000000.00 differ from liabilities + equity 9000000.00 by 1000000.00",
             "instance": "/api/customers/2535b9e6-ea8c-4844-b855-bb01608ca485/statements",
             "violations": [{"field": "totalAssets",
                             "message": "total assets 10000000.00 differ from liabilities + equity 9000000.00 by 1000000.00"}]}""";

    public static final String INVALID_TAX_GRADE = """
            {"type": "https://smecredit.org/problems/invalid-tax-grade", "title": "Unprocessable content", "status": 422,
             "detail": "tax credit grade must be one of A, B, M, C, D",
             "instance": "/api/customers/2535b9e6-ea8c-4844-b855-bb01608ca485/soft-information",
             "violations": [{"field": "attributes.taxGrade", "message": "tax credit grade must be one of A, B, M, C, D"}]}""";

    public static final String SELF_GUARANTEE = """
            {"type": "https://smecredit.org/problems/self-guarantee", "title": "Unprocessable content", "status": 422,
             "detail": "a firm cannot guarantee its own debt", "instance": "/api/guarantee-links",
             "violations": [{"field": "guarantorId", "message": "a firm cannot guarantee its own debt"}]}""";

    public static final String PARENT_CYCLE = """
            {"type": "https://smecredit.org/problems/parent-cycle", "title": "Unprocessable content", "status": 422,
             "detail": "customer 91110108MA01C8XR4E already has this customer above it as a parent: the chain of parents would run in a circle",
             "instance": "/api/customers/2535b9e6-ea8c-4844-b855-bb01608ca485/group-membership",
             "violations": [{"field": "parentUscc", "message": "customer 91110108MA01C8XR4E already has this customer above it as a parent: the chain of parents would run in a circle"}]}""";

    public static final String UNAUTHORIZED = """
            {"type": "https://smecredit.org/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "a valid bearer token is required", "instance": "/api/customers"}""";

    public static final String FORBIDDEN = """
            {"type": "https://smecredit.org/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "your roles do not allow this operation", "instance": "/api/customers"}""";

    public static final String PAYLOAD_TOO_LARGE = """
            {"type": "https://smecredit.org/problems/payload-too-large", "title": "Payload too large", "status": 413,
             "detail": "request body of 1100000 bytes exceeds the limit of 1048576 bytes", "instance": "/api/customers",
             "violations": [{"field": "$", "message": "body larger than the limit of 1048576 bytes"}],
             "limitBytes": 1048576}""";

    private ApiExamples() {
    }
}
