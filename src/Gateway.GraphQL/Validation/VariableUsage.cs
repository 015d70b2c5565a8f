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
    /// When the variable is the value of an object field, the input object type of the enclosing object
    /// value (Spec 5.8.5 IsNonNullPosition: a field of a OneOf Input Object is a non-null position);
    /// null for any other location.
    /// </summary>
    public InputObjectType? ParentObjectType { get; init; }
}
