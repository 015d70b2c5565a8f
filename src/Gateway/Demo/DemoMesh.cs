using System.Diagnostics;
using System.Globalization;
using Gateway.Federation.Composition;
using Gateway.Samples.SystemOfRecord;
using Gateway.Subgraph.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Gateway.Demo;

/// <summary>
/// The running sample data mesh: each domain's system of record generated (when missing, made from other
/// sizes, or on <see cref="DemoSettings.Reset"/>) and its subgraph served on a loopback port the OS picks.
/// Disposing stops the subgraphs.
/// </summary>
public sealed class DemoMesh : IAsyncDisposable
{
    private readonly List<WebApplication> _servers = [];
    private readonly List<SubgraphSource> _sources = [];

    private DemoMesh()
    {
    }

    /// <summary>What to compose: each subgraph's name, URL and SDL.</summary>
    public IReadOnlyList<SubgraphSource> Subgraphs => _sources;

    /// <summary>Generates what is needed, starts the subgraphs and reports both on <paramref name="output"/>.</summary>
    public static async Task<DemoMesh> StartAsync(DemoSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        settings.Sizes.Validate();
        var files = Generate(settings, output);
        var mesh = new DemoMesh();
        try
        {
            for (var i = 0; i < DemoDomain.All.Count; i++)
            {
                var domain = DemoDomain.All[i];
                var subgraph = domain.CreateSubgraph(files[i]);

                // The subgraphs' own logs would drown the gateway's; their errors reach clients through it.
                var server = SubgraphServer.Create(subgraph, ["http://127.0.0.1:0"], configureBuilder: builder => builder.Logging.ClearProviders());
                mesh._servers.Add(server);
                await server.StartAsync(cancellationToken).ConfigureAwait(false);
                var url = SubgraphServer.ListeningUrl(server);
                mesh._sources.Add(new SubgraphSource(domain.Name, url.ToString(), subgraph.Sdl));
                await output.WriteLineAsync($"  {domain.Name,-13} {url,-36} {domain.Title}").ConfigureAwait(false);
            }
        }
        catch
        {
            await mesh.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return mesh;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await server.DisposeAsync().ConfigureAwait(false);
        }

        _servers.Clear();
    }

    private static SystemOfRecordFile[] Generate(DemoSettings settings, TextWriter output)
    {
        var sizes = settings.Sizes;
        var files = new SystemOfRecordFile[DemoDomain.All.Count];
        var stale = new List<int>(files.Length);
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = new SystemOfRecordFile(Path.Combine(settings.DataDirectory.FullName, DemoDomain.All[i].FileName));
            if (settings.Reset || !files[i].WasGeneratedFrom(sizes))
            {
                stale.Add(i);
            }
        }

        var described = string.Create(CultureInfo.InvariantCulture, $"{sizes.Users:N0} users, {sizes.Orders:N0} orders, {sizes.PlayEvents:N0} play events, seed {sizes.Seed}");
        if (stale.Count == 0)
        {
            output.WriteLine($"Systems of record in {settings.DataDirectory.FullName} ({described}); --reset generates them again.");
            return files;
        }

        // The domains are independent: each generates its own file on its own core.
        var clock = Stopwatch.StartNew();
        Parallel.For(0, stale.Count, i => DemoDomain.All[stale[i]].Generate(files[stale[i]], sizes));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated the systems of record in {settings.DataDirectory.FullName} ({described}) in {clock.Elapsed.TotalSeconds:0.0} s."));
        return files;
    }
}
