using Gateway.Federation.Composition;

namespace Gateway.Federation.Tests.Composition.Satisfiability;

/// <summary>
/// The satisfiability check through <see cref="SupergraphComposer"/>: what its errors carry besides the message
/// (which the differential tests compare with Apollo's word for word), and shapes it must accept.
/// </summary>
public sealed class SatisfiabilityCheckerTests
{
    private const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@provides\", \"@override\", \"@interfaceObject\"])\n";

    private static CompositionResult Compose(params (string Name, string Sdl)[] subgraphs) =>
        SupergraphComposer.Compose([.. subgraphs.Select(s => new SubgraphSource(s.Name, CompositionFixtures.UrlOf(s.Name), Link + s.Sdl))]);

    [Fact]
    public void An_unreachable_field_names_its_coordinate_the_subgraphs_tried_and_a_fix()
    {
        var result = Compose(
            ("a", "type Query { customer: Customer } type Customer @key(fields: \"id\") { id: ID! name: String }"),
            ("b", "type Query { vip: Customer } type Customer { id: ID! @shareable points: Int }"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(CompositionErrorCodes.SatisfiabilityError, error.Code);
        Assert.Equal(["Customer.points"], error.Coordinates);
        Assert.Equal(["a"], error.Subgraphs);
        Assert.StartsWith("The following supergraph API query:\n{\n  customer {\n    points\n  }\n}\n", error.Message);
        Assert.Contains("@key", error.Fix);
        Assert.False(result.Succeeded);
        Assert.Null(result.Supergraph);
    }

    [Fact]
    public void Every_subgraph_a_path_reaches_through_keys_is_listed_once_with_its_reasons()
    {
        var result = Compose(
            ("a", "type Query { parcel: Parcel } type Parcel @key(fields: \"id\") { id: ID! weight: Int @external postage: Int @requires(fields: \"weight\") }"),
            ("b", "type Parcel @key(fields: \"id\") { id: ID! }"),
            ("c", "type Parcel @key(fields: \"id\", resolvable: false) { id: ID! weight: Int }"));

        Assert.Equal(["Parcel.weight", "Parcel.postage"], result.Errors.Select(error => Assert.Single(error.Coordinates)));
        Assert.All(result.Errors, error => Assert.Equal(["a", "b"], error.Subgraphs));
        Assert.EndsWith(
            "- from subgraph \"a\": cannot satisfy @require conditions on field \"Parcel.postage\".\n- from subgraph \"b\": cannot find field \"Parcel.postage\".",
            result.Errors[1].Message);
    }

    [Fact]
    public void A_requirement_fetched_from_another_subgraph_through_a_key_is_met()
    {
        var result = Compose(
            ("a", "type Query { parcel: Parcel } type Parcel @key(fields: \"id\") { id: ID! weight: Int @external postage: Int @requires(fields: \"weight\") }"),
            ("b", "type Parcel @key(fields: \"id\") { id: ID! weight: Int }"));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
    }

    [Fact]
    public void Key_fields_the_subgraph_lacks_are_fetched_from_another_subgraph_first()
    {
        // a has the bundle's items but not their sku, which c's key needs: b gives it through Item's key.
        var result = Compose(
            ("a", "type Query { bundle: Bundle } type Bundle @key(fields: \"items { id }\") { items: [Item!]! } type Item @key(fields: \"id\") { id: ID! }"),
            ("b", "type Item @key(fields: \"id\") { id: ID! sku: String @shareable }"),
            ("c", "type Bundle @key(fields: \"items { id sku }\") { items: [Item!]! price: Int } type Item @key(fields: \"id sku\") { id: ID! sku: String }"));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
    }

    [Fact]
    public void Key_fields_no_subgraph_reached_can_give_leave_the_key_unusable()
    {
        var result = Compose(
            ("a", "type Query { bundle: Bundle } type Bundle @key(fields: \"items { id }\") { items: [Item!]! } type Item @key(fields: \"id\") { id: ID! }"),
            ("c", "type Bundle @key(fields: \"items { id sku }\") { items: [Item!]! price: Int } type Item @key(fields: \"id sku\") { id: ID! sku: String }"));

        Assert.Contains(result.Errors, error => error.Coordinates.SequenceEqual(["Bundle.price"])
            && error.Message.Contains("cannot move to subgraph \"c\" using @key(fields: \"items { id sku }\") of \"Bundle\", the key field(s) cannot be resolved from subgraph \"a\".", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_type_whose_fields_differ_is_an_error_on_each_path_that_misses_one()
    {
        var result = Compose(
            ("a", "type Query { featured: Price } type Price @shareable { amount: Int currency: String }"),
            ("b", "type Query { cheapest: Price } type Price @shareable { amount: Int discount: Int }"));

        // Apollo's order: the last root field's path is explored first.
        Assert.Equal(["Price.currency", "Price.discount"], result.Errors.Select(error => Assert.Single(error.Coordinates)));
        Assert.Equal([["b"], ["a"]], result.Errors.Select(error => error.Subgraphs));
    }

    [Fact]
    public void A_value_type_defined_alike_everywhere_is_satisfiable()
    {
        var result = Compose(
            ("a", "type Query { featured: Price } type Price @shareable { amount: Int currency: String }"),
            ("b", "type Query { cheapest: Price } type Price @shareable { amount: Int currency: String }"));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
    }

    [Fact]
    public void A_provided_external_field_is_resolved_on_the_providing_path_only()
    {
        var providedOnly = Compose(
            ("a", "type Query { latest: Order @provides(fields: \"buyer\") } type Order @key(fields: \"id\") { id: ID! buyer: String @external }"),
            ("b", "type Order @key(fields: \"id\", resolvable: false) { id: ID! buyer: String @shareable }"));
        var alsoUnprovided = Compose(
            ("a", "type Query { latest: Order @provides(fields: \"buyer\") all: [Order] } type Order @key(fields: \"id\") { id: ID! buyer: String @external }"),
            ("b", "type Order @key(fields: \"id\", resolvable: false) { id: ID! buyer: String @shareable }"));

        Assert.True(providedOnly.Succeeded, string.Join('\n', providedOnly.Errors));
        Assert.Equal(["Order.buyer"], Assert.Single(alsoUnprovided.Errors).Coordinates);
        Assert.Contains("  all {\n    buyer\n  }", alsoUnprovided.Errors[0].Message);
    }

    [Fact]
    public void A_field_an_interface_object_adds_is_reached_from_every_implementation()
    {
        var result = Compose(
            ("a", "type Query { library: [Item] } interface Item @key(fields: \"id\") { id: ID! } type Album implements Item @key(fields: \"id\") { id: ID! tracks: Int }"),
            ("b", "type Item @key(fields: \"id\") @interfaceObject { id: ID! rating: Float } type Query { topRated: [Item] }"));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
    }

    [Fact]
    public void An_interface_no_object_implements_is_not_explored()
    {
        var result = Compose(
            ("a", "type Query { node: Node } interface Node @key(fields: \"id\") { id: ID! }"),
            ("b", "type Node @key(fields: \"id\", resolvable: false) @interfaceObject { id: ID! label: String }"));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
    }

    [Fact]
    public void An_external_key_field_of_an_extension_is_resolvable_there()
    {
        var extension = Compose(
            ("a", "type Query { customer: Customer } extend type Customer @key(fields: \"id\") { id: ID! @external }"),
            ("b", "type Customer @key(fields: \"id\") { id: ID! email: String }"));
        var definition = Compose(
            ("a", "type Query { customer: Customer } type Customer @key(fields: \"id\") { id: ID! @external name: String }"),
            ("b", "type Customer @key(fields: \"id\") { id: ID! email: String }"));

        Assert.True(extension.Succeeded, string.Join('\n', extension.Errors));
        Assert.Equal(["Customer.id", "Customer.email"], definition.Errors.Select(error => Assert.Single(error.Coordinates)));
    }

    [Fact]
    public void A_field_overridden_into_a_subgraph_no_path_reaches_is_unsatisfiable()
    {
        var progressive = Compose(
            ("a", "type Query { stock: Stock } type Stock @key(fields: \"sku\") { sku: ID! quantity: Int }"),
            ("b", "type Stock @key(fields: \"sku\") { sku: ID! quantity: Int @override(from: \"a\") }"));
        var unreachable = Compose(
            ("a", "type Query { stock: Stock } type Stock @key(fields: \"sku\") { sku: ID! quantity: Int }"),
            ("b", "type Stock @key(fields: \"sku\", resolvable: false) { sku: ID! quantity: Int @override(from: \"a\") }"));

        Assert.True(progressive.Succeeded, string.Join('\n', progressive.Errors));
        Assert.Equal(["Stock.quantity"], Assert.Single(unreachable.Errors).Coordinates);
    }
}
