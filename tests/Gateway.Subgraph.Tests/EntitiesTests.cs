using Gateway.GraphQL;
using Gateway.GraphQL.Execution;

namespace Gateway.Subgraph.Tests;

public sealed class EntitiesTests
{
    private const string Library = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3",
                            import: ["@key", "@external", "@requires", "@provides", "@shareable"])

        type Query { book(isbn: ID!): Book }

        enum Format { HARDCOVER PAPERBACK }

        type Book @key(fields: "isbn") @key(fields: "shelf { aisle position }") {
          isbn: ID!
          title: String
          shelf: Shelf
          format: Format @external
          weightGrams: Int @external
          postage: Int @requires(fields: "weightGrams format")
        }

        type Shelf @shareable {
          aisle: Int!
          position: String!
        }

        type Reader @key(fields: "id") {
          id: ID!
          name: String
        }
        """;

    private static readonly Dictionary<string, (string Title, int Aisle, string Position)> Books = new()
    {
        ["111"] = ("Rivers", 3, "B"),
        ["222"] = ("Mountains", 7, "A"),
    };

    [Fact]
    public async Task Each_type_resolver_is_called_once_with_its_representations_in_order()
    {
        var calls = new List<string>();
        var subgraph = new SubgraphBuilder(Library)
            .ResolveReferences("Book", (representations, _) =>
            {
                calls.Add("Book:" + string.Join(",", representations.Select(r => $"{r.Index}={r.Get<string>("isbn")}")));
                return ValueTask.FromResult<IReadOnlyList<object?>>([.. representations.Select(r => (object?)new { isbn = r.Get<string>("isbn"), title = Books[r.Get<string>("isbn")!].Title })]);
            })
            .ResolveReferences("Reader", (representations, _) =>
            {
                calls.Add("Reader:" + string.Join(",", representations.Select(r => $"{r.Index}={r.Get<string>("id")}")));
                return ValueTask.FromResult<IReadOnlyList<object?>>([.. representations.Select(r => (object?)new { id = r.Get<string>("id"), name = "Reader " + r.Get<string>("id") })]);
            })
            .Build();

        var response = await subgraph.EntitiesAsync(
            "__typename ... on Book { title } ... on Reader { name }",
            new { __typename = "Book", isbn = "222" },
            new { __typename = "Reader", id = "r1" },
            new { __typename = "Book", isbn = "111" });

        Assert.Equal(["Book:0=222,2=111", "Reader:1=r1"], calls);
        Assert.Equal(
            """{"data":{"_entities":[{"__typename":"Book","title":"Mountains"},{"__typename":"Reader","name":"Reader r1"},{"__typename":"Book","title":"Rivers"}]}}""",
            response.Compact());
    }

    [Fact]
    public async Task An_unknown_entity_is_null_without_an_error()
    {
        var subgraph = new SubgraphBuilder(Library)
            .ResolveReference("Book", (representation, _) => ValueTask.FromResult<object?>(
                Books.TryGetValue(representation.Require<string>("isbn"), out var book) ? new { book.Title } : null))
            .Build();

        var response = await subgraph.EntitiesAsync("... on Book { title }", new { __typename = "Book", isbn = "999" }, new { __typename = "Book", isbn = "111" });

        Assert.Equal("""{"data":{"_entities":[null,{"title":"Rivers"}]}}""", response.Compact());
    }

    [Fact]
    public async Task A_failed_entity_is_null_with_its_error_at_its_index()
    {
        var subgraph = new SubgraphBuilder(Library)
            .ResolveReferences("Book", (representations, _) => ValueTask.FromResult<IReadOnlyList<object?>>(
                [.. representations.Select(r => r.Get<string>("isbn") == "111" ? new InvalidOperationException("Book 111 is being restocked.") : (object?)new { title = "Other" })]))
            .Build();

        var response = await subgraph.EntitiesAsync("... on Book { title }", new { __typename = "Book", isbn = "222" }, new { __typename = "Book", isbn = "111" });

        Assert.Equal(
            """{"errors":[{"message":"Book 111 is being restocked.","locations":[{"line":1,"column":38}],"path":["_entities",1]}],"data":{"_entities":[{"title":"Other"},null]}}""",
            response.Compact());
    }

    [Fact]
    public async Task A_resolver_that_throws_fails_its_type_only()
    {
        var subgraph = new SubgraphBuilder(Library)
            .ResolveReferences("Book", (_, _) => throw new GraphQLException(new GraphQLError("The book store is offline.", extensions: new Dictionary<string, object?> { ["code"] = "UNAVAILABLE" })))
            .Build();

        var response = await subgraph.EntitiesAsync(
            "... on Book { title } ... on Reader { id }",
            new { __typename = "Book", isbn = "222" },
            new { __typename = "Reader", id = "r1" },
            new { __typename = "Book", isbn = "111" });

        Assert.Equal("""{"_entities":[null,{"id":"r1"},null]}""", response.GetProperty("data").Compact());
        var errors = response.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(["_entities.0", "_entities.2"], errors.Select(e => string.Join('.', e.GetProperty("path").EnumerateArray().Select(p => p.ToString()))));
        Assert.All(errors, e => Assert.Equal("UNAVAILABLE", e.GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_resolver_that_answers_the_wrong_number_of_entities_fails_its_representations()
    {
        var subgraph = new SubgraphBuilder(Library)
            .ResolveReferences("Book", (_, _) => ValueTask.FromResult<IReadOnlyList<object?>>([new { title = "Only one" }]))
            .Build();

        var response = await subgraph.EntitiesAsync("... on Book { title }", new { __typename = "Book", isbn = "222" }, new { __typename = "Book", isbn = "111" });

        var errors = response.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Equal(
            "The reference resolver of Book answered 1 entities for 2 representations; it must answer one per representation, in order (null for an unknown one).",
            errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Representations_of_unknown_or_unresolvable_types_fail_alone()
    {
        var subgraph = new SubgraphBuilder(Library.Replace("type Reader @key(fields: \"id\")", "type Reader @key(fields: \"id\", resolvable: false)", StringComparison.Ordinal)).Build();

        var response = await subgraph.EntitiesAsync(
            "__typename",
            new { __typename = "Magazine", id = "m" },
            new { __typename = "Reader", id = "r1" },
            new { id = "x" },
            new { __typename = "Book", isbn = "111" });

        Assert.Equal("""{"_entities":[null,null,null,{"__typename":"Book"}]}""", response.GetProperty("data").Compact());
        Assert.Equal(
            [
                "Representation 0 names type \"Magazine\", which this subgraph does not define.",
                "Representation 1 names type \"Reader\", which has no resolvable @key in this subgraph.",
                "Representation 2 has no __typename; each representation names its entity type.",
            ],
            response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Without_a_reference_resolver_an_entity_is_its_representation()
    {
        var subgraph = new SubgraphBuilder(Library).Build();

        var response = await subgraph.EntitiesAsync("... on Reader { id name }", new { __typename = "Reader", id = "r7", name = "Ada" });

        Assert.Equal("""{"data":{"_entities":[{"id":"r7","name":"Ada"}]}}""", response.Compact());
    }

    [Fact]
    public async Task Required_fields_arrive_coerced_in_the_representation()
    {
        EntityRepresentation? seen = null;
        var subgraph = new SubgraphBuilder(Library)
            .ResolveReference("Book", (representation, _) =>
            {
                seen = representation;
                return ValueTask.FromResult<object?>(representation);
            })
            .Resolve("Book.postage", context =>
            {
                var book = (EntityRepresentation)context.Source!;
                var rate = book.Require<string>("format") == "HARDCOVER" ? 3 : 2;
                return ValueTask.FromResult<object?>(book.Require<int>("weightGrams") / 100 * rate);
            })
            .Build();

        var response = await subgraph.EntitiesAsync("... on Book { postage }", new { __typename = "Book", isbn = "111", weightGrams = 450, format = "HARDCOVER" });

        Assert.Equal("""{"data":{"_entities":[{"postage":12}]}}""", response.Compact());
        Assert.IsType<int>(seen!["weightGrams"]);
        Assert.Equal("Book", seen.TypeName);
    }

    [Fact]
    public async Task Enum_fields_arrive_as_their_internal_values()
    {
        EntityRepresentation? seen = null;
        var builder = new SubgraphBuilder(Library).ResolveReference("Book", (representation, _) =>
        {
            seen = representation;
            return ValueTask.FromResult<object?>(null);
        });
        builder.Options.EnumValue("Format.PAPERBACK", 2);

        await builder.Build().EntitiesAsync("__typename", new { __typename = "Book", isbn = "1", format = "PAPERBACK" });

        Assert.Equal(2, seen!["format"]);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_fails_its_representation_naming_the_field()
    {
        var subgraph = new SubgraphBuilder(Library).Build();

        var response = await subgraph.EntitiesAsync("__typename", new { __typename = "Book", isbn = "1", weightGrams = "heavy" });

        var message = Assert.Single(response.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString();
        Assert.StartsWith("Representation 0 (Book) is invalid: \"Book.weightGrams\": ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compound_key_arrives_as_a_nested_object_of_coerced_fields()
    {
        var subgraph = new SubgraphBuilder(Library)
            .ResolveReference("Book", (representation, _) =>
            {
                if (representation.Get<IReadOnlyDictionary<string, object?>>("shelf") is not { } shelf)
                {
                    return ValueTask.FromResult<object?>(null);
                }

                var aisle = (int)shelf["aisle"]!;
                var position = (string)shelf["position"]!;
                var match = Books.FirstOrDefault(book => book.Value.Aisle == aisle && book.Value.Position == position);
                return ValueTask.FromResult<object?>(match.Key is null ? null : new { isbn = match.Key, match.Value.Title });
            })
            .Build();

        var response = await subgraph.EntitiesAsync("... on Book { isbn title }", new { __typename = "Book", shelf = new { aisle = 7, position = "A" } });

        Assert.Equal("""{"data":{"_entities":[{"isbn":"222","title":"Mountains"}]}}""", response.Compact());
    }

    [Fact]
    public async Task Representations_may_be_written_inline()
    {
        var subgraph = new SubgraphBuilder(Library).Build();

        var response = await subgraph.ExecuteAsync("""{ _entities(representations: [{ __typename: "Reader", id: "r2", name: "Lin" }]) { ... on Reader { name } } }""");

        Assert.Equal("""{"data":{"_entities":[{"name":"Lin"}]}}""", response.Compact());
    }

    [Fact]
    public async Task The_resolver_sees_the_request_context_and_cancellation()
    {
        object? seenContext = null;
        var subgraph = new SubgraphBuilder(Library)
            .ResolveReferences("Reader", (representations, context) =>
            {
                seenContext = context.RequestContext;
                return ValueTask.FromResult<IReadOnlyList<object?>>([.. representations]);
            })
            .Build();
        var requestContext = new object();

        await new RequestExecutor(subgraph.Schema).ExecuteAsync(
            """{ _entities(representations: [{ __typename: "Reader", id: "r2" }]) { __typename } }""", null, null, null, requestContext, CancellationToken.None);

        Assert.Same(requestContext, seenContext);
    }
}
