using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaValidatorTests
{
    [Fact]
    public void A_valid_schema_has_no_errors()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }", new SchemaBuildOptions { AssumeValid = true });
        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void Validates_schemas_made_in_code_without_locations()
    {
        var query = new ObjectType("Query");
        var node = new InterfaceType("Node");
        node.AddField(new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
        query.Interfaces.Add(node);
        query.AddField(new FieldDefinition("id", BuiltInScalars.ID));
        var input = new InputObjectType("In");
        input.AddField(new InputValueDefinition("self", new NonNullType(input)));
        query.AddField(new FieldDefinition("f", input));

        var errors = SchemaValidator.Validate(new Schema([query, node, input], BuiltInDirectives.All, query));

        Assert.Equal(
            [
                "The type of Query.f must be Output Type but got: In.",
                "Interface field Node.id expects type ID! but Query.id is type ID.",
                "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".",
            ],
            errors.Select(error => error.Message));
        Assert.All(errors, error => Assert.Empty(error.Locations));
    }

    [Fact]
    public void A_schema_without_a_query_type_is_reported_at_its_schema_definition()
    {
        var schema = SchemaBuilder.FromSdl(
            "schema { mutation: M }\ntype M { a: Int }",
            new SchemaBuildOptions { AssumeValid = true });

        var error = Assert.Single(SchemaValidator.Validate(schema));
        Assert.Equal("Query root type must be provided.", error.Message);
        Assert.Equal((1, 1), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void Reuses_a_custom_scalar_instance_across_builds()
    {
        var date = new ScalarType("Date");
        var options = new SchemaBuildOptions().AddScalar(date);
        SchemaBuilder.FromSdl("type Query { d: Date } scalar Date @specifiedBy(url: \"https://a\")", options);
        var second = SchemaBuilder.FromSdl("type Query { d: Date } scalar Date @specifiedBy(url: \"https://b\")", options);

        Assert.Same(date, second.GetType("Date"));
        Assert.Equal("https://b", date.SpecifiedByUrl);
        Assert.Single(date.Directives);
    }

    [Fact]
    public void Reports_two_types_with_one_name()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", new ObjectType("Thing")));
        var other = new ObjectType("Thing");
        other.AddField(new FieldDefinition("b", BuiltInScalars.Int));
        ((ObjectType)query.Fields["a"].Type).AddField(new FieldDefinition("c", BuiltInScalars.Int));
        query.AddField(new FieldDefinition("d", other));

        var error = Assert.Single(SchemaValidator.Validate(new Schema([query], BuiltInDirectives.All, query)));

        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Thing\".", error.Message);
    }
}
