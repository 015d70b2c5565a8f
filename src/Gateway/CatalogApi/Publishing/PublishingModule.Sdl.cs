namespace Gateway.CatalogApi.Publishing;

public sealed partial class PublishingModule
{
    private const string PublishingSdl = """
        extend type CatalogMutation {
          "Publishes a data product version: validates the descriptor (ODPS v1.0) and contract (ODCS v3.1), reads the subgraph's schema (subgraphSdl, else { _service { sdl } } from subgraphUrl), composes the supergraph with it, diffs against the published version, runs the governance rules, and only when all pass stores the version and serves the new supergraph. dryRun checks everything and stores nothing."
          publish(descriptor: String!, contract: String, subgraphUrl: String, subgraphSdl: String, subgraphName: String, dryRun: Boolean = false): CatalogPublishPayload!
          "Deprecates a product: it stays served until it is retired, and the catalog tells consumers the sunset date, the successor and why."
          deprecate(urn: ID!, sunset: CatalogDate!, successor: ID, reason: String): CatalogLifecyclePayload!
          "Retires a deprecated product: its subgraph leaves the supergraph; its versions and history stay in the catalog."
          retire(urn: ID!): CatalogLifecyclePayload!
        }

        "How a publish ended."
        enum CatalogPublishStatus {
          "Stored, with the supergraph it produced, which is now served."
          PUBLISHED
          "A dry run that would have been published; nothing was stored."
          DRY_RUN_PASSED
          "Checked and refused for the reasons listed; nothing was stored."
          REJECTED
          "The input could not be used (a document that is not YAML or JSON, a subgraph that does not answer); nothing was stored."
          UNUSABLE
        }

        "What a publish did, with every reason found at once."
        type CatalogPublishPayload {
          "How it ended."
          status: CatalogPublishStatus!
          "Published, or a dry run that would have been."
          accepted: Boolean!
          "The product's URN, when the descriptor names one."
          urn: ID
          "The version published or checked, when the descriptor has one."
          version: String
          "The product as the catalog holds it now; null when the catalog has none."
          product: CatalogProduct
          "The descriptor's and contract's findings, errors and warnings."
          diagnostics: [CatalogDocumentDiagnostic!]!
          "Why the subgraph's schema could not be read; null when it was."
          subgraphProblem: String
          "Why the supergraph with this version's subgraph does not compose."
          compositionErrors: [CatalogCompositionError!]!
          "The contract and schema changes against the published version, and whether the version number fits them; null for a first publish or unusable documents."
          changes: CatalogVersionChanges
          "The governance rules' findings: errors reject, warnings are reported."
          findings: [CatalogGovernanceFinding!]!
          "What the catalog refused: lifecycle, version order, names another product holds, concurrent writers."
          conflicts: [String!]!
          "The supergraph version stored with the publish; null when nothing was stored or no subgraph is served."
          supergraphVersion: Int
        }

        "A finding about a submitted document, where it is and the rule it breaks."
        type CatalogDocumentDiagnostic {
          "The document: descriptor or contract."
          file: String!
          "The line (from 1)."
          line: Int!
          "The column (from 1)."
          column: Int!
          "The path of the value, e.g. schema[0].properties[2].classification."
          path: String!
          "The rule broken (a stable identifier)."
          rule: String!
          "What is wrong and how to fix it."
          message: String!
          "Whether it rejects the document."
          severity: CatalogDiagnosticSeverity!
        }

        "Whether a document finding rejects it."
        enum CatalogDiagnosticSeverity {
          "Rejects the document."
          ERROR
          "Reported only."
          WARNING
        }

        "A governance rule's finding about a product."
        type CatalogGovernanceFinding {
          "The rule's id."
          ruleId: String!
          "Whether it stops the publish."
          severity: CatalogGovernanceSeverity!
          "Where: a descriptor or contract path."
          location: String!
          "What is wrong and how to fix it."
          message: String!
        }

        "Whether a governance finding stops a publish."
        enum CatalogGovernanceSeverity {
          "Stops the publish."
          ERROR
          "Reported only."
          WARNING
        }

        "What a deprecation or retirement did: stored, or refused with why."
        type CatalogLifecyclePayload {
          "Whether the change was stored."
          stored: Boolean!
          "The product's URN as given."
          urn: ID!
          "The product as the catalog holds it now; null when the catalog has none."
          product: CatalogProduct
          "Why the supergraph without a retired product does not compose."
          compositionErrors: [CatalogCompositionError!]!
          "What the catalog refused (the lifecycle does not allow it, an unknown product or successor...)."
          conflicts: [String!]!
          "The supergraph version stored with a retirement; null otherwise."
          supergraphVersion: Int
        }
        """;
}
