using System.Data.Common;
using System.Text;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Search.Embedded;
using Microsoft.Data.Sqlite;

namespace Gateway.Search.Sqlite;

/// <summary>
/// The embedded default: SQLite FTS5 in the catalog's own file (<c>catalog.db</c>), so the index is backed up, moved
/// and restored with the catalog and needs nothing installed. Ranked by bm25 with column weights (SQLite FTS5
/// section 5.1.1): name 10, keywords (tags, glossary terms, domain) 4, description 2, fields 1. Typos are corrected
/// against the index's own vocabulary (an fts5vocab table). Searches are answered from a term index in memory once it
/// is read (<see cref="TermIndex"/>: the same answers, scores and highlights, without FTS5 visiting every match); the
/// file stays the index and the truth.
/// </summary>
public sealed class SqliteSearchIndex : EmbeddedSearchIndex
{
    // Set on every connection the index opens (a pooled connection keeps them; setting them again costs microseconds).
    // A search reads the pages of every match (the full-text index's lists, the products' rows), so reading them through
    // a memory map of the file saves copying each page into the connection's cache (SQLite "Memory-Mapped I/O"); the
    // cache itself holds the interior pages between searches; the sorts and the materialised matches of a search stay
    // in memory rather than in a temporary file (PRAGMA temp_store).
    private const string ConnectionPragmas = """
        PRAGMA busy_timeout = 30000;
        PRAGMA mmap_size = 1073741824;
        PRAGMA cache_size = -32768;
        PRAGMA temp_store = MEMORY;
        """;

    private readonly string _connectionString;

    private readonly TermIndex? _termIndex;

    /// <param name="catalogPath">The catalog file.</param>
    /// <param name="termIndex">
    /// True to answer searches from a term index in memory (<see cref="TermIndex"/>), read from the file in the background
    /// at the first search (or <see cref="WarmAsync"/>) and kept current with the file; false to search in SQL only.
    /// </param>
    public SqliteSearchIndex(string catalogPath, bool termIndex = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(catalogPath);
        CatalogPath = catalogPath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = catalogPath,
            Mode = SqliteOpenMode.ReadWrite,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        if (termIndex)
        {
            // A deferred transaction reads one state of the file without taking the write lock; PRAGMA data_version
            // changes when any other connection, of this process or another, commits to the file.
            _termIndex = new TermIndex(
                async token => await OpenConnectionAsync(token),
                static connection => ((SqliteConnection)connection).BeginTransaction(deferred: true),
                "PRAGMA data_version");
        }
    }

    public string CatalogPath { get; }

    public override string Kind => "sqlite";

    private protected override string MatchSource => "search_text JOIN search_products p ON p.id = search_text.rowid";

    private protected override string MatchCondition => "search_text MATCH @match";

    private protected override string RelevanceExpression => "-bm25(search_text, 10.0, 4.0, 2.0, 1.0)";

    /// <summary>The catalog's migrations make the index's tables: opening the catalog file applies any not yet applied.</summary>
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var store = await SqliteCatalogStore.OpenAsync(CatalogPath, cancellationToken);
        await store.DisposeAsync();
    }

    /// <summary>
    /// Reads the term index into memory now, and completes when it is ready (searches meanwhile read SQL): a server calls
    /// it at start so that its first searches are fast too.
    /// </summary>
    public Task WarmAsync(CancellationToken cancellationToken) =>
        _termIndex is null ? Task.CompletedTask : _termIndex.LoadAsync().WaitAsync(cancellationToken);

    /// <summary>The term index, for tests that follow its rebuilds; null when searches read SQL only.</summary>
    internal TermIndex? TermIndex => _termIndex;

    public override async ValueTask DisposeAsync()
    {
        if (_termIndex is not null)
        {
            await _termIndex.DisposeAsync();
        }

        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private protected override ValueTask<TermIndexSnapshot?> CurrentTermIndexAsync(CancellationToken cancellationToken) =>
        _termIndex is null ? ValueTask.FromResult<TermIndexSnapshot?>(null) : _termIndex.CurrentAsync(cancellationToken);

    private protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        SQLitePCL.Batteries_V2.Init();
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ConnectionPragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private protected override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    private protected override Task AddTextAsync(IndexWrite write, long id, IndexedProduct product, CancellationToken cancellationToken) =>
        write.Get("INSERT INTO search_text (rowid, name, keywords, description, fields) VALUES (@id, @name, @keywords, @description, @fields)")
            .Set("@id", id).Set("@name", product.Name).Set("@keywords", product.Keywords).Set("@description", product.Description)
            .Set("@fields", product.Fields)
            .ExecuteAsync(cancellationToken);

    // An external-content FTS5 table forgets a row by being told the values it indexed (SQLite FTS5 section 4.4.3).
    private protected override Task RemoveTextAsync(IndexWrite write, StoredProduct stored, CancellationToken cancellationToken) =>
        write.Get("""
            INSERT INTO search_text (search_text, rowid, name, keywords, description, fields) VALUES ('delete', @id, @name, @keywords, @description, @fields)
            """)
            .Set("@id", stored.Id).Set("@name", stored.Name).Set("@keywords", stored.Keywords).Set("@description", stored.Description)
            .Set("@fields", stored.Fields)
            .ExecuteAsync(cancellationToken);

    /// <summary>FTS5 query syntax (SQLite FTS5 section 3): quoted strings, <c>*</c> after a prefix.</summary>
    private protected override MatchSyntax Syntax { get; } = new(" AND ", " OR ", '"', "*");

    private protected override async Task<bool> HasWordAsync(DbConnection connection, string word, bool prefix, CancellationToken cancellationToken)
    {
        await using var statement = new Statement(connection, null, "SELECT rowid FROM search_text WHERE search_text MATCH @match LIMIT 1");
        statement.Set("@match", prefix ? $"\"{word}\"*" : $"\"{word}\"");
        return await statement.ScalarAsync(cancellationToken) is not null;
    }

    private protected override async Task<IReadOnlyList<(string Word, long Documents)>> CandidateWordsAsync(
        DbConnection connection, string word, CancellationToken cancellationToken)
    {
        var prefix = TypoCorrection.CandidatePrefix(word);
        var bound = EditDistance.AllowedEdits(word.Length);
        await using var statement = new Statement(connection, null, """
            SELECT term, doc FROM search_vocabulary WHERE term >= @from AND term < @to AND length(term) BETWEEN @shortest AND @longest
            """);
        statement.Set("@from", prefix).Set("@to", TypoCorrection.RangeEnd(prefix))
            .Set("@shortest", (long)(word.Length - bound)).Set("@longest", (long)(word.Length + bound));
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
        // highlight() and snippet() (SQLite FTS5 sections 5.1.2-5.1.3) of the page's hits in one full-text query: FTS5
        // merges the lists of every word a prefix stands for before it can seek a row, so a query per hit would merge them
        // once per hit. The rowid range is what FTS5 reads; the list (kept from the index by the unary plus) picks the hits.
        var list = new StringBuilder();
        var low = long.MaxValue;
        var high = long.MinValue;
        await using var statement = new Statement(connection, null, "");
        for (var i = 0; i < ids.Count; i++)
        {
            list.Append(i == 0 ? "@h" : ", @h").Append(i);
            statement.Set($"@h{i}", ids[i]);
            low = Math.Min(low, ids[i]);
            high = Math.Max(high, ids[i]);
        }

        statement.Text = $"""
            SELECT search_text.rowid, highlight(search_text, 0, char(2), char(3)), highlight(search_text, 1, char(2), char(3)),
                snippet(search_text, 2, char(2), char(3), '…', 24), highlight(search_text, 3, char(2), char(3))
            FROM search_text
            WHERE search_text MATCH @match AND search_text.rowid BETWEEN @low AND @high AND +search_text.rowid IN ({list})
            """;
        statement.Set("@match", match).Set("@low", low).Set("@high", high);
        var highlights = new Dictionary<long, IReadOnlyList<SearchHighlight>>(ids.Count);
        await using var reader = await statement.ReadAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            highlights[reader.GetInt64(0)] = HitHighlights.Collect(
                reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
        }

        return highlights;
    }
}
