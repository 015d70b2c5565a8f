using System.Data.Common;
using System.Data;
using System.Text;
using Gateway.Catalog.Storage.Postgres;
using Gateway.Search.Embedded;
using Npgsql;

namespace Gateway.Search.Postgres;

/// <summary>
/// The index beside a PostgreSQL catalog, in the same database: a weighted <c>tsvector</c> per product (name A,
/// keywords B, description C, fields D; PostgreSQL 15 section 12.3.3 "Ranking Search Results") under a GIN index,
/// ranked by <c>ts_rank_cd</c>, highlighted by <c>ts_headline</c>. Text is indexed with the <c>simple</c> configuration
/// (no stemming, no stop words) over the same words the SQLite index cuts, so both answer alike. Typos are corrected
/// against <c>search_words</c>, with pg_trgm's similarity as a second source of candidates where the extension can be
/// created.
/// </summary>
public sealed class PostgresSearchIndex : EmbeddedSearchIndex
{
    private const string Weights = "'{0.1, 0.2, 0.4, 1.0}'";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _connectionString;
    private bool _trigrams;

    public PostgresSearchIndex(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        _connectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override string Kind => "postgres";

    /// <summary>True when pg_trgm is installed and indexes <c>search_words</c> (known after <see cref="InitializeAsync"/>).</summary>
    public bool UsesTrigrams => _trigrams;

    private protected override string MatchSource => "search_products p";

    private protected override string MatchCondition => "p.document @@ to_tsquery('simple', @match)";

    private protected override string RelevanceExpression => $"ts_rank_cd({Weights}, p.document, to_tsquery('simple', @match))";

    /// <summary>
    /// Applies the catalog's migrations (they make the index's tables), then installs pg_trgm and its index on the
    /// words when the database allows it (the extension is trusted from PostgreSQL 13, so a database owner may); when
    /// not, typos are still corrected, from words sharing the typed word's first letters.
    /// </summary>
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var store = await PostgresCatalogStore.OpenAsync(_connectionString, cancellationToken);
        await store.DisposeAsync();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX IF NOT EXISTS search_words_trigrams ON search_words USING GIN (word gin_trgm_ops);
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _trigrams = true;
        }
        catch (PostgresException)
        {
            // Not installed on the server, or not allowed: the fallback above serves.
            _trigrams = false;
        }
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    private protected override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    private protected override async Task AddTextAsync(IndexWrite write, long id, IndexedProduct product, CancellationToken cancellationToken)
    {
        await write.Get("""
            UPDATE search_products SET document =
                setweight(to_tsvector('simple', @name_words), 'A') || setweight(to_tsvector('simple', @keywords_words), 'B')
                || setweight(to_tsvector('simple', @description_words), 'C') || setweight(to_tsvector('simple', @fields_words), 'D')
            WHERE id = @id
            """)
            .Set("@id", id).Set("@name_words", SearchText.WordsOnly(product.Name)).Set("@keywords_words", SearchText.WordsOnly(product.Keywords))
            .Set("@description_words", SearchText.WordsOnly(product.Description)).Set("@fields_words", SearchText.WordsOnly(product.Fields))
            .ExecuteAsync(cancellationToken);

        // tsvector_to_array lists a document's words sorted and once each: concurrent writers lock words in one order.
        await write.Get("""
            INSERT INTO search_words (word, documents)
            SELECT word, 1 FROM unnest(tsvector_to_array((SELECT document FROM search_products WHERE id = @id))) AS word
            ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + 1
            """).Set("@id", id).ExecuteAsync(cancellationToken);
    }

    private protected override Task RemoveTextAsync(IndexWrite write, StoredProduct stored, CancellationToken cancellationToken) =>
        write.Get("""
            UPDATE search_words SET documents = documents - 1
            WHERE word IN (SELECT unnest(tsvector_to_array(document)) FROM search_products WHERE id = @id)
            """).Set("@id", stored.Id).ExecuteAsync(cancellationToken);

    /// <summary>tsquery syntax (PostgreSQL 15 section 8.11.2): quoted lexemes, <c>:*</c> after a prefix.</summary>
    private protected override MatchSyntax Syntax { get; } = new(" & ", " | ", '\'', ":*");

    private protected override async Task<bool> HasWordAsync(DbConnection connection, string word, bool prefix, CancellationToken cancellationToken)
    {
        await using var statement = new Statement(connection, null, prefix
            ? "SELECT 1 FROM search_words WHERE word >= @word AND word < @end AND documents > 0 LIMIT 1"
            : "SELECT 1 FROM search_words WHERE word = @word AND documents > 0");
        statement.Set("@word", word);
        if (prefix)
        {
            statement.Set("@end", TypoCorrection.RangeEnd(word));
        }

        return await statement.ScalarAsync(cancellationToken) is not null;
    }

    private protected override async Task<IReadOnlyList<(string Word, long Documents)>> CandidateWordsAsync(
        DbConnection connection, string word, CancellationToken cancellationToken)
    {
        var prefix = TypoCorrection.CandidatePrefix(word);
        var bound = EditDistance.AllowedEdits(word.Length);
        var similar = _trigrams ? " OR word % @word" : "";
        await using var statement = new Statement(connection, null, $"""
            SELECT word, documents FROM search_words
            WHERE ((word >= @from AND word < @to){similar}) AND documents > 0 AND length(word) BETWEEN @shortest AND @longest
            """);
        statement.Set("@from", prefix).Set("@to", TypoCorrection.RangeEnd(prefix))
            .Set("@shortest", word.Length - bound).Set("@longest", word.Length + bound);
        if (_trigrams)
        {
            statement.Set("@word", word);
        }

        var candidates = new List<(string, long)>();
        await using var reader = await statement.ReadAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return candidates;
    }

    private protected override async Task<Dictionary<long, IReadOnlyList<SearchHighlight>>> HighlightAsync(
        DbConnection connection, string match, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var list = new StringBuilder();
        for (var i = 0; i < ids.Count; i++)
        {
            list.Append(i == 0 ? "" : ", ").Append("@i").Append(i);
        }

        // ts_headline (PostgreSQL 15 section 12.3.4) on the page's rows only: the whole name, keywords and fields with
        // every match marked, a fragment of the description around its matches.
        await using var statement = new Statement(connection, null, $"""
            SELECT p.id,
                ts_headline('simple', p.name, q, o.whole), ts_headline('simple', p.keywords, q, o.whole),
                ts_headline('simple', p.description, q, o.fragment), ts_headline('simple', p.fields, q, o.whole)
            FROM search_documents p, to_tsquery('simple', @match) q,
                (SELECT 'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3) AS whole,
                        'MaxWords=24, MinWords=8, StartSel=' || chr(2) || ', StopSel=' || chr(3) AS fragment) o
            WHERE p.id IN ({list})
            """);
        statement.Set("@match", match);
        for (var i = 0; i < ids.Count; i++)
        {
            statement.Set($"@i{i}", ids[i]);
        }

        var highlights = new Dictionary<long, IReadOnlyList<SearchHighlight>>(ids.Count);
        await using var reader = await statement.ReadAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            highlights[reader.GetInt64(0)] = HitHighlights.Collect(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
        }

        return highlights;
    }
}
