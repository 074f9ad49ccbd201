import type { EntityManager } from "typeorm";
import {
  ActivityKind,
  Campaign,
  CampaignActivity,
  CampaignDistrict,
  CampaignPartner,
  CampaignStatus,
  Coalition,
  Council,
  CouncilMember,
  Forum,
  ForumPartner,
  PartnerDistrict,
  PartnerRole,
} from "../src/modules/coalition/coalition.entity";
import { random } from "./helpers";

/**
 * The coalition and its Kulob regional council chaired by NK, a 16 Days of Activism campaign with
 * activities reported by several partners, and a forum. Partner names are invented.
 */
export async function seedCoalition(em: EntityManager): Promise<void> {
  const r = random(16);
  const partners: { id: string; name: string; kind: string }[] = await em.query("SELECT id, name, kind FROM partner ORDER BY name");
  const ngos = partners.filter((p) => p.kind === "NGO");
  const districts: { id: string; name: string }[] = await em.query("SELECT id, name FROM district ORDER BY name");
  const communities: { id: string; district_id: string }[] = await em.query("SELECT id, district_id FROM community ORDER BY name");

  for (const p of partners) {
    await em.insert(
      PartnerDistrict,
      districts.filter(() => r.next() < 0.6).map((d) => ({ partnerId: p.id, districtId: d.id })),
    );
  }

  const coalition = await em.save(
    Coalition,
    em.create(Coalition, {
      name: "Эътилофи миллии занон «Аз баробарии де-юре ба баробарии де-факто»",
      description:
        "Ташкилотҳои ҷамъиятие, ки якҷоя кор мекунанд, то баробарии занон, ки дар қонун навишта шудааст, дар ҳаёташон воқеӣ гардад.",
    }),
  );
  const council = await em.save(
    Council,
    em.create(Council, { coalitionId: coalition.id, name: "Шӯрои минтақавии Кӯлоб", region: "Кӯлоб", chairedByNk: true }),
  );
  await em.insert(
    CouncilMember,
    ngos.map((p, i) => ({ councilId: council.id, partnerId: p.id, joinedOn: `${2015 + i}-03-08` })),
  );

  const campaign = await em.save(
    Campaign,
    em.create(Campaign, {
      title: "16 рӯзи фаъолнокӣ бар зидди зӯроварии гендерӣ 2025",
      aims: "Дар ҳар ноҳияи минтақаи Кӯлоб дар бораи зӯроварии хонаводагӣ ошкоро гап задан ва ба занон гуфтан, ки аз куҷо кӯмак гиранд.",
      startsOn: "2025-11-25",
      endsOn: "2025-12-10",
      status: CampaignStatus.COMPLETED,
      ledByNk: true,
    }),
  );
  await em.insert(CampaignPartner, [
    ...ngos.map((p, i) => ({
      campaignId: campaign.id,
      partnerId: p.id,
      role: i === 0 ? PartnerRole.CO_ORGANISER : PartnerRole.PARTICIPANT,
    })),
    ...partners
      .filter((p) => p.kind === "UN_AGENCY")
      .map((p) => ({ campaignId: campaign.id, partnerId: p.id, role: PartnerRole.SUPPORTER })),
  ]);
  await em.insert(
    CampaignDistrict,
    districts.map((d) => ({ campaignId: campaign.id, districtId: d.id })),
  );
  const kinds = [
    ActivityKind.EVENT,
    ActivityKind.DOOR_TO_DOOR,
    ActivityKind.MEDIA,
    ActivityKind.TRAINING,
    ActivityKind.MEETING_WITH_AUTHORITIES,
  ];
  const reporters = [null, ...ngos.map((p) => p.id)];
  // The activities spread over the campaign's days, first to last: the API refuses one outside them.
  const DAY = 86_400_000;
  const first = Date.parse(`${campaign.startsOn}T00:00:00Z`);
  const days = (Date.parse(`${campaign.endsOn}T00:00:00Z`) - first) / DAY + 1;
  const ACTIVITIES = 18;
  for (let a = 0; a < ACTIVITIES; a++) {
    const community = communities[a % communities.length] as { id: string; district_id: string };
    await em.insert(CampaignActivity, {
      campaignId: campaign.id,
      reportedByPartnerId: reporters[a % reporters.length] ?? null,
      kind: kinds[a % kinds.length] as ActivityKind,
      title: ["Суҳбат дар мактаб", "Хона ба хона", "Барномаи радиоӣ", "Машғулият оид ба ҳуқуқи занон", "Вохӯрӣ бо ҷамоат"][a % 5] as string,
      districtId: community.district_id,
      communityId: community.id,
      heldOn: new Date(first + Math.floor((a * days) / ACTIVITIES) * DAY).toISOString().slice(0, 10),
      womenUnder18: Math.floor(r.next() * 30),
      women18to29: 5 + Math.floor(r.next() * 40),
      women30to49: 5 + Math.floor(r.next() * 40),
      women50plus: Math.floor(r.next() * 20),
      menUnder18: Math.floor(r.next() * 10),
      men18to29: Math.floor(r.next() * 15),
      men30to49: Math.floor(r.next() * 15),
      men50plus: Math.floor(r.next() * 10),
      materials: 20 + Math.floor(r.next() * 100),
    });
  }
  const forum = await em.save(
    Forum,
    em.create(Forum, {
      title: "Форуми минтақавӣ: дастрасии занон ба адолат",
      heldOn: "2025-12-10",
      place: "Кӯлоб, толори мақомоти иҷроияи минтақа",
      campaignId: campaign.id,
      participantsWomen: 86,
      participantsMen: 24,
      resolutions: [
        "Ҳар ноҳия рӯйхати ёрии ройгони ҳуқуқӣ барои занонро дорад",
        "Милиса оид ба парвандаҳои зӯроварии хонаводагӣ омӯзиш мегирад",
      ],
      followUps: ["Шӯро дар ҷаласаи баҳории худ ҳисобот медиҳад"],
    }),
  );
  await em.insert(
    ForumPartner,
    ngos.map((p, i) => ({ forumId: forum.id, partnerId: p.id, role: i < 2 ? PartnerRole.CO_ORGANISER : PartnerRole.PARTICIPANT })),
  );
}
