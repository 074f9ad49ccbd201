/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query LoginLocks($first: Int, $after: String) {\n    loginLocks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          account\n          address\n          failures\n          lastFailureAt\n          lockedUntil\n          user {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoginLocksDocument,
    "\n  mutation LiftLoginLock($input: IdInput!) {\n    liftLoginLock(input: $input) {\n      lock {\n        id\n        failures\n        lockedUntil\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LiftLoginLockDocument,
    "\n  query MfaStatus {\n    viewer {\n      kind\n      session {\n        mfa\n        enrolmentRequired\n      }\n      mfa {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n": typeof types.MfaStatusDocument,
    "\n  mutation BeginMfaEnrolment($input: BeginMfaEnrolmentInput!) {\n    beginMfaEnrolment(input: $input) {\n      enrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.BeginMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.ConfirmMfaEnrolmentDocument,
    "\n  mutation DisableMfa($input: MfaCodeInput!) {\n    disableMfa(input: $input) {\n      ok\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": typeof types.DisableMfaDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n      session {\n        mfa\n        enrolmentRequired\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      step\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n        session {\n          mfa\n          enrolmentRequired\n        }\n      }\n      mfaChallenge {\n        token\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      step\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n        session {\n          mfa\n          enrolmentRequired\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.VerifyMfaDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Places {\n    units(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n    districts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  fragment ProgramFields on Program {\n    id\n    code\n    title\n    goal\n    targetGroups\n    startsOn\n    endsOn\n    archivedAt\n    updatedAt\n    version\n    units {\n      id\n      code\n      name\n      nameRu\n      nameTg\n    }\n    districts {\n      id\n      name\n      nameRu\n      nameTg\n    }\n  }\n": typeof types.ProgramFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    unit\n    baseline\n    targets {\n      id\n      period\n      periodStart\n      periodEnd\n      target\n      actual\n    }\n  }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  query Programs($first: Int!, $after: String, $filter: ProgramFilter, $sort: ProgramSort) {\n    programs(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramFields\n        }\n      }\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n      indicators {\n        ...IndicatorFields\n      }\n    }\n  }\n": typeof types.ProgramDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  mutation ArchiveProgram($input: IdInput!) {\n    archiveProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ArchiveProgramDocument,
    "\n  mutation RestoreProgram($input: IdInput!) {\n    restoreProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RestoreProgramDocument,
    "\n  mutation SaveIndicator($input: SaveIndicatorInput!) {\n    saveIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SaveIndicatorDocument,
};
const documents: Documents = {
    "\n  query LoginLocks($first: Int, $after: String) {\n    loginLocks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          account\n          address\n          failures\n          lastFailureAt\n          lockedUntil\n          user {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.LoginLocksDocument,
    "\n  mutation LiftLoginLock($input: IdInput!) {\n    liftLoginLock(input: $input) {\n      lock {\n        id\n        failures\n        lockedUntil\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LiftLoginLockDocument,
    "\n  query MfaStatus {\n    viewer {\n      kind\n      session {\n        mfa\n        enrolmentRequired\n      }\n      mfa {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n": types.MfaStatusDocument,
    "\n  mutation BeginMfaEnrolment($input: BeginMfaEnrolmentInput!) {\n    beginMfaEnrolment(input: $input) {\n      enrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.BeginMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.ConfirmMfaEnrolmentDocument,
    "\n  mutation DisableMfa($input: MfaCodeInput!) {\n    disableMfa(input: $input) {\n      ok\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n": types.DisableMfaDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n      session {\n        mfa\n        enrolmentRequired\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      step\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n        session {\n          mfa\n          enrolmentRequired\n        }\n      }\n      mfaChallenge {\n        token\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      step\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n        session {\n          mfa\n          enrolmentRequired\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.VerifyMfaDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query Places {\n    units(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n    districts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n  }\n": types.PlacesDocument,
    "\n  fragment ProgramFields on Program {\n    id\n    code\n    title\n    goal\n    targetGroups\n    startsOn\n    endsOn\n    archivedAt\n    updatedAt\n    version\n    units {\n      id\n      code\n      name\n      nameRu\n      nameTg\n    }\n    districts {\n      id\n      name\n      nameRu\n      nameTg\n    }\n  }\n": types.ProgramFieldsFragmentDoc,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    unit\n    baseline\n    targets {\n      id\n      period\n      periodStart\n      periodEnd\n      target\n      actual\n    }\n  }\n": types.IndicatorFieldsFragmentDoc,
    "\n  query Programs($first: Int!, $after: String, $filter: ProgramFilter, $sort: ProgramSort) {\n    programs(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramFields\n        }\n      }\n    }\n  }\n": types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n      indicators {\n        ...IndicatorFields\n      }\n    }\n  }\n": types.ProgramDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateProgramDocument,
    "\n  mutation ArchiveProgram($input: IdInput!) {\n    archiveProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ArchiveProgramDocument,
    "\n  mutation RestoreProgram($input: IdInput!) {\n    restoreProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RestoreProgramDocument,
    "\n  mutation SaveIndicator($input: SaveIndicatorInput!) {\n    saveIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SaveIndicatorDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginLocks($first: Int, $after: String) {\n    loginLocks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          account\n          address\n          failures\n          lastFailureAt\n          lockedUntil\n          user {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoginLocks($first: Int, $after: String) {\n    loginLocks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          account\n          address\n          failures\n          lastFailureAt\n          lockedUntil\n          user {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftLoginLock($input: IdInput!) {\n    liftLoginLock(input: $input) {\n      lock {\n        id\n        failures\n        lockedUntil\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiftLoginLock($input: IdInput!) {\n    liftLoginLock(input: $input) {\n      lock {\n        id\n        failures\n        lockedUntil\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MfaStatus {\n    viewer {\n      kind\n      session {\n        mfa\n        enrolmentRequired\n      }\n      mfa {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  query MfaStatus {\n    viewer {\n      kind\n      session {\n        mfa\n        enrolmentRequired\n      }\n      mfa {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginMfaEnrolment($input: BeginMfaEnrolmentInput!) {\n    beginMfaEnrolment(input: $input) {\n      enrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BeginMfaEnrolment($input: BeginMfaEnrolmentInput!) {\n    beginMfaEnrolment(input: $input) {\n      enrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableMfa($input: MfaCodeInput!) {\n    disableMfa(input: $input) {\n      ok\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DisableMfa($input: MfaCodeInput!) {\n    disableMfa(input: $input) {\n      ok\n      userErrors {\n        code\n        field\n        message\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n      session {\n        mfa\n        enrolmentRequired\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n      session {\n        mfa\n        enrolmentRequired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      step\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n        session {\n          mfa\n          enrolmentRequired\n        }\n      }\n      mfaChallenge {\n        token\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      step\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n        session {\n          mfa\n          enrolmentRequired\n        }\n      }\n      mfaChallenge {\n        token\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      step\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n        session {\n          mfa\n          enrolmentRequired\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      step\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n        session {\n          mfa\n          enrolmentRequired\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places {\n    units(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n    districts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Places {\n    units(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n    districts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          nameRu\n          nameTg\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramFields on Program {\n    id\n    code\n    title\n    goal\n    targetGroups\n    startsOn\n    endsOn\n    archivedAt\n    updatedAt\n    version\n    units {\n      id\n      code\n      name\n      nameRu\n      nameTg\n    }\n    districts {\n      id\n      name\n      nameRu\n      nameTg\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramFields on Program {\n    id\n    code\n    title\n    goal\n    targetGroups\n    startsOn\n    endsOn\n    archivedAt\n    updatedAt\n    version\n    units {\n      id\n      code\n      name\n      nameRu\n      nameTg\n    }\n    districts {\n      id\n      name\n      nameRu\n      nameTg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    unit\n    baseline\n    targets {\n      id\n      period\n      periodStart\n      periodEnd\n      target\n      actual\n    }\n  }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    unit\n    baseline\n    targets {\n      id\n      period\n      periodStart\n      periodEnd\n      target\n      actual\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programs($first: Int!, $after: String, $filter: ProgramFilter, $sort: ProgramSort) {\n    programs(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programs($first: Int!, $after: String, $filter: ProgramFilter, $sort: ProgramSort) {\n    programs(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n      indicators {\n        ...IndicatorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramFields\n      indicators {\n        ...IndicatorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProgram($input: IdInput!) {\n    archiveProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProgram($input: IdInput!) {\n    archiveProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreProgram($input: IdInput!) {\n    restoreProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreProgram($input: IdInput!) {\n    restoreProgram(input: $input) {\n      program {\n        ...ProgramFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIndicator($input: SaveIndicatorInput!) {\n    saveIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveIndicator($input: SaveIndicatorInput!) {\n    saveIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;