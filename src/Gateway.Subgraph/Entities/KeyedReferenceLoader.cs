using Gateway.GraphQL.Execution;

namespace Gateway.Subgraph.Entities;

/// <summary>Loads entities of one type by one key field; see <see cref="KeyedReferenceResolver"/>.</summary>
internal abstract class KeyedReferenceLoader(string typeName, string keyField)
{
    public string TypeName { get; } = typeName;

    public string KeyField { get; } = keyField;

    /// <summary>Fills <paramref name="entities"/> at <paramref name="positions"/> (representations that have the key field).</summary>
    public abstract ValueTask LoadAsync(IReadOnlyList<EntityRepresentation> representations, List<int> positions, object?[] entities, FieldContext context);
}
