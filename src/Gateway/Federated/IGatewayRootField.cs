using Gateway.GraphQL.Types;

namespace Gateway.Federated;

/// <summary>
/// A root field the gateway answers itself, beside the federated API (the reserved <c>catalog</c>, which composition
/// keeps subgraphs from defining): it extends each served API schema with its field and resolvers, and operations
/// whose root fields are all this one run on the gateway instead of being planned.
/// </summary>
public interface IGatewayRootField
{
    /// <summary>The root field's name, on <c>Query</c> and <c>Mutation</c>.</summary>
    string Name { get; }

    /// <summary>The API schema with the field, its types and its resolvers added.</summary>
    Schema Extend(Schema apiSchema);
}
