using System.Globalization;

namespace Gateway.Search.Elasticsearch;

/// <summary>
/// The catalog's search index on Elasticsearch 8.x: one document per product holding its contract's fields, written
/// and searched through an alias (<see cref="ElasticsearchSettings.Alias"/>) over a timestamped index
/// (<c>dp-products-20261121103000123</c>), so <see cref="ReindexAsync"/> can build a new index and swap the alias
/// with no downtime. Settings and mappings come from the index template in deploy/elasticsearch/.
/// </summary>
public sealed partial class ElasticsearchSearchIndex : ISearchIndex
{
    /// <summary>Hits per page and completions per list, at most (as in the embedded index).</summary>
    public const int MaxPageSize = 100;

    private readonly ElasticsearchClient _client;
    private readonly bool _ownsClient;
    private readonly TimeProvider _time;
    private readonly string _alias;
    private readonly string _searchRequest;
    private readonly ProductIndexTemplate _template;

    /// <summary>An index with its own client.</summary>
    public ElasticsearchSearchIndex(ElasticsearchSettings settings)
        : this(new ElasticsearchClient(settings), ownsClient: true, TimeProvider.System)
    {
    }

    /// <summary>An index over the caller's client (which the caller disposes); <paramref name="time"/> names new indexes.</summary>
    public ElasticsearchSearchIndex(ElasticsearchClient client, TimeProvider? time = null)
        : this(client, ownsClient: false, time ?? TimeProvider.System)
    {
    }

    private ElasticsearchSearchIndex(ElasticsearchClient client, bool ownsClient, TimeProvider time)
    {
        _client = client;
        _ownsClient = ownsClient;
        _time = time;
        _alias = client.Settings.Alias;
        _searchRequest = $"POST /{_alias}/_search";
        _template = ProductIndexTemplate.For(_alias);
    }

    public string Kind => "elasticsearch";

    /// <summary>
    /// Puts the index template (always, so a new gateway version's mappings apply to the next index), then creates the
    /// first index with the alias when the alias does not exist. The first index has a fixed name, <c>{alias}-initial</c>,
    /// so gateways starting together cannot each create one and leave the alias over two: the second create fails with
    /// <c>resource_already_exists_exception</c>, and the index the first created (alias included) serves both. An alias
    /// over several indexes is refused: writes through it would fail.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _client.PutIndexTemplateAsync(_alias, _template.Body, cancellationToken);
        var indices = await _client.GetAliasIndicesAsync(_alias, cancellationToken);
        if (indices.Count == 0)
        {
            try
            {
                await _client.CreateIndexAsync(FirstIndexName, IndexBody.WithAlias(_alias), cancellationToken);
            }
            catch (ElasticsearchException exception) when (exception.ErrorType == "resource_already_exists_exception")
            {
                // Another gateway created it a moment ago, with the alias in the same request.
            }
        }
        else if (indices.Count > 1)
        {
            throw new InvalidOperationException(
                $"The Elasticsearch alias '{_alias}' points to {indices.Count} indexes ({string.Join(", ", indices)}); it must point to one. " +
                "Run `gateway search reindex` to build one index and move the alias to it.");
        }
    }

    /// <summary>Bulk <c>index</c> through the alias, in batches; throws with every document that was not written.</summary>
    public async Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var settings = _client.Settings;
        List<BulkItemResult>? failures = null;
        for (var start = 0; start < documents.Count;)
        {
            var body = new BulkRequestBody();
            while (start < documents.Count && body.Count < settings.BulkBatchSize && body.Length < settings.BulkBatchBytes)
            {
                body.Index(documents[start].Urn, documents[start], ProductDocumentWriter.Write);
                start++;
            }

            var response = await _client.BulkAsync(_alias, body, cancellationToken);
            CollectFailures(response, ref failures);
        }

        ThrowWhenFailed(failures, documents.Count, "indexed");
    }

    /// <summary>Bulk <c>delete</c> through the alias; a product the index does not hold is not an error.</summary>
    public async Task RemoveAsync(IReadOnlyList<string> productUrns, CancellationToken cancellationToken)
    {
        var batchSize = _client.Settings.BulkBatchSize;
        List<BulkItemResult>? failures = null;
        for (var start = 0; start < productUrns.Count;)
        {
            var body = new BulkRequestBody(16 * 1024);
            while (start < productUrns.Count && body.Count < batchSize)
            {
                body.Delete(productUrns[start++]);
            }

            var response = await _client.BulkAsync(_alias, body, cancellationToken);
            CollectFailures(response, ref failures);
        }

        ThrowWhenFailed(failures, productUrns.Count, "removed");
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, SearchViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.First is < 1 or > MaxPageSize)
        {
            throw new ArgumentException($"A search page holds 1 to {MaxPageSize} hits; 'first' was {query.First}.", nameof(query));
        }

        using var answer = await _client.SearchAsync(_alias, SearchRequestWriter.Search(query, viewer), cancellationToken);
        return SearchResponseReader.Results(_searchRequest, answer.RootElement, query.First);
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int max, SearchViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (max is < 1 or > MaxPageSize)
        {
            throw new ArgumentException($"A completion list holds 1 to {MaxPageSize} entries; 'first' was {max}.", nameof(max));
        }

        if (string.IsNullOrWhiteSpace(prefix))
        {
            return [];
        }

        using var answer = await _client.SearchAsync(_alias, SearchRequestWriter.Suggest(prefix, max, viewer), cancellationToken);
        return SearchResponseReader.Suggestions(_searchRequest, answer.RootElement, max);
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private string FirstIndexName => _alias + "-initial";

    /// <summary>The alias, a dash and the UTC time to the millisecond: index names must be lowercase, and sort by age.</summary>
    private string NewIndexName() =>
        _alias + "-" + _time.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>Version conflicts cannot come from these writes (no versions are sent), so every outcome but success and a missing delete is a failure.</summary>
    private static void CollectFailures(BulkResponse response, ref List<BulkItemResult>? failures)
    {
        foreach (var item in response.Items)
        {
            if (item.Outcome is not (BulkItemOutcome.Succeeded or BulkItemOutcome.NotFound))
            {
                (failures ??= []).Add(item);
            }
        }
    }

    private void ThrowWhenFailed(List<BulkItemResult>? failures, int total, string verb)
    {
        if (failures is null)
        {
            return;
        }

        const int Listed = 5;
        var listed = failures.Count > Listed ? failures.GetRange(0, Listed) : failures;
        var more = failures.Count > Listed ? $" and {failures.Count - Listed} more" : "";
        throw new ElasticsearchException(
            ElasticsearchFailureKind.PartialBulkFailure,
            $"POST /{_alias}/_bulk",
            $"{failures.Count} of {total} product(s) were not {verb} in '{_alias}': {string.Join("; ", listed)}{more}.",
            failedItems: failures);
    }
}
