using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Introspection;

/// <summary>
/// The introspection types of Spec 4.2, shared by every schema; resolvers read the schema from the
/// field context. Placeholder: fields and resolvers are added with the introspection implementation.
/// </summary>
public static class IntrospectionTypes
{
    public static ObjectType Schema { get; } = new("__Schema");

    public static ObjectType Type { get; } = new("__Type");

    public static IReadOnlyList<NamedType> All { get; } = [Schema, Type];
}
