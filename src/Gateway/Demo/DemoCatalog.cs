using Gateway.Catalog.Storage.Sqlite;
using Gateway.Commands;
using Gateway.Publishing;

namespace Gateway.Demo;

/// <summary>
/// The demo's data product catalog: a SQLite file in the data directory into which the three sample products
/// (each domain's <c>product.yaml</c> and <c>contract.yaml</c>) are published through <see cref="ProductPublisher"/>
/// at start, so the supergraph the demo serves is the one the catalog stored. The subgraphs listen on ports the OS
/// picks, new at every start, so the catalog is made afresh each time rather than published to again.
/// </summary>
internal static class DemoCatalog
{
    public const string FileName = "demo-catalog.db";

    public const string Actor = "gateway serve --demo";

    /// <summary>An empty catalog in <paramref name="dataDirectory"/>, replacing the previous start's.</summary>
    public static async Task<SqliteCatalogStore> OpenFreshAsync(DirectoryInfo dataDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory.FullName);
        var path = Path.Combine(dataDirectory.FullName, FileName);
        foreach (var file in (string[])[path, path + "-wal", path + "-shm", path + "-journal"])
        {
            File.Delete(file);
        }

        return await SqliteCatalogStore.OpenAsync(path, cancellationToken);
    }

    /// <summary>Publishes each domain's product with its running subgraph; false (with every reason on <paramref name="errors"/>) when one is refused.</summary>
    public static async Task<bool> PublishAsync(ProductPublisher publisher, DemoMesh mesh, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        for (var i = 0; i < DemoDomain.All.Count; i++)
        {
            var domain = DemoDomain.All[i];
            var subgraph = mesh.Subgraphs[i];
            var folder = Path.Combine(AppContext.BaseDirectory, "Samples", domain.Documents);
            var request = new PublishRequest(
                await ReadAsync(Path.Combine(folder, "product.yaml"), domain.Documents, cancellationToken),
                await ReadAsync(Path.Combine(folder, "contract.yaml"), domain.Documents, cancellationToken),
                new Uri(subgraph.Url),
                subgraph.Sdl,
                subgraph.Name,
                Actor: Actor);
            var outcome = await publisher.PublishAsync(request, cancellationToken).ConfigureAwait(false);
            if (outcome.Status != PublishStatus.Published)
            {
                ProductReportWriter.Write(outcome, json: false, errors);
                return false;
            }

            var warnings = outcome.Findings.Count == 0 ? "" : $", {outcome.Findings.Count} governance warning{(outcome.Findings.Count == 1 ? "" : "s")}";
            await output.WriteLineAsync($"  published {outcome.Product} {outcome.Version} (supergraph version {outcome.Supergraph?.Version}{warnings})").ConfigureAwait(false);
        }

        return true;
    }

    private static async Task<DocumentSource> ReadAsync(string path, string folder, CancellationToken cancellationToken) =>
        new($"Samples/{folder}/{Path.GetFileName(path)}", await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
}
