import { API_KEY_SCOPES } from "@nk/shared";
import { ArrayMinSize, ArrayUnique, IsIn, IsInt, IsUUID, Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { ApiKeyScopeEnum } from "../../core/auth/api-key.entity";

@InputType({ description: "Narrows a list of API keys." })
export class ApiKeyFilter {
  @Field(() => ID, { nullable: true, description: "Only the keys of this partner." })
  partnerId?: string;

  @Field({ nullable: true, defaultValue: false, description: "Include revoked keys." })
  includeRevoked?: boolean;
}

@InputType({ description: "A new API key for a partner." })
export class CreateApiKeyInput {
  @Field(() => ID, { description: "Partner the key belongs to." })
  @IsUUID("all", { message: "partnerId must be an id." })
  partnerId: string;

  @Field({ description: "A label, e.g. the integration that will use it." })
  @Length(1, 100, { message: "Name must be 1 to 100 characters." })
  name: string;

  @Field(() => [ApiKeyScopeEnum], { description: "What the key may do." })
  @ArrayMinSize(1, { message: "Give the key at least one scope." })
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: ApiKeyScopeEnum[];

  @Field(() => Int, {
    defaultValue: 120,
    description: "Rate budget of the key in points per minute, 1 to 6000 (a request spends its query cost / 100, at least 1).",
  })
  @IsInt()
  @Min(1)
  @Max(6000)
  rateLimitPerMinute: number;
}

@InputType({ description: "Which API key to revoke." })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: "Which key." })
  @IsUUID("all", { message: "id must be an id." })
  id: string;
}
