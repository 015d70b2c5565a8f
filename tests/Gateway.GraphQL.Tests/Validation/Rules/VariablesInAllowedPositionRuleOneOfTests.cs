using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>
/// Spec 5.8.5 for fields of a OneOf input object in a non-null position, which graphql-js 16 does not
/// check (it looks only at a nullable OneOf parent type); held to the spec, as the interop corpus is.
/// </summary>
public sealed class VariablesInAllowedPositionRuleOneOfTests
{
    private static readonly Schema LookupSchema = BuildLookupSchema();

    [Fact]
    public void Nullable_variable_in_a_field_of_a_non_null_OneOf_argument_is_reported()
    {
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            "query Q($id: ID) { find(lookup: { id: $id }) }",
            LookupSchema,
            ValidationAssert.Error("Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"Lookup\".", (1, 9), (1, 39)));
    }

    [Fact]
    public void Nullable_variable_in_a_OneOf_field_of_a_fragment_defined_later_is_reported()
    {
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Q($name: String) { ...Find }
            fragment Find on Query { find(lookup: { name: $name }) }
            """,
            LookupSchema,
            ValidationAssert.Error("Variable \"$name\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"Lookup\".", (1, 9), (2, 47)));
    }

    [Fact]
    public void Non_null_variable_in_a_OneOf_field_is_valid()
    {
        ValidationAssert.Valid<VariablesInAllowedPositionRule>("query Q($id: ID!) { find(lookup: { id: $id }) }", LookupSchema);
    }

    [Fact]
    public void Nullable_variable_for_the_whole_OneOf_argument_is_only_checked_for_nullability_of_the_position()
    {
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            "query Q($lookup: Lookup) { find(lookup: $lookup) }",
            LookupSchema,
            ValidationAssert.Error("Variable \"$lookup\" of type \"Lookup\" used in position expecting type \"Lookup!\".", (1, 9), (1, 41)));
    }

    private static Schema BuildLookupSchema() => SchemaBuilder.FromSdl(
        """
        input Lookup @oneOf { id: ID, name: String }
        type Query { find(lookup: Lookup!): String }
        """);
}
