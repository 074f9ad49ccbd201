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
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
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
    "\n  fragment ShelterStayFields on ShelterStay {\n    id\n    version\n    admittedOn\n    plannedDischargeOn\n    dischargedOn\n    accompanyingChildren\n    bed\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n  }\n": typeof types.ShelterStayFieldsFragmentDoc,
    "\n  query ShelterBoard {\n    shelterBeds(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          occupied\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n          currentStay {\n            ...ShelterStayFields\n          }\n        }\n      }\n    }\n    shelterOccupancy {\n      unit {\n        id\n      }\n      capacity\n      occupiedBeds\n      freeBeds\n      women\n      children\n    }\n  }\n": typeof types.ShelterBoardDocument,
    "\n  query FreeShelterBeds {\n    shelterBeds(first: 100, filter: { free: true }) {\n      edges {\n        node {\n          id\n          code\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n        }\n      }\n    }\n  }\n": typeof types.FreeShelterBedsDocument,
    "\n  query ShelterWomen($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.ShelterWomenDocument,
    "\n  mutation AdmitToShelter($input: AdmitToShelterInput!) {\n    admitToShelter(input: $input) {\n      shelterStay {\n        ...ShelterStayFields\n      }\n      userErrors {\n        field\n        message\n        code\n        params\n      }\n    }\n  }\n": typeof types.AdmitToShelterDocument,
    "\n  mutation DischargeFromShelter($input: DischargeFromShelterInput!) {\n    dischargeFromShelter(input: $input) {\n      shelterStay {\n        ...ShelterStayFields\n      }\n      userErrors {\n        field\n        message\n        code\n        params\n      }\n    }\n  }\n": typeof types.DischargeFromShelterDocument,
    "\n  query ShelterStays($first: Int!, $after: String, $filter: ShelterStayFilter) {\n    shelterStays(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ShelterStayFields\n        }\n      }\n    }\n  }\n": typeof types.ShelterStaysDocument,
    "\n  query ShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!) {\n    shelterOccupancyOverTime(from: $from, to: $to, interval: $interval) {\n      periodStart\n      capacity\n      averageOccupiedBeds\n      peakOccupiedBeds\n      women\n      admissions\n    }\n  }\n": typeof types.ShelterOccupancyOverTimeDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
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
    "\n  fragment ShelterStayFields on ShelterStay {\n    id\n    version\n    admittedOn\n    plannedDischargeOn\n    dischargedOn\n    accompanyingChildren\n    bed\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n  }\n": types.ShelterStayFieldsFragmentDoc,
    "\n  query ShelterBoard {\n    shelterBeds(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          occupied\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n          currentStay {\n            ...ShelterStayFields\n          }\n        }\n      }\n    }\n    shelterOccupancy {\n      unit {\n        id\n      }\n      capacity\n      occupiedBeds\n      freeBeds\n      women\n      children\n    }\n  }\n": types.ShelterBoardDocument,
    "\n  query FreeShelterBeds {\n    shelterBeds(first: 100, filter: { free: true }) {\n      edges {\n        node {\n          id\n          code\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n        }\n      }\n    }\n  }\n": types.FreeShelterBedsDocument,
    "\n  query ShelterWomen($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.ShelterWomenDocument,
    "\n  mutation AdmitToShelter($input: AdmitToShelterInput!) {\n    admitToShelter(input: $input) {\n      shelterStay {\n        ...ShelterStayFields\n      }\n      userErrors {\n        field\n        message\n        code\n        params\n      }\n    }\n  }\n": types.AdmitToShelterDocument,
    "\n  mutation DischargeFromShelter($input: DischargeFromShelterInput!) {\n    dischargeFromShelter(input: $input) {\n      shelterStay {\n        ...ShelterStayFields\n      }\n      userErrors {\n        field\n        message\n        code\n        params\n      }\n    }\n  }\n": types.DischargeFromShelterDocument,
    "\n  query ShelterStays($first: Int!, $after: String, $filter: ShelterStayFilter) {\n    shelterStays(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ShelterStayFields\n        }\n      }\n    }\n  }\n": types.ShelterStaysDocument,
    "\n  query ShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!) {\n    shelterOccupancyOverTime(from: $from, to: $to, interval: $interval) {\n      periodStart\n      capacity\n      averageOccupiedBeds\n      peakOccupiedBeds\n      women\n      admissions\n    }\n  }\n": types.ShelterOccupancyOverTimeDocument,
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        email\n        fullName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        kind\n        user {\n          id\n          email\n          fullName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShelterStayFields on ShelterStay {\n    id\n    version\n    admittedOn\n    plannedDischargeOn\n    dischargedOn\n    accompanyingChildren\n    bed\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  fragment ShelterStayFields on ShelterStay {\n    id\n    version\n    admittedOn\n    plannedDischargeOn\n    dischargedOn\n    accompanyingChildren\n    bed\n    beneficiary {\n      id\n      code\n      firstName\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShelterBoard {\n    shelterBeds(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          occupied\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n          currentStay {\n            ...ShelterStayFields\n          }\n        }\n      }\n    }\n    shelterOccupancy {\n      unit {\n        id\n      }\n      capacity\n      occupiedBeds\n      freeBeds\n      women\n      children\n    }\n  }\n"): (typeof documents)["\n  query ShelterBoard {\n    shelterBeds(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          occupied\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n          currentStay {\n            ...ShelterStayFields\n          }\n        }\n      }\n    }\n    shelterOccupancy {\n      unit {\n        id\n      }\n      capacity\n      occupiedBeds\n      freeBeds\n      women\n      children\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreeShelterBeds {\n    shelterBeds(first: 100, filter: { free: true }) {\n      edges {\n        node {\n          id\n          code\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FreeShelterBeds {\n    shelterBeds(first: 100, filter: { free: true }) {\n      edges {\n        node {\n          id\n          code\n          unit {\n            id\n            name\n            nameRu\n            nameTg\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShelterWomen($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShelterWomen($search: String) {\n    beneficiaries(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          code\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmitToShelter($input: AdmitToShelterInput!) {\n    admitToShelter(input: $input) {\n      shelterStay {\n        ...ShelterStayFields\n      }\n      userErrors {\n        field\n        message\n        code\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdmitToShelter($input: AdmitToShelterInput!) {\n    admitToShelter(input: $input) {\n      shelterStay {\n        ...ShelterStayFields\n      }\n      userErrors {\n        field\n        message\n        code\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DischargeFromShelter($input: DischargeFromShelterInput!) {\n    dischargeFromShelter(input: $input) {\n      shelterStay {\n        ...ShelterStayFields\n      }\n      userErrors {\n        field\n        message\n        code\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DischargeFromShelter($input: DischargeFromShelterInput!) {\n    dischargeFromShelter(input: $input) {\n      shelterStay {\n        ...ShelterStayFields\n      }\n      userErrors {\n        field\n        message\n        code\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShelterStays($first: Int!, $after: String, $filter: ShelterStayFilter) {\n    shelterStays(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ShelterStayFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShelterStays($first: Int!, $after: String, $filter: ShelterStayFilter) {\n    shelterStays(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ShelterStayFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!) {\n    shelterOccupancyOverTime(from: $from, to: $to, interval: $interval) {\n      periodStart\n      capacity\n      averageOccupiedBeds\n      peakOccupiedBeds\n      women\n      admissions\n    }\n  }\n"): (typeof documents)["\n  query ShelterOccupancyOverTime($from: String!, $to: String!, $interval: OccupancyInterval!) {\n    shelterOccupancyOverTime(from: $from, to: $to, interval: $interval) {\n      periodStart\n      capacity\n      averageOccupiedBeds\n      peakOccupiedBeds\n      women\n      admissions\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;