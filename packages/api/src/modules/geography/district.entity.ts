import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Allow, STAFF } from "../../core/access";

/** A district of the Kulob region of Khatlon Province. */
@ObjectType({ description: "A district of the Kulob region, Khatlon Province (Kulob, Hamadoni, Shurabad, Farkhor, Khovaling)." })
@Allow(...STAFF, "PARTNER")
@Entity({ name: "district" })
export class District {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Name in English." })
  @Column({ type: "varchar", length: 80, unique: true })
  name: string;

  @Field({ description: "Name in Russian." })
  @Column({ name: "name_ru", type: "varchar", length: 80 })
  nameRu: string;

  @Field({ description: "Name in Tajik." })
  @Column({ name: "name_tg", type: "varchar", length: 80 })
  nameTg: string;

  @Field({ description: "Region the district belongs to." })
  @Column({ type: "varchar", length: 80, default: "Kulob" })
  region: string;

  @Field({ description: "Province the district belongs to." })
  @Column({ type: "varchar", length: 80, default: "Khatlon" })
  province: string;
}
