namespace Gateway.CatalogApi.Products;

public sealed partial class ProductsModule
{
    private const string ProductsSdl = """
        extend type CatalogQuery {
          "Data products matching every filter given, in the order asked, one page at a time (Relay cursor connection). first is 1 to 100."
          products(filter: CatalogProductFilter, orderBy: CatalogProductOrder = {field: NAME, direction: ASC}, first: Int = 20, after: String): CatalogProductConnection!
          "The data product with this URN (urn:dp:<domain>:<name>); null when the catalog has none."
          product(urn: ID!): CatalogProduct
          "The business domains and sub-domains, by name."
          domains: [CatalogDomain!]!
          "A domain's glossary (every domain's when domain is omitted), by name."
          glossary(domain: String): [CatalogGlossaryTerm!]!
        }

        "Filters of a product listing; those given must all match."
        input CatalogProductFilter {
          "The product's domain, e.g. sales."
          domain: String
          "The product's sub-domain."
          subDomain: String
          "The product's lifecycle status."
          status: CatalogProductStatus
          "The username of the product's data product owner."
          owner: String
          "A tag the product carries."
          tag: String
          "How refined the product's data is."
          classification: CatalogDataClassification
        }

        "The order of a product listing; ties are broken by URN, so pages never skip or repeat a product."
        input CatalogProductOrder {
          "What to sort by."
          field: CatalogProductOrderField! = NAME
          "Ascending or descending."
          direction: CatalogOrderDirection! = ASC
        }

        "What a product listing can be sorted by."
        enum CatalogProductOrderField {
          "The product's name."
          NAME
          "When the product last changed."
          UPDATED_AT
          "The product's URN."
          URN
        }

        "A sort direction."
        enum CatalogOrderDirection {
          "Smallest first."
          ASC
          "Largest first."
          DESC
        }

        "One page of a product listing (Relay cursor connection)."
        type CatalogProductConnection {
          "How many products match the filters, across every page."
          totalCount: Int!
          "Where this page sits in the listing."
          pageInfo: CatalogPageInfo!
          "The page's products, each with its cursor."
          edges: [CatalogProductEdge!]!
        }

        "A product in a listing, with the cursor to continue after it."
        type CatalogProductEdge {
          "Opaque; pass it as after to read the products that follow this one."
          cursor: String!
          "The product."
          node: CatalogProduct!
        }

        "Where a data product is in its life."
        enum CatalogProductStatus {
          "Not yet served to consumers (ODPS proposed or draft)."
          DRAFT
          "Served (ODPS active)."
          PUBLISHED
          "Served until its sunset date; consumers should move to its successor."
          DEPRECATED
          "No longer served."
          RETIRED
        }

        "How refined a product's data is."
        enum CatalogDataClassification {
          "Source-aligned data as the domain's systems record it."
          RAW
          "Cleaned, conformed data."
          CLEAN
          "Aggregates derived from other data."
          AGGREGATED
        }

        "A data product: owned by a team in a domain, described, versioned and served as a subgraph."
        type CatalogProduct {
          "The product's identity, urn:dp:<domain>:<name>."
          urn: ID!
          "The product's name."
          name: String!
          "The domain the product belongs to."
          domain: String!
          "The product's sub-domain, if any."
          subDomain: String
          "What the product is for (the descriptor's description.purpose)."
          description: String
          "The username of the product's data product owner."
          owner: String
          "The name of the team that owns the product."
          teamName: String
          "The team that owns the product, with its members; null when the catalog does not know the team."
          team: CatalogTeam
          "The product's tags."
          tags: [String!]!
          "How refined the product's data is."
          classification: CatalogDataClassification!
          "Where the product is in its life."
          status: CatalogProductStatus!
          "When and why the product is deprecated, and its successor; null unless deprecated or retired after a deprecation."
          deprecation: CatalogDeprecation
          "The current version, MAJOR.MINOR.PATCH."
          currentVersion: String!
          "The id of the data contract the product publishes."
          contractId: String
          "When the product last changed."
          updatedAt: CatalogDateTime!
          "Every version, newest first."
          versions: [CatalogProductVersion!]!
          "One version (MAJOR.MINOR.PATCH); null when the product has no such version."
          version(version: String!): CatalogProductVersion
          "The current version's descriptor."
          descriptor: CatalogDescriptor
          "The current version's data contract; null when it was published without one."
          contract: CatalogContract
          "The current version's ports: inputs first, then outputs."
          ports: [CatalogPort!]!
          "The products this one takes data from, up to depth hops away (1 to 10), nearest first."
          upstream(depth: Int = 1): [CatalogLineageEdge!]!
          "The products that take data from this one, up to depth hops away (1 to 10), nearest first."
          downstream(depth: Int = 1): [CatalogLineageEdge!]!
          "The declared sources of the product's fields (the contract's transformSourceObjects)."
          fieldLineage: [CatalogFieldLineage!]!
          "The glossary terms the product's fields carry."
          glossaryTerms: [CatalogFieldTerm!]!
          "The contract's quality rules, each with its latest result."
          quality: [CatalogQualityRule!]!
          "The service levels the contract promises (ODCS slaProperties)."
          serviceLevels: [CatalogServiceLevel!]!
          "What happened to the product, oldest first."
          history: [CatalogHistoryEntry!]!
        }

        "Until when a deprecated product is served, why, and what replaces it."
        type CatalogDeprecation {
          "The last day the product is served."
          sunset: CatalogDate!
          "The product that replaces it; null when none was named or it is not in the catalog."
          successor: CatalogProduct
          "The successor's URN as recorded, even when the catalog does not hold it."
          successorUrn: ID
          "Why the product is deprecated."
          reason: String
        }

        "A team that owns data products."
        type CatalogTeam {
          "The team's name."
          name: String!
          "The domain the team belongs to."
          domain: String!
          "The team's members and their roles."
          members: [CatalogTeamMember!]!
        }

        "A person in a team."
        type CatalogTeamMember {
          "The member's username."
          username: String!
          "The member's name."
          name: String
          "The member's role (owner, data steward...)."
          role: String
        }

        "One published (or draft) version of a product, with its documents as they were published."
        type CatalogProductVersion {
          "The version, MAJOR.MINOR.PATCH."
          version: String!
          "The product's status when this version was published."
          status: CatalogProductStatus!
          "When the version was published."
          publishedAt: CatalogDateTime!
          "Who published it."
          publishedBy: String
          "The subgraph that served the version."
          subgraphName: String
          "The version's data product descriptor."
          descriptor: CatalogDescriptor!
          "The version's data contract; null when published without one."
          contract: CatalogContract
        }

        "A data product descriptor (Open Data Product Standard v1.0) as stored, with its key parts read."
        type CatalogDescriptor {
          "The document exactly as published (YAML or JSON)."
          text: String!
          "The descriptor's id; null when the stored text no longer reads."
          id: String
          "The product's name."
          name: String
          "The descriptor's version."
          version: String
          "The descriptor's status (proposed, draft, active, deprecated, retired)."
          status: String
          "What the product is for."
          purpose: String
          "What the product's data cannot be used for."
          limitations: String
          "How the product's data may be used."
          usage: String
          "The descriptor's tags."
          tags: [String!]!
        }

        "A data contract (Open Data Contract Standard v3.1) as stored, with its key parts read."
        type CatalogContract {
          "The document exactly as published (YAML or JSON)."
          text: String!
          "The contract's id; null when the stored text no longer reads."
          id: String
          "The contract's version."
          version: String
          "The contract's status."
          status: String
          "The contract's name."
          name: String
          "The terms of use: the contract's description.usage."
          usage: String
          "What the data cannot be used for: the contract's description.limitations."
          limitations: String
          "The contract's schema objects (for a GraphQL product, its object types)."
          objects: [CatalogSchemaObject!]!
        }

        "A schema object of a contract (ODCS schema[]): for a GraphQL product, an object type."
        type CatalogSchemaObject {
          "The object's name."
          name: String!
          "What the object holds."
          description: String
          "The object's properties, nested ones included (each with its dotted path)."
          properties: [CatalogSchemaProperty!]!
        }

        "A property of a contract's schema object (ODCS schema[].properties[]) and our profile's rules for it."
        type CatalogSchemaProperty {
          "The property's name."
          name: String!
          "Where it sits: object.property, object.property.nested."
          path: String!
          "The GraphQL schema coordinate it is served as (Type.field)."
          coordinate: String
          "The ODCS logical type (string, integer, date, object...)."
          logicalType: String
          "Its classification (public, internal, confidential, restricted)."
          classification: String
          "What the property holds."
          description: String
          "Whether a value is always present."
          required: Boolean!
          "Whether the contract marks it a critical data element."
          criticalDataElement: Boolean!
          "Whether it holds personal data."
          personalData: Boolean!
          "The mask consumers without a purpose that allows the raw value see (redact, showLast(4)...)."
          mask: String
          "The purposes that allow reading the unmasked value."
          purposes: [String!]!
          "The glossary terms the property carries."
          glossaryTerms: [String!]!
          "The property's declared sources (ODCS transformSourceObjects)."
          sources: [String!]!
        }

        "Whether a port brings data in or serves it."
        enum CatalogPortDirection {
          "An input port (ODPS inputPorts): data the product takes in."
          INPUT
          "An output port (ODPS outputPorts): data the product serves."
          OUTPUT
        }

        "A port of a product's current version."
        type CatalogPort {
          "Input or output."
          direction: CatalogPortDirection!
          "The port's name."
          name: String!
          "The port's version."
          version: String!
          "The id of the contract the port carries."
          contractId: String
        }

        "Data flows from upstream into downstream: downstream has an input port on the contract upstream publishes."
        type CatalogLineageEdge {
          "The product data comes from."
          upstream: CatalogProduct!
          "The product data goes to."
          downstream: CatalogProduct!
          "The contract that links them."
          contractId: String!
          "How many hops from the product asked about (1 for a direct neighbour)."
          depth: Int!
        }

        "A field's declared source."
        type CatalogFieldLineage {
          "The product's field (its GraphQL coordinate, or the contract path)."
          field: String!
          "The source, as the contract names it (contract.Object.property)."
          source: String!
        }

        "A glossary term a product's field carries."
        type CatalogFieldTerm {
          "The product's field (its GraphQL coordinate, or the contract path)."
          field: String!
          "The term's name as the contract writes it."
          term: String!
          "The term in the product's domain glossary; null when the glossary does not define it."
          definition: CatalogGlossaryTerm
        }

        "A quality rule of the product's contract and its latest result."
        type CatalogQualityRule {
          "The rule's key: its ODCS id, or its target and position."
          key: String!
          "What the rule checks: an object, or a field."
          target: String!
          "The ODCS rule type (text, library, sql, custom)."
          type: String!
          "The data quality dimension (completeness, accuracy...)."
          dimension: String
          "What the rule says."
          description: String
          "The latest evaluation; null when never evaluated."
          latest: CatalogQualityResult
        }

        "One evaluation of a quality rule."
        type CatalogQualityResult {
          "Whether the rule held."
          passed: Boolean!
          "The measured value, if the rule measures one."
          measuredValue: Float
          "When it was measured."
          measuredAt: CatalogDateTime!
          "What the evaluation reported."
          details: String
        }

        "A service level the product promises (ODCS slaProperties[]), as written."
        type CatalogServiceLevel {
          "The property (latency, retention, frequency...)."
          property: String!
          "Its value."
          value: String!
          "The value's unit."
          unit: String
          "The element it applies to."
          element: String
        }

        "What happened to a product."
        enum CatalogChangeKind {
          "A version was published."
          PUBLISHED
          "The product was deprecated."
          DEPRECATED
          "The product was retired."
          RETIRED
          "The product came in with a backup."
          IMPORTED
        }

        "An entry of a product's history."
        type CatalogHistoryEntry {
          "The product version it concerns."
          version: String!
          "What happened."
          kind: CatalogChangeKind!
          "Who did it."
          actor: String
          "When."
          at: CatalogDateTime!
          "What changed, in words."
          summary: String!
        }

        "A business domain of the mesh, or a sub-domain of one."
        type CatalogDomain {
          "The domain's name."
          name: String!
          "The parent domain of a sub-domain; null for a top-level domain."
          parent: String
          "What the domain covers."
          description: String
        }

        "A term of a domain's ubiquitous language."
        type CatalogGlossaryTerm {
          "The domain whose language it is."
          domain: String!
          "The term."
          name: String!
          "What it means."
          definition: String!
          "Other words for it."
          synonyms: [String!]!
          "The product fields in the domain that carry the term."
          fields: [CatalogGlossaryField!]!
        }

        "A product field that carries a glossary term."
        type CatalogGlossaryField {
          "The product."
          product: CatalogProduct!
          "The field (its GraphQL coordinate, or the contract path)."
          field: String!
        }
        """;
}
