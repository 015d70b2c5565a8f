using System.CommandLine;
using Gateway.Search;

namespace Gateway.Commands;

/// <summary>
/// The options that choose the search index: its kind (<c>--search</c> on <c>serve</c>, <c>--index</c> on the search
/// verbs: sqlite, postgres or elasticsearch) and Elasticsearch's address (<c>--elasticsearch-url</c>, else
/// <c>GATEWAY_ELASTICSEARCH_URL</c>). Without them: Elasticsearch when the environment gives its address, otherwise the
/// index in the catalog's own store (see <see cref="SearchIndexSelection"/>).
/// </summary>
public sealed class SearchIndexOptions
{
    public SearchIndexOptions(string kindName)
    {
        Kind = new Option<string?>(kindName)
        {
            Description = $"The search index: sqlite, postgres (in the catalog's own store, the default) or elasticsearch (default when {SearchIndexes.ElasticsearchVariable} is set).",
        };
        Kind.AcceptOnlyFromAmong([.. SearchIndexSelection.Kinds]);
    }

    public Option<string?> Kind { get; }

    public Option<string?> ElasticsearchUrl { get; } = new("--elasticsearch-url")
    {
        Description = $"Elasticsearch's address, http(s)://[user:password@]host:port (or set {SearchIndexes.ElasticsearchVariable}, which keeps a password out of the process list).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Kind);
        command.Options.Add(ElasticsearchUrl);
    }

    public SearchIndexSelection Selection(ParseResult parseResult) => new(parseResult.GetValue(Kind), parseResult.GetValue(ElasticsearchUrl));
}
