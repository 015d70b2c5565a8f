using Gateway.Http;
using Microsoft.AspNetCore.Builder;

namespace Gateway.Commands;

/// <summary>What <c>gateway serve</c> was asked to do; tests build one directly to run the verb in-process.</summary>
public sealed record ServeSettings(
    FileInfo Mock,
    FileInfo? Examples,
    IReadOnlyList<string> Urls,
    Action<GraphQLHttpOptions>? Configure = null,
    Action<WebApplicationBuilder>? ConfigureBuilder = null)
{
    /// <summary>Timeouts and circuit breaker for the subgraphs of <c>--supergraph</c>; null keeps the defaults.</summary>
    public Federation.Transport.SubgraphTransportOptions? SubgraphTransport { get; init; }

    /// <summary>Identity (token service, bearer tokens, grants, audit, rate limits) when serve runs with it; null serves without.</summary>
    public Security.GatewayIdentity? Identity { get; init; }

    /// <summary>Enforces data contracts on the federated operations of <c>--supergraph</c>, <c>--subgraph</c> and <c>--registry</c>; none when null.</summary>
    public Security.Policies.FieldAccessPipeline? Access { get; init; }

    /// <summary>How often usage measured per product is written to the catalog (<c>--registry</c>, <c>--demo</c>) and how long it is kept.</summary>
    public Usage.ProductUsageOptions Usage { get; init; } = new();

    /// <summary>The search index <c>--registry</c> keeps current and searches (<c>--search</c>, <c>--elasticsearch-url</c>).</summary>
    public Search.SearchIndexSelection Search { get; init; } = Gateway.Search.SearchIndexSelection.Default;
}
