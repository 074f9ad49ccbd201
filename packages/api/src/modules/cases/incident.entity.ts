import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow } from "../../core/access";
import { encrypted } from "../../core/crypto";
import { VersionedRecord } from "../../core/graphql/record";
import { declareReach, viewerUnits } from "../../core/reach";
import { CASE_READERS, Case } from "./case.entity";

export enum GbvType {
  RAPE = "RAPE",
  SEXUAL_ASSAULT = "SEXUAL_ASSAULT",
  PHYSICAL_ASSAULT = "PHYSICAL_ASSAULT",
  FORCED_MARRIAGE = "FORCED_MARRIAGE",
  DENIAL_OF_RESOURCES = "DENIAL_OF_RESOURCES",
  PSYCHOLOGICAL_ABUSE = "PSYCHOLOGICAL_ABUSE",
  NOT_GBV = "NOT_GBV",
}
registerEnumType(GbvType, {
  name: "GbvType",
  description: "The six core types of gender-based violence (GBVIMS), or not GBV.",
  valuesConfig: {
    DENIAL_OF_RESOURCES: { description: "Denial of resources, opportunities or services." },
    PSYCHOLOGICAL_ABUSE: { description: "Psychological or emotional abuse." },
    NOT_GBV: { description: "The incident is not gender-based violence." },
  },
});

export enum PerpetratorRelation {
  INTIMATE_PARTNER = "INTIMATE_PARTNER",
  FORMER_PARTNER = "FORMER_PARTNER",
  FAMILY_MEMBER = "FAMILY_MEMBER",
  IN_LAW = "IN_LAW",
  FRIEND_OR_NEIGHBOUR = "FRIEND_OR_NEIGHBOUR",
  EMPLOYER = "EMPLOYER",
  TEACHER = "TEACHER",
  SERVICE_PROVIDER = "SERVICE_PROVIDER",
  STRANGER = "STRANGER",
  OTHER = "OTHER",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(PerpetratorRelation, { name: "PerpetratorRelation", description: "How the alleged perpetrator is related to the woman." });

export enum PlaceType {
  HOME = "HOME",
  PERPETRATOR_HOME = "PERPETRATOR_HOME",
  IN_LAWS_HOME = "IN_LAWS_HOME",
  WORKPLACE = "WORKPLACE",
  SCHOOL = "SCHOOL",
  PUBLIC_PLACE = "PUBLIC_PLACE",
  FIELD = "FIELD",
  HEALTH_FACILITY = "HEALTH_FACILITY",
  OTHER = "OTHER",
}
registerEnumType(PlaceType, { name: "PlaceType", description: "Kind of place where the incident happened." });

export enum ReportingDelay {
  DAYS_0_3 = "DAYS_0_3",
  DAYS_4_5 = "DAYS_4_5",
  DAYS_6_14 = "DAYS_6_14",
  WEEKS_2_TO_MONTH = "WEEKS_2_TO_MONTH",
  OVER_MONTH = "OVER_MONTH",
}
registerEnumType(ReportingDelay, {
  name: "ReportingDelay",
  description: "Time between the incident and its report, in the GBVIMS buckets.",
});

/** The reporting-delay bucket between two dates (YYYY-MM-DD). */
export function reportingDelay(occurredOn: string, reportedOn: string): ReportingDelay {
  const days = Math.round((Date.parse(reportedOn) - Date.parse(occurredOn)) / 86_400_000);
  if (days <= 3) return ReportingDelay.DAYS_0_3;
  if (days <= 5) return ReportingDelay.DAYS_4_5;
  if (days <= 14) return ReportingDelay.DAYS_6_14;
  if (days <= 31) return ReportingDelay.WEEKS_2_TO_MONTH;
  return ReportingDelay.OVER_MONTH;
}

/** A violent incident recorded on a case. Sensitive: the narrative and perpetrator details are encrypted. */
@ObjectType({
  description: "An incident recorded on a case. Sensitive: every read is audited; narrative and perpetrator details are encrypted at rest.",
})
@Allow(...CASE_READERS)
@Entity({ name: "incident" })
export class Incident extends VersionedRecord {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("incident_case_idx")
  @Column({ name: "case_id", type: "uuid" })
  caseId: string;

  @ManyToOne(() => Case)
  @JoinColumn({ name: "case_id" })
  caseRef?: Case;

  @Field({ description: "Day the incident happened." })
  @Column({ name: "occurred_on", type: "date" })
  occurredOn: string;

  @Field({ description: "Day it was reported to NK." })
  @Column({ name: "reported_on", type: "date" })
  reportedOn: string;

  @Field(() => GbvType, { description: "Type of violence." })
  @Column({ name: "gbv_type", type: "varchar", length: 30 })
  gbvType: GbvType;

  @Field(() => PerpetratorRelation, { description: "How the alleged perpetrator is related to her." })
  @Column({ name: "perpetrator_relation", type: "varchar", length: 30 })
  perpetratorRelation: PerpetratorRelation;

  @Field(() => PlaceType, { description: "Kind of place." })
  @Column({ name: "place_type", type: "varchar", length: 30 })
  placeType: PlaceType;

  @Field(() => String, { nullable: true, description: "What happened, in her words as recorded. Encrypted at rest." })
  @Column({ type: "text", nullable: true, transformer: encrypted })
  narrative: string | null;

  @Field(() => String, { nullable: true, description: "Details of the alleged perpetrator. Encrypted at rest." })
  @Column({ name: "perpetrator_details", type: "text", nullable: true, transformer: encrypted })
  perpetratorDetails: string | null;
}

/** An incident is reached with its case: a case worker reaches those of her units' cases. */
declareReach(Incident, {
  entityType: "Incident",
  where(viewer, i) {
    const units = viewerUnits(viewer);
    return units
      ? {
          sql: `EXISTS (SELECT 1 FROM "case" ic WHERE ic.id = ${i}.case_id AND ic.unit_id = ANY(:reachUnits))`,
          params: { reachUnits: units },
        }
      : null;
  },
});
