using Gateway.GraphQL.Execution;

namespace Gateway.Subgraph.Entities;

/// <summary>
/// A <see cref="KeyedReferenceLoader"/> with a typed key: the distinct keys go to the load function in one
/// call, in first-seen order, and each representation gets the entity found for its key (null if none).
/// </summary>
internal sealed class KeyedReferenceLoaderOf<TKey>(
    string typeName,
    string keyField,
    Func<IReadOnlyList<TKey>, FieldContext, ValueTask<IReadOnlyDictionary<TKey, object?>>> load)
    : KeyedReferenceLoader(typeName, keyField)
    where TKey : notnull
{
    public override async ValueTask LoadAsync(IReadOnlyList<EntityRepresentation> representations, List<int> positions, object?[] entities, FieldContext context)
    {
        var keys = new List<TKey>(positions.Count);
        var distinct = new HashSet<TKey>();
        foreach (var position in positions)
        {
            var value = representations[position][KeyField];
            if (value is TKey key)
            {
                if (distinct.Add(key))
                {
                    keys.Add(key);
                }
            }
            else
            {
                entities[position] = new InvalidOperationException(
                    $"The {TypeName} representation's \"{KeyField}\" is a {value!.GetType().Name}, not the {typeof(TKey).Name} its reference resolver loads by.");
            }
        }

        if (keys.Count == 0)
        {
            return;
        }

        var found = await load(keys, context).ConfigureAwait(false);
        foreach (var position in positions)
        {
            if (representations[position][KeyField] is TKey key)
            {
                entities[position] = found.GetValueOrDefault(key);
            }
        }
    }
}
