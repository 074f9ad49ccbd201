import { Column, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";
import type { StatisticsResult } from "./statistics.service";

/**
 * One published release of a statistics table for one ended period: the table exactly as it was
 * served, after disclosure control. Release 1 is made by the first read after the period ended;
 * later numbers are corrections a coordinator published. Never updated, never deleted: what was
 * once published is what partners may have kept, and a correction is checked against it.
 */
@Entity({ name: "statistics_release" })
@Unique("statistics_release_number_key", ["tableName", "periodFrom", "number"])
export class StatisticsRelease {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "table_name", type: "varchar", length: 60 })
  tableName: string;

  @Column({ name: "period_from", type: "date" })
  periodFrom: string;

  @Column({ name: "period_to", type: "date" })
  periodTo: string;

  /** 1 for the first release, then 2, 3 … for corrections. */
  @Column({ type: "int" })
  number: number;

  @Column({ name: "released_at", type: "timestamptz", default: () => "now()" })
  releasedAt: Date;

  /** The coordinator or admin who published a correction; null for the first release. */
  @Column({ name: "released_by", type: "uuid", nullable: true })
  releasedBy: string | null;

  /** Why a correction was published (kept for NK, not shown to readers). */
  @Column({ type: "text", nullable: true })
  reason: string | null;

  /** The table as served: suppressed values only, never the true counts. */
  @Column({ type: "jsonb" })
  content: StatisticsResult;
}
