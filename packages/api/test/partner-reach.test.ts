import { type GraphQLObjectType, getNamedType, isInterfaceType, isObjectType, isUnionType } from "graphql";
import { allows, grantsOf } from "../src/core/access";
import type { Viewer } from "../src/core/context";
import { getSchema } from "../src/schema";
import { graphql } from "./gql";
import { codes, startTestPlatform, type TypedDocument } from "./harness";

/** A partner key holding every scope: the most a partner can ever reach. */
const PARTNER: Viewer = {
  kind: "partner",
  apiKeyId: "k",
  partnerId: "p",
  scopes: ["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"],
};

/** Types that hold or lead to a woman's personal or sensitive data, or staff accounts. */
const PERSONAL_TYPES = [
  "Beneficiary",
  "Case",
  "CaseRiskChange",
  "Incident",
  "Consent",
  "Referral",
  "ReferralStatusChange",
  "Service",
  "ShelterStay",
  "Enrollment",
  "GroupMembership",
  "GroupMeeting",
  "User",
  "StaffMember",
  "AuditEvent",
  "ApiKey",
];
const PERSONAL_FIELDS = /^(firstName|lastName|patronymic|phone|birthYear|narrative|perpetratorDetails|plan|notes|email|contacts)$/;

describe("what a partner key can reach", () => {
  it("walks every path of the schema a partner key may take and finds no personal data", async () => {
    const schema = await getSchema();
    const seen = new Set<string>();
    const paths: string[] = [];
    const queue: { type: GraphQLObjectType; path: string }[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      if (root) queue.push({ type: root, path: root.name });
    }
    while (queue.length > 0) {
      const { type, path } = queue.shift() as { type: GraphQLObjectType; path: string };
      if (seen.has(type.name)) continue;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        const grants = grantsOf(type, field);
        // SELF never matches a partner; a field a partner may not take is a dead end.
        if (!grants || !allows(grants, PARTNER, {})) continue;
        const where = `${path}.${field.name}`;
        if (PERSONAL_FIELDS.test(field.name)) paths.push(where);
        const target = getNamedType(field.type);
        const next = isObjectType(target)
          ? [target]
          : isUnionType(target)
            ? target.getTypes()
            : isInterfaceType(target)
              ? schema.getPossibleTypes(target)
              : [];
        for (const t of next) {
          // Reaching a personal type is a leak only if the partner may read something in it
          // (Viewer.user is a User for staff and null for a key: none of its fields is open to keys).
          const readable = Object.values(t.getFields()).some((f) => allows(grantsOf(t, f) ?? [], PARTNER, {}));
          if (PERSONAL_TYPES.includes(t.name) && readable) paths.push(`${where}: ${t.name}`);
          queue.push({ type: t, path: `${where}` });
        }
      }
    }
    expect(paths).toEqual([]);
    // The walk did go somewhere: the partner's own world is reachable.
    expect([...seen]).toEqual(expect.arrayContaining(["Campaign", "CampaignActivity", "Forum", "Partner", "District", "StatisticsTable"]));
  });

  it("is refused every personal root operation over HTTP", async () => {
    const t = await startTestPlatform();
    try {
      const partner = await t.partnerClient(["READ_CAMPAIGNS", "REPORT_ACTIVITIES", "READ_STATISTICS"]);
      const queries: TypedDocument<unknown, never>[] = [
        graphql(`query PartnerReachBeneficiaries { beneficiaries(first: 1) { totalCount } }`),
        graphql(`query PartnerReachBeneficiary { beneficiary(id: "00000000-0000-4000-8000-000000000000") { code } }`),
        graphql(`query PartnerReachCases { cases(first: 1) { totalCount } }`),
        graphql(`query PartnerReachReferrals { referrals(first: 1) { totalCount } }`),
        graphql(`query PartnerReachServices { services(first: 1) { totalCount } }`),
        graphql(`query PartnerReachShelterStays { shelterStays(first: 1) { totalCount } }`),
        graphql(`query PartnerReachUsers { users(first: 1) { totalCount } }`),
        graphql(`query PartnerReachAuditEvents { auditEvents(first: 1) { totalCount } }`),
        graphql(`query PartnerReachCourse { course(id: "00000000-0000-4000-8000-000000000000") { id } }`),
        graphql(`query PartnerReachSelfHelpGroup { selfHelpGroup(id: "00000000-0000-4000-8000-000000000000") { id } }`),
      ];
      for (const query of queries) {
        expect({ query, codes: codes(await partner.gql(query)) }).toEqual({ query, codes: ["FORBIDDEN"] });
      }
    } finally {
      await t.stop();
    }
  });
});
