using System.Data.Common;
using System.Text;

namespace Gateway.Search.Embedded;

/// <summary>
/// The search index inside the catalog's own database (tables of catalog migration 5), written once for SQLite FTS5 and
/// PostgreSQL full-text: each store supplies how text is indexed, matched, ranked and highlighted, and how its
/// vocabulary is read for typo correction; the rows, facets, filters, permissions, cursors and completions are shared.
/// </summary>
public abstract partial class EmbeddedSearchIndex : ISearchIndex
{
    /// <summary>A page holds at most this many hits.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Rows a suggestion query reads per kind before ranking them: enough to rank, few enough for a keystroke.</summary>
    private const int SuggestionScan = 64;

    private protected EmbeddedSearchIndex()
    {
    }

    public abstract string Kind { get; }

    public abstract Task InitializeAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    private protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that writes (SQLite takes the write lock at once, so writers queue rather than deadlock).</summary>
    private protected abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Indexes the text of the product stored as row <paramref name="id"/>.</summary>
    private protected abstract Task AddTextAsync(IndexWrite write, long id, IndexedProduct product, CancellationToken cancellationToken);

    /// <summary>Takes the text of a stored product out of the index, before its row changes or goes.</summary>
    private protected abstract Task RemoveTextAsync(IndexWrite write, StoredProduct stored, CancellationToken cancellationToken);

    /// <summary>What the search reads from: <c>search_products p</c>, joined with the full-text table where it is one.</summary>
    private protected abstract string MatchSource { get; }

    /// <summary>The condition that a product matches <c>@match</c> (the rendered query).</summary>
    private protected abstract string MatchCondition { get; }

    /// <summary>The text relevance of a match to <c>@match</c>, higher is better, with the parts' weights (name &gt; keywords &gt; description &gt; fields).</summary>
    private protected abstract string RelevanceExpression { get; }

    /// <summary>How the store's full-text query language writes a word, a prefix and the operators.</summary>
    private protected abstract MatchSyntax Syntax { get; }

    /// <summary>
    /// The words in the store's query syntax: every word when <paramref name="all"/>, else any word; each word quoted
    /// (its characters are letters and digits only, so nothing in it is an operator), marked as a prefix when it is one,
    /// and in parentheses with its corrections joined by OR.
    /// </summary>
    private protected string RenderMatch(IReadOnlyList<QueryWord> words, bool all)
    {
        var syntax = Syntax;
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append(all ? syntax.And : syntax.Or);
            }

            builder.Append('(').Append(syntax.Quote).Append(word.Word).Append(syntax.Quote);
            if (word.Prefix)
            {
                builder.Append(syntax.Prefix);
            }

            foreach (var correction in word.Corrections)
            {
                builder.Append(syntax.Or).Append(syntax.Quote).Append(correction).Append(syntax.Quote);
            }

            builder.Append(')');
        }

        return builder.ToString();
    }

    /// <summary>True when the index holds <paramref name="word"/> (or, when <paramref name="prefix"/>, a word starting with it).</summary>
    private protected abstract Task<bool> HasWordAsync(DbConnection connection, string word, bool prefix, CancellationToken cancellationToken);

    /// <summary>Words of the index that may be what <paramref name="word"/> was meant to be, with how many products hold each.</summary>
    private protected abstract Task<IReadOnlyList<(string Word, long Documents)>> CandidateWordsAsync(
        DbConnection connection, string word, CancellationToken cancellationToken);

    /// <summary>The marked parts (name, keywords, description, fields) of the products <paramref name="ids"/> that match <c>@match</c>.</summary>
    private protected abstract Task<Dictionary<long, IReadOnlyList<SearchHighlight>>> HighlightAsync(
        DbConnection connection, string match, IReadOnlyList<long> ids, CancellationToken cancellationToken);
}
