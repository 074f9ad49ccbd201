import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { District } from "./district.entity";

/** A community (jamoat or mahalla) NK works in directly. */
@ObjectType({ description: "A community NK works in directly, with its number of families and inhabitants." })
@Allow(...STAFF, "PARTNER")
@Entity({ name: "community" })
export class Community {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Name in English transliteration." })
  @Column({ type: "varchar", length: 120, unique: true })
  name: string;

  @Field({ description: "Name in Russian." })
  @Column({ name: "name_ru", type: "varchar", length: 120 })
  nameRu: string;

  @Field({ description: "Name in Tajik." })
  @Column({ name: "name_tg", type: "varchar", length: 120 })
  nameTg: string;

  @Index("community_district_idx")
  @Column({ name: "district_id", type: "uuid" })
  districtId: string;

  @ManyToOne(() => District)
  @JoinColumn({ name: "district_id" })
  district?: District;

  @Field(() => Int, { description: "Number of families living in the community." })
  @Column({ type: "int" })
  families: number;

  @Field(() => Int, { description: "Number of inhabitants." })
  @Column({ type: "int" })
  inhabitants: number;
}
