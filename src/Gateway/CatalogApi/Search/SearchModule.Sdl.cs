namespace Gateway.CatalogApi.Search;

/// <summary>The search part's SDL: its fields on <c>CatalogQuery</c> and its types, named <c>Catalog...</c> like every type of the catalog API.</summary>
public sealed partial class SearchModule
{
    private const string SearchSdl = """
        extend type CatalogQuery {
          "Products found by words (typos tolerated, the last word as a prefix): their names, descriptions, tags, glossary terms and every field of their contracts. Ranked by text relevance, usage and quality; deprecated products rank lower; retired ones only with includeRetired; drafts only for their owners. first is 1 to 100."
          search(text: String!, filter: CatalogSearchFilter, first: Int = 20, after: String, includeRetired: Boolean = false): CatalogSearchConnection!
          "Completions of what is being typed: product names, then tags, glossary terms and field names. first is 1 to 100."
          suggest(prefix: String!, first: Int = 10): [CatalogSuggestion!]!
        }

        "Facet filters of a search: each list given keeps the products whose value is one of its entries."
        input CatalogSearchFilter {
          domains: [String!]
          statuses: [CatalogProductStatus!]
          owners: [String!]
          tags: [String!]
          classifications: [CatalogDataClassification!]
        }

        "One page of search results, with the total and the facets over every result."
        type CatalogSearchConnection {
          "How many products match, over all pages."
          totalCount: Int!
          "Counts per value of domain, status, owner, classification and tags, over every match (at most 25 values each, the most frequent)."
          facets: [CatalogSearchFacet!]!
          edges: [CatalogSearchEdge!]!
          pageInfo: CatalogPageInfo!
        }

        type CatalogSearchFacet {
          "domain, status, owner, classification or tags."
          field: String!
          values: [CatalogSearchFacetValue!]!
        }

        type CatalogSearchFacetValue {
          value: String!
          count: Int!
        }

        type CatalogSearchEdge {
          "Pass as after to read the results that follow this one."
          cursor: String!
          node: CatalogProduct!
          "The relevance score: higher is better; comparable only within one search."
          score: Float!
          "The matched parts, matches in <em> and the rest HTML-encoded."
          highlights: [CatalogSearchHighlight!]!
        }

        type CatalogSearchHighlight {
          "name, keywords, description, or field:<Type.field> for a field of the product's contract."
          field: String!
          fragment: String!
        }

        type CatalogSuggestion {
          text: String!
          kind: CatalogSuggestionKind!
          "The product a product suggestion leads to."
          productUrn: ID
        }

        enum CatalogSuggestionKind { PRODUCT TAG TERM FIELD }
        """;
}
