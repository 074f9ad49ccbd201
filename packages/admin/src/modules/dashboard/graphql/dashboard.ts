import { graphql } from "../../../gql";

export const DashboardQuery = graphql(`
  query Dashboard($scope: DashboardScope!) {
    dashboard(scope: $scope) {
      from
      to
      suppressionMin
      womenSupported {
        byDistrict {
          district {
            id
            name
            nameRu
            nameTg
          }
          byKind {
            key
            value
            suppressed
          }
          total {
            value
            suppressed
          }
        }
        byKind {
          key
          value
          suppressed
        }
        total {
          value
          suppressed
        }
      }
      openCasesByRisk {
        items {
          key
          value
          suppressed
        }
        total {
          value
          suppressed
        }
      }
      overdueFollowUps {
        value
        suppressed
      }
      shelter {
        beds
        bedsTaken {
          value
          suppressed
        }
        accompanyingChildren {
          value
          suppressed
        }
      }
      trainings {
        training {
          id
          code
          title
        }
        courses
        enrolled {
          value
          suppressed
        }
        completed {
          value
          suppressed
        }
      }
      selfHelpGroupsByStage {
        key
        value
      }
      campaignReach {
        activities
        women
        men
        total
      }
    }
  }
`);
