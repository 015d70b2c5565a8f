using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.Search;

namespace Gateway.CatalogApi.Search;

/// <summary>
/// The catalog API's search part: <c>catalog { search(text:, filter:, first:, after:) { totalCount facets edges {
/// cursor node score highlights } pageInfo } suggest(prefix:, first:) }</c> over an <see cref="ISearchIndex"/>. The
/// hits' products are read from the catalog, so a node is the product as the catalog holds it now. Who is searching
/// (for drafts) comes from the request (<paramref name="viewer"/>); without it, everyone is anonymous.
/// </summary>
public sealed partial class SearchModule : ICatalogApiModule
{
    private const string BadUserInput = "BAD_USER_INPUT";

    private readonly ISearchIndex _index;
    private readonly ICatalogStore _store;
    private readonly Func<FieldContext, SearchViewer> _viewer;

    /// <param name="viewer">Who makes the request: their client and the owner and team names they act for.</param>
    public SearchModule(ISearchIndex index, ICatalogStore store, Func<FieldContext, SearchViewer>? viewer = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(store);
        _index = index;
        _store = store;
        _viewer = viewer ?? (static _ => SearchViewer.Anonymous);
    }

    public string Sdl => SearchSdl;

    public void Configure(SchemaBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .Resolve("CatalogQuery.search", SearchAsync)
            .Resolve("CatalogQuery.suggest", SuggestAsync)
            .Resolve("CatalogSearchEdge.node", NodeAsync)
            .EnumValue("CatalogSuggestionKind.PRODUCT", "product")
            .EnumValue("CatalogSuggestionKind.TAG", "tag")
            .EnumValue("CatalogSuggestionKind.TERM", "term")
            .EnumValue("CatalogSuggestionKind.FIELD", "field");
    }

    private async ValueTask<object?> SearchAsync(FieldContext context)
    {
        var query = new SearchQuery(
            context.Argument<string>("text") ?? "",
            Filter(context.Arguments.TryGetValue("filter", out var filter) ? filter as IReadOnlyDictionary<string, object?> : null),
            context.Argument("first", 20),
            context.Argument<string>("after"),
            context.Argument("includeRetired", false));
        SearchResults results;
        try
        {
            results = await _index.SearchAsync(query, _viewer(context), context.CancellationToken);
        }
        catch (ArgumentException error)
        {
            throw InputError(error);
        }

        return SearchConnection.From(results, query.After is not null);
    }

    private async ValueTask<object?> SuggestAsync(FieldContext context)
    {
        try
        {
            return await _index.SuggestAsync(
                context.Argument<string>("prefix") ?? "", context.Argument("first", 10), _viewer(context), context.CancellationToken);
        }
        catch (ArgumentException error)
        {
            throw InputError(error);
        }
    }

    // The hits of a page load their products together, through one request-wide loader.
    private async ValueTask<object?> NodeAsync(FieldContext context)
    {
        var products = context.DataLoaders.GetOrAdd<string, DataProduct>("catalog.search.products", async (urns, cancellationToken) =>
        {
            var found = new Dictionary<string, DataProduct>(urns.Count, StringComparer.Ordinal);
            foreach (var urn in urns)
            {
                if (ProductUrn.TryParse(urn, out var parsed) && await _store.GetProductAsync(parsed, cancellationToken) is { } product)
                {
                    found[urn] = product;
                }
            }

            return found;
        });
        var urn = ((SearchEdge)context.Source!).Urn;
        return await products.LoadAsync(urn)
            ?? throw new GraphQLException(new GraphQLError($"{urn} was found by the search but is no longer in the catalog; search again."));
    }

    private static SearchFilter Filter(IReadOnlyDictionary<string, object?>? filter)
    {
        if (filter is null)
        {
            return SearchFilter.None;
        }

        return new SearchFilter(
            Strings(filter, "domains", static value => value as string),
            Strings(filter, "statuses", static value => value is LifecycleStatus status ? Lifecycle.Name(status) : null),
            Strings(filter, "owners", static value => value as string),
            Strings(filter, "tags", static value => value as string),
            Strings(filter, "classifications", static value => value is DataClassification classification ? classification.ToString().ToLowerInvariant() : null));
    }

    private static List<string> Strings(IReadOnlyDictionary<string, object?> filter, string name, Func<object?, string?> convert)
    {
        var values = new List<string>();
        if (filter.TryGetValue(name, out var list) && list is IEnumerable<object?> items)
        {
            foreach (var item in items)
            {
                if (convert(item) is { } value)
                {
                    values.Add(value);
                }
            }
        }

        return values;
    }

    // The index's own message says what was wrong (a page size, a cursor, a filter) and what to send instead.
    private static GraphQLException InputError(ArgumentException error) =>
        new(new GraphQLError(error.Message.Split(" (Parameter", 2)[0], extensions: new Dictionary<string, object?> { ["code"] = BadUserInput }));
}
