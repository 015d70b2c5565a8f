using Gateway.Subgraph;
using Gateway.Subgraph.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Registry;

/// <summary>
/// Two Federation 2 subgraphs on loopback ports: <c>base</c> (<c>Query.base</c>) and <c>extra</c>, which answers
/// <c>Query.extraA</c> and <c>Query.extraB</c> and is registered with either or both of them in its SDL.
/// </summary>
public sealed class RegistrySubgraphs : IAsyncDisposable
{
    public const string Link = """extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@shareable"])""";

    public const string BaseSdl = Link + "\ntype Query { base: String }\n";

    public const string ExtraASdl = Link + "\ntype Query { extraA: String }\n";

    public const string ExtraABSdl = Link + "\ntype Query { extraA: String extraB: String }\n";

    private RegistrySubgraphs(WebApplication @base, WebApplication extra)
    {
        Base = @base;
        Extra = extra;
    }

    public WebApplication Base { get; }

    public WebApplication Extra { get; }

    public Uri BaseUrl => SubgraphServer.ListeningUrl(Base);

    public Uri ExtraUrl => SubgraphServer.ListeningUrl(Extra);

    public static async Task<RegistrySubgraphs> StartAsync()
    {
        var @base = SubgraphServer.Create(
            new SubgraphBuilder(BaseSdl).Resolve("Query.base", _ => ValueTask.FromResult<object?>("base")).Build(),
            ["http://127.0.0.1:0"], configureBuilder: Quiet);
        var extra = SubgraphServer.Create(ExtraSubgraph(ExtraABSdl), ["http://127.0.0.1:0"], configureBuilder: Quiet);
        await @base.StartAsync();
        await extra.StartAsync();
        return new RegistrySubgraphs(@base, extra);
    }

    /// <summary>The extra subgraph serving <paramref name="sdl"/> (which declares <c>extraA</c>, and maybe <c>extraB</c>).</summary>
    public static Subgraph.Subgraph ExtraSubgraph(string sdl)
    {
        var builder = new SubgraphBuilder(sdl).Resolve("Query.extraA", _ => ValueTask.FromResult<object?>("A"));
        return sdl.Contains("extraB", StringComparison.Ordinal) ? builder.Resolve("Query.extraB", _ => ValueTask.FromResult<object?>("B")).Build() : builder.Build();
    }

    public static void Quiet(WebApplicationBuilder builder) => builder.Logging.ClearProviders();

    public async ValueTask DisposeAsync()
    {
        await Base.StopAsync();
        await Extra.StopAsync();
        await Base.DisposeAsync();
        await Extra.DisposeAsync();
    }
}
