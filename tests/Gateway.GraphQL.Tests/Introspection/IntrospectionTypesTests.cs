using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Introspection;

public sealed class IntrospectionTypesTests
{
    /// <summary>The type system of Spec 4.2.1 Introspection Schema (September 2025), field for field.</summary>
    private const string SpecShape = """
        __Schema { description: String, types: [__Type!]!, queryType: __Type!, mutationType: __Type, subscriptionType: __Type, directives: [__Directive!]! }
        __Type { kind: __TypeKind!, name: String, description: String, specifiedByURL: String, fields(includeDeprecated: Boolean! = false): [__Field!], interfaces: [__Type!], possibleTypes: [__Type!], enumValues(includeDeprecated: Boolean! = false): [__EnumValue!], inputFields(includeDeprecated: Boolean! = false): [__InputValue!], ofType: __Type, isOneOf: Boolean }
        __TypeKind { SCALAR, OBJECT, INTERFACE, UNION, ENUM, INPUT_OBJECT, LIST, NON_NULL }
        __Field { name: String!, description: String, args(includeDeprecated: Boolean! = false): [__InputValue!]!, type: __Type!, isDeprecated: Boolean!, deprecationReason: String }
        __InputValue { name: String!, description: String, type: __Type!, defaultValue: String, isDeprecated: Boolean!, deprecationReason: String }
        __EnumValue { name: String!, description: String, isDeprecated: Boolean!, deprecationReason: String }
        __Directive { name: String!, description: String, isRepeatable: Boolean!, locations: [__DirectiveLocation!]!, args(includeDeprecated: Boolean! = false): [__InputValue!]! }
        __DirectiveLocation { QUERY, MUTATION, SUBSCRIPTION, FIELD, FRAGMENT_DEFINITION, FRAGMENT_SPREAD, INLINE_FRAGMENT, VARIABLE_DEFINITION, SCHEMA, SCALAR, OBJECT, FIELD_DEFINITION, ARGUMENT_DEFINITION, INTERFACE, UNION, ENUM, ENUM_VALUE, INPUT_OBJECT, INPUT_FIELD_DEFINITION }
        """;

    [Fact]
    public void Introspection_types_have_the_shape_the_spec_defines()
    {
        var lines = IntrospectionTypes.All.Select(Shape);

        Assert.Equal(SpecShape.ReplaceLineEndings("\n"), string.Join("\n", lines));
    }

    [Fact]
    public void Every_introspection_field_has_a_resolver()
    {
        var missing = IntrospectionTypes.All.OfType<ObjectType>()
            .SelectMany(type => type.Fields.Values)
            .Where(field => field.Resolver is null)
            .Select(field => field.Coordinate);

        Assert.Empty(missing);
    }

    [Fact]
    public void Introspection_types_carry_the_graphql_js_descriptions()
    {
        Assert.StartsWith("A GraphQL Schema defines the capabilities of a GraphQL server.", IntrospectionTypes.Schema.Description);
        Assert.Equal("A list of all types supported by this server.", IntrospectionTypes.Schema.Fields["types"].Description);
        Assert.Equal("Location adjacent to an inline fragment.", IntrospectionTypes.DirectiveLocation.Values["INLINE_FRAGMENT"].Description);
        Assert.Equal(
            "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.",
            IntrospectionTypes.TypeKind.Values["INTERFACE"].Description);
    }

    [Fact]
    public void Introspection_types_are_recognised_as_such()
    {
        Assert.All(IntrospectionTypes.All, type => Assert.True(type.IsIntrospectionType));
    }

    private static string Shape(NamedType type) => type switch
    {
        ObjectType obj => $"{obj.Name} {{ {string.Join(", ", obj.Fields.Values.Select(FieldShape))} }}",
        EnumType enumType => $"{enumType.Name} {{ {string.Join(", ", enumType.Values.Keys)} }}",
        _ => type.Name,
    };

    private static string FieldShape(FieldDefinition field)
    {
        var arguments = field.Arguments.Count == 0
            ? string.Empty
            : $"({string.Join(", ", field.Arguments.Values.Select(a => $"{a.Name}: {a.Type}{(a.DefaultValue is null ? string.Empty : " = " + DefaultOf(a))}"))})";
        return $"{field.Name}{arguments}: {field.Type}";
    }

    private static string DefaultOf(InputValueDefinition argument) =>
        argument.DefaultValue is Gateway.GraphQL.Language.BooleanValueNode b ? (b.Value ? "true" : "false") : "?";
}
