using System.CommandLine;
using Gateway.Catalog.Storage;
using Gateway.Search;
using Gateway.Search.Indexing;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway search reindex</c>: rebuilds the index from the catalog (every product's document again), for a catalog
/// restored from a backup, an index to repair or new Elasticsearch mappings (with <c>--index elasticsearch</c> or
/// <c>GATEWAY_ELASTICSEARCH_URL</c> set, a new index swapped in behind the alias, then the changes made while it loaded
/// indexed into it). Exit 0, 2 unusable input.
/// </summary>
public static class SearchReindexCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var searchIndex = new SearchIndexOptions("--index");
        var command = new Command("reindex", "Rebuild the search index from the catalog.");
        store.AddTo(command);
        searchIndex.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var settings = store.Settings(parseResult);
            await using var catalog = await CatalogStoreOptions.OpenAsync(settings, create: false, cancellationToken);
            if (catalog is not IOutboxConsumerStore outbox)
            {
                throw new UnusableInputException("This catalog store has no outbox positions to rebuild the index from.");
            }

            await using var index = await SearchCommand.OpenIndexAsync(settings, searchIndex.Selection(parseResult), cancellationToken);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var indexed = await SearchIndexRebuild.RunAsync(catalog, outbox, new SearchDocumentBuilder(catalog, StoredProductUsageReader.Over(catalog)), index, null, cancellationToken);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            output.Out.WriteLine($"Indexed {indexed} products into the {index.Kind} index in {elapsed.TotalSeconds:0.##} s.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
