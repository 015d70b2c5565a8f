using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// A place where a variable is used: the variable node, the input type expected there (null when
/// unknown), and whether that location has a default value of its own (Spec 5.8.5 AreTypesCompatible).
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool LocationHasDefaultValue)
{
    /// <summary>
    /// The input type that contains the use (the context's <c>ParentInputType</c> at the variable), so a
    /// use as a field of a OneOf input object can be told apart (Spec 5.8.5, graphql-js usage.parentType).
    /// </summary>
    public GraphQLType? ParentType { get; init; }
}
