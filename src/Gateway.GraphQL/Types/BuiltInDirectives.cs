using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// The directives every schema has (Spec 3.13.1-3.13.5), with the descriptions graphql-js 16 gives them,
/// listed in graphql-js's <c>specifiedDirectives</c> order.
/// </summary>
public static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>Spec 3.13.2 @include.</summary>
    public static DirectiveDefinition Include { get; } = CreateConditional(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        "Included when true.");

    /// <summary>Spec 3.13.1 @skip.</summary>
    public static DirectiveDefinition Skip { get; } = CreateConditional(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        "Skipped when true.");

    /// <summary>
    /// Spec 3.13.3 @deprecated. The September 2025 edition makes <c>reason</c> non-null
    /// (<c>String!</c>); graphql-js 16 still declares it as <c>String</c>.
    /// </summary>
    public static DirectiveDefinition Deprecated { get; } = CreateDeprecated();

    /// <summary>Spec 3.13.4 @specifiedBy.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = CreateSpecifiedBy();

    /// <summary>Spec 3.13.5 @oneOf.</summary>
    public static DirectiveDefinition OneOf { get; } = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltInName(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    private static DirectiveDefinition CreateConditional(string name, string description, string argumentDescription)
    {
        var directive = new DirectiveDefinition(
            name,
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
        {
            Description = description,
        };
        directive.AddArgument(new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean))
        {
            Description = argumentDescription,
        });
        return directive;
    }

    private static DirectiveDefinition CreateDeprecated()
    {
        var directive = new DirectiveDefinition(
            "deprecated",
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue])
        {
            Description = "Marks an element of a GraphQL schema as no longer supported.",
        };
        directive.AddArgument(new InputValueDefinition("reason", new NonNullType(BuiltInScalars.String))
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = new StringValueNode(DefaultDeprecationReason, block: false),
        });
        return directive;
    }

    private static DirectiveDefinition CreateSpecifiedBy()
    {
        var directive = new DirectiveDefinition("specifiedBy", [DirectiveLocation.Scalar])
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.",
        };
        directive.AddArgument(new InputValueDefinition("url", new NonNullType(BuiltInScalars.String))
        {
            Description = "The URL that specifies the behavior of this scalar.",
        });
        return directive;
    }
}
