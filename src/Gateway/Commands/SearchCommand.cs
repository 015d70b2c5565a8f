using System.CommandLine;
using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Catalog.Storage;
using Gateway.Search;
using Gateway.Search.Indexing;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway search QUERY [--domain D] [--status S] [--owner O] [--tag T] [--include-retired] [--first N] [--after CURSOR]
/// [--format text|json]</c>: the catalog's search from the command line, on the embedded index beside the catalog
/// (<c>--data-dir</c> or <c>--postgres</c>). Changes not yet indexed are indexed first, so the answer is current.
/// Drafts show only with <c>--as NAME</c> (their owner or team) or <c>--all-drafts</c>. Subcommands: <c>suggest PREFIX</c>,
/// <c>reindex</c>. Exit 0, 2 unusable input (no catalog, a bad cursor or page size).
/// </summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var text = new Argument<string>("QUERY") { Description = "The words to search for (typos tolerated, the last word as a prefix); \"\" lists every product." };
        var domains = new Option<string[]>("--domain") { Description = "Only products of this domain (repeatable).", AllowMultipleArgumentsPerToken = false };
        var statuses = new Option<string[]>("--status") { Description = "Only products in this lifecycle status: draft, published, deprecated, retired (repeatable)." };
        var owners = new Option<string[]>("--owner") { Description = "Only products of this owner (repeatable)." };
        var tags = new Option<string[]>("--tag") { Description = "Only products with this tag (repeatable)." };
        var classifications = new Option<string[]>("--classification") { Description = "Only products of this data classification: raw, clean, aggregated (repeatable)." };
        var includeRetired = new Option<bool>("--include-retired") { Description = "Also find retired products." };
        var first = new Option<int>("--first") { Description = "How many results (1 to 100, default 10).", DefaultValueFactory = _ => 10 };
        var after = new Option<string?>("--after") { Description = "Start after this cursor (the last result's, printed with --format json)." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var viewer = new ViewerOptions();
        var index = new SearchIndexOptions("--index");
        var command = new Command("search", "Search the catalog's data products by words, with facets and highlights.")
        {
            text, domains, statuses, owners, tags, classifications, includeRetired, first, after, format,
            SearchSuggestCommand.Create(),
            SearchReindexCommand.Create(),
        };
        store.AddTo(command);
        viewer.AddTo(command);
        index.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var settings = store.Settings(parseResult);
            await using var catalog = await CatalogStoreOptions.OpenAsync(settings, create: false, cancellationToken);
            await using var searched = await CatchUpAsync(catalog, settings, index.Selection(parseResult), cancellationToken);
            var query = new SearchQuery(
                parseResult.GetRequiredValue(text),
                new SearchFilter(
                    parseResult.GetValue(domains) ?? [], parseResult.GetValue(statuses) ?? [], parseResult.GetValue(owners) ?? [],
                    parseResult.GetValue(tags) ?? [], parseResult.GetValue(classifications) ?? []),
                parseResult.GetValue(first),
                parseResult.GetValue(after),
                parseResult.GetValue(includeRetired));
            SearchResults results;
            try
            {
                results = await searched.SearchAsync(query, viewer.Viewer(parseResult), cancellationToken);
            }
            catch (ArgumentException error)
            {
                throw new UnusableInputException(error.Message.Split(" (Parameter", 2)[0]);
            }

            output.Out.Write(parseResult.GetValue(format) == "json" ? Json(results) : Text(query, results));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The index <paramref name="selection"/> chooses, with every change the outbox holds indexed.</summary>
    internal static async Task<ISearchIndex> CatchUpAsync(
        ICatalogStore catalog, CatalogStoreSettings settings, SearchIndexSelection selection, CancellationToken cancellationToken)
    {
        var index = await OpenIndexAsync(settings, selection, cancellationToken);
        if (catalog is IOutboxConsumerStore outbox)
        {
            var options = new SearchIndexerOptions { Consumer = SearchIndexes.ConsumerFor(index) };
            await new SearchIndexer(outbox, new SearchDocumentBuilder(catalog, StoredProductUsageReader.Over(catalog)), index, options).CatchUpAsync(cancellationToken);
        }

        return index;
    }

    /// <summary>The index <paramref name="selection"/> chooses, a choice that cannot work or an unusable Elasticsearch address or server being unusable input.</summary>
    internal static async Task<ISearchIndex> OpenIndexAsync(CatalogStoreSettings settings, SearchIndexSelection selection, CancellationToken cancellationToken)
    {
        try
        {
            return await SearchIndexes.OpenAsync(settings, selection, cancellationToken);
        }
        catch (Exception error) when (error is ArgumentException or Gateway.Search.Elasticsearch.ElasticsearchException or HttpRequestException)
        {
            throw new UnusableInputException($"Cannot open the search index: {error.Message}");
        }
    }

    private static string Text(SearchQuery query, SearchResults results)
    {
        var text = new StringBuilder();
        text.Append(results.TotalCount).Append(results.TotalCount == 1 ? " product matches" : " products match")
            .Append(query.Text.Length == 0 ? "" : $" \"{query.Text}\"").Append('\n');
        for (var i = 0; i < results.Hits.Count; i++)
        {
            var hit = results.Hits[i];
            text.Append(i + 1).Append(". ").Append(hit.Urn).Append("  (score ").Append(hit.Score.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)).Append(")\n");
            foreach (var highlight in hit.Highlights)
            {
                text.Append("     ").Append(highlight.Field).Append(": ").Append(Plain(highlight.Fragment)).Append('\n');
            }
        }

        foreach (var facet in results.Facets)
        {
            if (facet.Values.Count == 0)
            {
                continue;
            }

            text.Append(facet.Field).Append(':');
            foreach (var value in facet.Values)
            {
                text.Append(' ').Append(value.Value).Append(" (").Append(value.Count).Append(')');
            }

            text.Append('\n');
        }

        if (results.HasNextPage && results.Hits.Count > 0)
        {
            text.Append("More: --after ").Append(results.Hits[^1].Cursor).Append('\n');
        }

        return text.ToString();
    }

    // A terminal shows matches in brackets and the text as written.
    private static string Plain(string fragment) =>
        WebUtility.HtmlDecode(fragment.Replace("<em>", "[", StringComparison.Ordinal).Replace("</em>", "]", StringComparison.Ordinal));

    private static string Json(SearchResults results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("totalCount", results.TotalCount);
            writer.WriteBoolean("hasNextPage", results.HasNextPage);
            writer.WriteStartArray("facets");
            foreach (var facet in results.Facets)
            {
                writer.WriteStartObject();
                writer.WriteString("field", facet.Field);
                writer.WriteStartArray("values");
                foreach (var value in facet.Values)
                {
                    writer.WriteStartObject();
                    writer.WriteString("value", value.Value);
                    writer.WriteNumber("count", value.Count);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("hits");
            foreach (var hit in results.Hits)
            {
                writer.WriteStartObject();
                writer.WriteString("urn", hit.Urn);
                writer.WriteNumber("score", hit.Score);
                writer.WriteString("cursor", hit.Cursor);
                writer.WriteStartArray("highlights");
                foreach (var highlight in hit.Highlights)
                {
                    writer.WriteStartObject();
                    writer.WriteString("field", highlight.Field);
                    writer.WriteString("fragment", highlight.Fragment);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
