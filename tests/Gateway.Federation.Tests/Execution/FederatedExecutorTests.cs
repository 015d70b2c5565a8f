using System.Text.Json;
using Gateway.Federation.Execution;
using Gateway.Federation.Planning;
using Gateway.Federation.Transport;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using static Gateway.Federation.Tests.Execution.ShopSubgraphs;

namespace Gateway.Federation.Tests.Execution;

public sealed class FederatedExecutorTests : IAsyncLifetime
{

    private TestSubgraph _products = null!;
    private TestSubgraph _reviews = null!;

    public async Task InitializeAsync()
    {
        _products = await StartProductsAsync();
        _reviews = await StartReviewsAsync();
    }

    public async Task DisposeAsync()
    {
        await _products.DisposeAsync();
        await _reviews.DisposeAsync();
    }

    private Gateway.Federation.Supergraphs.Supergraph Shop => Supergraph(_products.Url, _reviews.Url);

    private static SequenceNode ProductsThenReviews(string reviewsSelection) => new(
    [
        Fetch("products", "{topProducts{__typename upc name}}"),
        new FlattenNode(["topProducts", "@"], EntityFetch(
            "reviews",
            "{... on Product{__typename upc}}",
            "query($representations:[_Any!]!){_entities(representations:$representations){...on Product{" + reviewsSelection + "}}}")),
    ]);

    [Fact]
    public async Task Root_fetch_answers_with_aliases_and_typename_and_without_fields_the_client_did_not_ask_for()
    {
        var json = await RunAsync(Shop, Fetch("products", "{items:topProducts{__typename title:name}}"), "{ __typename items: topProducts { title: name __typename } }");

        Assert.Equal(
            """{"data":{"__typename":"Query","items":[{"title":"Table","__typename":"Product"},{"title":"Couch","__typename":"Product"},{"title":"Table","__typename":"Product"}]}}""",
            json);
    }

    [Fact]
    public async Task Parallel_root_fetches_merge_into_one_response_in_the_operation_order()
    {
        var plan = new ParallelNode(
        [
            Fetch("products", "{topProducts{name}}"),
            Fetch("reviews", "{latestReviews{id}}"),
        ]);

        var json = await RunAsync(Shop, plan, "{ latestReviews { id } topProducts { name } }");

        Assert.Equal("""{"data":{"latestReviews":[{"id":"r1"},{"id":"r2"}],"topProducts":[{"name":"Table"},{"name":"Couch"},{"name":"Table"}]}}""", json);
    }

    [Fact]
    public async Task Flatten_through_a_list_sends_one_entities_request_with_deduplicated_representations()
    {
        var json = await RunAsync(Shop, ProductsThenReviews("rating"), "{ topProducts { name rating } }");

        Assert.Equal("""{"data":{"topProducts":[{"name":"Table","rating":5},{"name":"Couch","rating":3},{"name":"Table","rating":5}]}}""", json);
        var request = Assert.Single(_reviews.Requests);
        var representations = Assert.IsType<List<object?>>(request.Variables!["representations"]);
        Assert.Equal(["1", "2"], representations.Select(r => ((Dictionary<string, object?>)r!)["upc"]));
        Assert.All(representations, r => Assert.Equal("Product", ((Dictionary<string, object?>)r!)["__typename"]));
    }

    [Fact]
    public async Task Nested_flatten_fetches_entities_found_inside_list_elements()
    {
        var plan = new SequenceNode(
        [
            Fetch("reviews", "{latestReviews{body product{__typename upc}}}"),
            new FlattenNode(["latestReviews", "@", "product"], EntityFetch(
                "products",
                "{... on Product{__typename upc}}",
                "query($representations:[_Any!]!){_entities(representations:$representations){...on Product{name}}}")),
        ]);

        var json = await RunAsync(Shop, plan, "{ latestReviews { body product { name } } }");

        Assert.Equal("""{"data":{"latestReviews":[{"body":"Sturdy","product":{"name":"Table"}},{"body":"Soft","product":{"name":"Couch"}}]}}""", json);
    }

    [Fact]
    public async Task Entity_errors_are_repathed_to_the_client_response_path()
    {
        var json = await RunAsync(Shop, ProductsThenReviews("reviews{body}"), "{ topProducts { name reviews { body } } }");

        Assert.Equal(
            """{"errors":[{"message":"Reviews of product 2 are unavailable.","path":["topProducts",1,"reviews"],"extensions":{"code":"DOWNSTREAM_SERVICE_ERROR","serviceName":"reviews"}}],"data":{"topProducts":[{"name":"Table","reviews":[{"body":"Nice 1"}]},{"name":"Couch","reviews":null},{"name":"Table","reviews":[{"body":"Nice 1"}]}]}}""",
            json);
    }

    [Theory]
    [InlineData(SubgraphBehavior.Status500, SubgraphErrorCodes.BadStatus)]
    [InlineData(SubgraphBehavior.InvalidJson, SubgraphErrorCodes.InvalidResponse)]
    [InlineData(SubgraphBehavior.Hang, SubgraphErrorCodes.Timeout)]
    public async Task A_failed_entity_fetch_nulls_only_the_fields_it_owns(SubgraphBehavior behavior, string code)
    {
        await using var reviews = await StartReviewsAsync(behavior);
        // Long enough for the healthy products subgraph on a loaded machine; the hanging one never answers.
        var transport = new SubgraphTransportOptions { RequestTimeout = TimeSpan.FromSeconds(2) };

        var json = await RunAsync(Supergraph(_products.Url, reviews.Url), ProductsThenReviews("reviews{body}"), "{ topProducts { name reviews { body } } }", transport: transport);

        Assert.StartsWith("""{"errors":[{"message":"The subgraph \"reviews\" """, json);
        Assert.EndsWith(
            $$$"""
            "extensions":{"code":"{{{code}}}","serviceName":"reviews"}}],"data":{"topProducts":[{"name":"Table","reviews":null},{"name":"Couch","reviews":null},{"name":"Table","reviews":null}]}}
            """,
            json);
    }

    [Fact]
    public async Task An_unreachable_subgraph_is_reported_by_name_and_its_root_fields_are_null()
    {
        var supergraph = Supergraph(_products.Url, TestSubgraph.UnreachableUrl());
        var plan = new ParallelNode([Fetch("products", "{topProducts{name}}"), Fetch("reviews", "{latestReviews{id}}")]);

        var json = await RunAsync(supergraph, plan, "{ topProducts { name } latestReviews { id } }");

        // latestReviews is non-null, so its null reaches the root (Spec 6.4.4): data is null.
        Assert.StartsWith("""{"errors":[{"message":"The subgraph \"reviews\" could not be reached""", json);
        Assert.EndsWith("""extensions":{"code":"SUBGRAPH_UNREACHABLE","serviceName":"reviews"}}],"data":null}""", json);
    }

    [Fact]
    public async Task A_non_null_field_left_null_by_a_failed_fetch_nulls_the_nearest_nullable_parent()
    {
        await using var reviews = await StartReviewsAsync(SubgraphBehavior.Status500);
        var plan = new SequenceNode(
        [
            Fetch("products", "{product(upc:\"1\"){__typename upc name}}"),
            new FlattenNode(["product"], EntityFetch(
                "reviews", "{... on Product{__typename upc}}",
                "query($representations:[_Any!]!){_entities(representations:$representations){...on Product{rating}}}")),
        ]);

        var json = await RunAsync(Supergraph(_products.Url, reviews.Url), plan, "{ product(upc: \"1\") { name rating } }");

        // Product.rating is Int!: the product becomes null; the fetch error is the only error, as in Apollo Gateway.
        Assert.EndsWith("""extensions":{"code":"SUBGRAPH_BAD_STATUS","serviceName":"reviews"}}],"data":{"product":null}}""", json);
    }

    [Fact]
    public async Task Value_completion_errors_are_reported_on_request_when_no_fetch_failed()
    {
        var plan = Fetch("products", "{product(upc:\"1\"){name}}");
        var options = new FederatedExecutionOptions { ReportValueCompletionErrors = true };

        // Product.rating (Int!) is never fetched by this plan: shaping finds it missing.
        var json = await RunAsync(Shop, plan, "{ product(upc: \"1\") { name rating } }", options: options);

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Product.rating.","path":["product","rating"]}],"data":{"product":null}}""",
            json);
    }

    [Fact]
    public async Task Variables_are_forwarded_and_conditions_pick_their_branch()
    {
        var plan = new SequenceNode(
        [
            Fetch("products", "query($upc:String!){product(upc:$upc){__typename upc name}}", "upc"),
            new ConditionNode("withRating", new FlattenNode(["product"], EntityFetch(
                "reviews", "{... on Product{__typename upc}}",
                "query($representations:[_Any!]!){_entities(representations:$representations){...on Product{rating}}}")), null),
        ]);
        const string query = "query($upc: String!, $withRating: Boolean = false) { product(upc: $upc) { name rating @include(if: $withRating) } }";

        var without = await RunAsync(Shop, plan, query, new Dictionary<string, object?> { ["upc"] = "2" });
        var with = await RunAsync(Shop, plan, query, new Dictionary<string, object?> { ["upc"] = "2", ["withRating"] = true });

        Assert.Equal("""{"data":{"product":{"name":"Couch"}}}""", without);
        Assert.Equal("""{"data":{"product":{"name":"Couch","rating":3}}}""", with);
        Assert.Single(_reviews.Requests);
        Assert.All(_products.Requests, request => Assert.Equal("2", request.Variables!["upc"]));
    }

    [Fact]
    public async Task Invalid_variables_are_request_errors_and_no_subgraph_is_called()
    {
        var json = await RunAsync(Shop, Fetch("products", "query($upc:String!){product(upc:$upc){name}}", "upc"), "query($upc: String!) { product(upc: $upc) { name } }");

        Assert.Equal("""{"errors":[{"message":"Variable \"$upc\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":7}]}]}""", json);
        Assert.Empty(_products.Requests);
    }

    [Fact]
    public async Task The_access_policy_masks_and_denies_fields_by_coordinate()
    {
        var policy = new CoordinatePolicy(new Dictionary<string, FieldAccessDecision>
        {
            ["Product.name"] = FieldAccessDecision.MaskWith(value => value is string text ? text[..1] + "***" : value),
            ["Product.secret"] = FieldAccessDecision.Deny("FORBIDDEN_FIELD", "Product.secret is not in your contract."),
        });

        var json = await RunAsync(Shop, Fetch("products", "{product(upc:\"2\"){name secret price}}"), "{ product(upc: \"2\") { name secret price } }", policy: policy);

        Assert.Equal(
            """{"errors":[{"message":"Product.secret is not in your contract.","path":["product","secret"],"extensions":{"code":"FORBIDDEN_FIELD"}}],"data":{"product":{"name":"C***","secret":null,"price":200}}}""",
            json);
    }

    [Fact]
    public async Task A_denied_non_null_field_propagates_null_to_its_parent()
    {
        var policy = new CoordinatePolicy(new Dictionary<string, FieldAccessDecision>
        {
            ["Product.upc"] = FieldAccessDecision.Deny("FORBIDDEN_FIELD", "No."),
        });

        var json = await RunAsync(Shop, Fetch("products", "{product(upc:\"2\"){upc name}}"), "{ product(upc: \"2\") { upc name } }", policy: policy);

        Assert.Equal("""{"errors":[{"message":"No.","path":["product","upc"],"extensions":{"code":"FORBIDDEN_FIELD"}}],"data":{"product":null}}""", json);
    }

    [Theory]
    [InlineData(false, 7)]
    [InlineData(true, 3)]
    public async Task A_policy_deciding_by_coordinate_is_asked_once_per_field_of_the_operation(bool byCoordinate, int expectedCalls)
    {
        // Query.topProducts, then name and price of three products.
        var policy = new CountingPolicy(byCoordinate);

        var json = await RunAsync(Shop, Fetch("products", "{topProducts{name price}}"), "{ topProducts { name price } }", policy: policy);

        Assert.Equal(expectedCalls, policy.Calls);
        Assert.Contains("\"name\":\"T***\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_mask_stays_beside_the_value_and_answers_every_read_and_the_written_response()
    {
        var mask = new InitialOnlyMask();
        var policy = new CoordinatePolicy(new Dictionary<string, FieldAccessDecision> { ["Product.name"] = FieldAccessDecision.MaskWith(mask) }, byCoordinate: true);
        using var clients = new SubgraphClientPool(Shop);

        var result = await new FederatedExecutor(clients).ExecuteAsync(
            Shop, new QueryPlan(Fetch("products", "{topProducts{name price}}")), Parser.Parse("{ topProducts { name price } }"), null, null, policy, CancellationToken.None);

        var products = Assert.IsType<object?[]>(((IReadOnlyDictionary<string, object?>)result.Data!)["topProducts"]);
        foreach (var product in products)
        {
            var fields = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(product);
            var name = Assert.IsType<string>(fields["name"]);
            Assert.EndsWith("***", name, StringComparison.Ordinal);
            Assert.Equal(name, fields.Single(field => field.Key == "name").Value);
            Assert.Contains(name, fields.Values);
        }

        Assert.Equal(0, mask.Writes);
        Assert.Contains("\"name\":\"T***\"", result.ToJson(), StringComparison.Ordinal);
        Assert.Equal(products.Length, mask.Writes);
    }

    [Fact]
    public async Task A_subgraph_error_under_a_restricted_field_loses_its_message()
    {
        // Product 2's reviews fail with "Reviews of product 2 are unavailable."
        var policy = new CoordinatePolicy(new Dictionary<string, FieldAccessDecision>
        {
            ["Product.reviews"] = FieldAccessDecision.MaskWith(_ => null),
        });
        const string Operation = "{ topProducts { name reviews { body } } }";

        var withheld = await RunAsync(Shop, ProductsThenReviews("reviews{body}"), Operation, policy: policy);
        var open = await RunAsync(Shop, ProductsThenReviews("reviews{body}"), Operation);

        Assert.Contains("its message is withheld", withheld, StringComparison.Ordinal);
        Assert.DoesNotContain("unavailable", withheld, StringComparison.Ordinal);
        Assert.Contains("Reviews of product 2 are unavailable.", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_at_the_root_is_answered_from_the_api_schema()
    {
        var json = await RunAsync(Shop, Fetch("products", "{product(upc:\"1\"){name}}"), "{ __type(name: \"Product\") { name } product(upc: \"1\") { name } }");

        Assert.Equal("""{"data":{"__type":{"name":"Product"},"product":{"name":"Table"}}}""", json);
    }

    [Fact]
    public async Task A_response_over_the_field_limit_is_refused_with_one_error()
    {
        var options = new FederatedExecutionOptions { MaxResponseFields = 4 };

        var json = await RunAsync(Shop, Fetch("products", "{topProducts{name price}}"), "{ topProducts { name price } }", options: options);

        Assert.StartsWith("""{"errors":[{"message":"The response would hold more than 4 fields""", json);
        Assert.EndsWith("""extensions":{"code":"RESPONSE_TOO_LARGE"}}],"data":null}""", json);
    }

    private sealed class CountingPolicy(bool byCoordinate) : IFieldAccessPolicy
    {
        public int Calls { get; private set; }

        public bool AllowsEverything => false;

        public bool DecidesByCoordinate => byCoordinate;

        public FieldAccessDecision Decide(in FieldAccessContext field)
        {
            Calls++;
            return field.Coordinate == "Product.name" ? FieldAccessDecision.MaskWith(value => ((string)value!)[..1] + "***") : FieldAccessDecision.Allow;
        }
    }

    private sealed class CoordinatePolicy(Dictionary<string, FieldAccessDecision> decisions, bool byCoordinate = false) : IFieldAccessPolicy
    {
        public bool AllowsEverything => false;

        public bool DecidesByCoordinate => byCoordinate;

        public FieldAccessDecision Decide(in FieldAccessContext field) =>
            decisions.GetValueOrDefault(field.Coordinate) ?? FieldAccessDecision.Allow;
    }

    /// <summary>Keeps a text's first character; counts the values it writes itself.</summary>
    private sealed class InitialOnlyMask : ResultValueMask
    {
        public int Writes { get; private set; }

        public override object? Apply(object? value) => value is string text ? text[..1] + "***" : value;

        public override void Write(Utf8JsonWriter writer, object? value)
        {
            Writes++;
            base.Write(writer, value);
        }
    }
}
