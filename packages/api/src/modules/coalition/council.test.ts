import { type GraphQLObjectType, getNamedType, isObjectType } from "graphql";
import { graphql } from "../../../test/gql";
import { type Client, codes, failures, present, startTestPlatform, type TestPlatform } from "../../../test/harness";
import { getSchema } from "../../schema";

let t: TestPlatform;
let coordinator: Client;
beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.signedIn("COORDINATOR");
});
afterAll(() => t?.stop());

describe("coalitions and councils", () => {
  it("creates a coalition and a council, adds and removes members, and refuses a stale update", async () => {
    const p1 = await t.partnerClient();
    const p2 = await t.partnerClient();
    const coalition = await coordinator.ok(
      graphql(
        `mutation CouncilCreateCoalition { createCoalition(input: { name: "National Coalition of Women" }) { coalition { id } userErrors { code } } }`,
      ),
    );
    const coalitionId = coalition.createCoalition.coalition?.id;
    const again = await coordinator.ok(
      graphql(
        `mutation CouncilCreateCoalition2 { createCoalition(input: { name: "national coalition of women" }) { userErrors { code } } }`,
      ),
    );
    expect(again.createCoalition.userErrors).toEqual([{ code: "DUPLICATE" }]);
    const created = await coordinator.ok(
      graphql(
        `mutation CouncilCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }`,
      ),
      { input: { coalitionId, name: "Kulob regional Council", region: "Kulob", chairedByNk: true } },
    );
    const councilId = present(created.createCouncil.council, "council").id;
    const one = await coordinator.ok(
      graphql(`query CouncilById($id: ID!) { council(id: $id) { id version name region chairedByNk coalition { id } } }`),
      { id: councilId },
    );
    expect(one.council).toEqual({
      id: councilId,
      version: 1,
      name: "Kulob regional Council",
      region: "Kulob",
      chairedByNk: true,
      coalition: { id: coalitionId },
    });
    const add = graphql(
      `mutation CouncilAddCouncilMember($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }`,
    );
    await coordinator.ok(add, { input: { councilId, partnerId: p1.partnerId, joinedOn: "2015-03-08" } });
    const both = await coordinator.ok(add, { input: { councilId, partnerId: p2.partnerId, joinedOn: "2016-03-08" } });
    expect(present(both.addCouncilMember.council, "council").members).toEqual([
      { joinedOn: "2015-03-08", leftOn: null, partner: { id: p1.partnerId } },
      { joinedOn: "2016-03-08", leftOn: null, partner: { id: p2.partnerId } },
    ]);
    const twice = await coordinator.ok(add, { input: { councilId, partnerId: p1.partnerId, joinedOn: "2017-03-08" } });
    expect(twice.addCouncilMember.userErrors).toEqual([{ field: ["input", "partnerId"], code: "DUPLICATE" }]);
    const removed = await coordinator.ok(
      graphql(
        `mutation CouncilRemoveCouncilMember($input: RemoveCouncilMemberInput!) { removeCouncilMember(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }`,
      ),
      { input: { councilId, partnerId: p1.partnerId, leftOn: "2024-12-31" } },
    );
    expect(present(removed.removeCouncilMember.council, "council").members[0]).toEqual({
      joinedOn: "2015-03-08",
      leftOn: "2024-12-31",
      partner: { id: p1.partnerId },
    });

    const update = graphql(
      `mutation CouncilUpdateCouncil($input: UpdateCouncilInput!) { updateCouncil(input: $input) { council { id version name chairedByNk chairPartner { id } members { joinedOn leftOn partner { id } } } userErrors { field code } } }`,
    );
    const both2 = await coordinator.ok(update, { input: { id: councilId, version: 1, chairPartnerId: p2.partnerId } });
    expect(both2.updateCouncil.userErrors).toEqual([{ field: ["input", "chairPartnerId"], code: "NOT_APPLICABLE" }]);
    const chaired = await coordinator.ok(update, {
      input: { id: councilId, version: 1, chairedByNk: false, chairPartnerId: p2.partnerId },
    });
    expect(chaired.updateCouncil.council).toMatchObject({ version: 2, chairedByNk: false, chairPartner: { id: p2.partnerId } });
    expect(failures(await coordinator.gql(update, { input: { id: councilId, version: 1, name: "Lost" } }))).toEqual(["CONFLICT"]);

    // a partner key reads the coalition and its councils; it cannot change them
    const read = await p1.ok(
      graphql(`query CouncilCoalition($id: ID!) { coalition(id: $id) { name councils { name members { partner { name } } } } }`),
      {
        id: coalitionId,
      },
    );
    expect(present(read.coalition?.councils[0], "the council").members).toHaveLength(2);
    expect(codes(await p1.gql(update, { input: { id: councilId, version: 2, name: "Taken over" } }))).toEqual(["FORBIDDEN"]);
  });

  it("sets the districts a partner works in", async () => {
    const p = await t.partnerClient();
    const districts = await t.sql<{ id: string; name: string }>("SELECT id, name FROM district ORDER BY name LIMIT 2");
    const set = graphql(
      `mutation CouncilSetPartnerDistricts($input: SetPartnerDistrictsInput!) { setPartnerDistricts(input: $input) { partner { districts { name } } userErrors { field code } } }`,
    );
    const r = await coordinator.ok(set, { input: { partnerId: p.partnerId, districtIds: districts.map((d) => d.id) } });
    expect(r.setPartnerDistricts.partner?.districts.map((d) => d.name).sort()).toEqual(districts.map((d) => d.name).sort());
    const own = await p.ok(graphql(`query CouncilPartner($id: ID!) { partner(id: $id) { districts { name } } }`), { id: p.partnerId });
    expect(own.partner.districts).toHaveLength(2);
    const bad = await coordinator.ok(set, { input: { partnerId: p.partnerId, districtIds: ["00000000-0000-4000-8000-000000000000"] } });
    expect(bad.setPartnerDistricts.userErrors).toEqual([{ field: ["input", "districtIds"], code: "NOT_FOUND" }]);
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM partner_district WHERE partner_id = $1", [p.partnerId]);
    expect(n).toBe(2);

    // The list of partners narrowed to a district finds it in each of its two, and not in another.
    const inDistrict = graphql(
      `query CouncilPartnersInDistrict($districtId: ID!) { partners(first: 100, filter: { districtId: $districtId }) { totalCount edges { node { id districts { id } } } } }`,
    );
    for (const d of districts) {
      const listed = await coordinator.ok(inDistrict, { districtId: d.id });
      expect(listed.partners.edges.map((e) => e.node.id)).toContain(p.partnerId);
      expect(listed.partners.edges.every((e) => e.node.districts.some((x) => x.id === d.id))).toBe(true);
    }
    const [other] = await t.sql<{ id: string }>("SELECT id FROM district ORDER BY name OFFSET 2 LIMIT 1");
    const elsewhere = await coordinator.ok(inDistrict, { districtId: other?.id });
    expect(elsewhere.partners.edges.map((e) => e.node.id)).not.toContain(p.partnerId);
  });
});

describe("no path from coalition work to a person", () => {
  it("reaches no beneficiary, case, service, training participant, group member or staff account from a coalition type", async () => {
    const schema = await getSchema();
    const start = ["Coalition", "Council", "CouncilMember", "Campaign", "Forum", "CampaignActivity", "CampaignTotals", "PartnerInRole"];
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length) {
      const name = queue.shift() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      const type = schema.getType(name);
      if (!isObjectType(type)) continue;
      for (const field of Object.values((type as GraphQLObjectType).getFields())) queue.push(getNamedType(field.type).name);
    }
    const personal = [
      "Beneficiary",
      "Case",
      "Incident",
      "Referral",
      "Service",
      "ShelterStay",
      "Consent",
      "Enrollment",
      "GroupMembership",
      "MeetingAttendance",
      "AssessmentScore",
      "User",
      "StaffMember",
      "AuditEvent",
      "ApiKey",
    ];
    expect([...seen].filter((n) => personal.includes(n))).toEqual([]);
    expect(seen.has("Partner")).toBe(true);
  });
});
