import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from "typeorm";
import { Allow, STAFF } from "../../core/access";
import { User } from "../../core/auth/user.entity";

export enum UnitKind {
  RESOURCE_CENTER = "RESOURCE_CENTER",
  CRISIS_CENTER = "CRISIS_CENTER",
  SHELTER = "SHELTER",
}
registerEnumType(UnitKind, {
  name: "UnitKind",
  description: "The three subdivisions of NK.",
  valuesConfig: {
    RESOURCE_CENTER: { description: "Women's Resource Center." },
    CRISIS_CENTER: { description: "Crisis Center." },
    SHELTER: { description: "Shelter." },
  },
});

/** One of NK's subdivisions working in its building in Kulob. */
@ObjectType({ description: "One of NK's subdivisions: the Women's Resource Center, the Crisis Center or the Shelter." })
@Allow(...STAFF)
@Entity({ name: "unit" })
export class Unit {
  @Field(() => ID, { description: "Stable identifier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Short code, e.g. CRISIS." })
  @Column({ type: "varchar", length: 20, unique: true })
  code: string;

  @Field(() => UnitKind, { description: "Which kind of subdivision." })
  @Column({ type: "varchar", length: 20 })
  kind: UnitKind;

  @Field({ description: "Name in English." })
  @Column({ type: "varchar", length: 120 })
  name: string;

  @Field({ description: "Name in Russian." })
  @Column({ name: "name_ru", type: "varchar", length: 120 })
  nameRu: string;

  @Field({ description: "Name in Tajik." })
  @Column({ name: "name_tg", type: "varchar", length: 120 })
  nameTg: string;

  @Field(() => Int, { nullable: true, description: "Beds, for the shelter." })
  @Column({ type: "int", nullable: true })
  capacity: number | null;

  // The user_unit join table (the units a staff member works in) is declared on this side, so
  // that core's User knows no unit.
  @ManyToMany(() => User)
  @JoinTable({ name: "user_unit", joinColumn: { name: "unit_id" }, inverseJoinColumn: { name: "user_id" } })
  staff?: User[];
}
