using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Gateway.Subgraph;

/// <summary>
/// One item of <c>_entities(representations:)</c>: the entity's <c>__typename</c> and the fields the
/// gateway sent, its key fields and the fields a <c>@requires</c> of this subgraph asked for, each coerced
/// by the type of the field of that name (an <c>ID</c> is a string, an enum value its internal value, a
/// nested key an object of coerced fields). Fields the type does not define pass through as JSON gave them.
/// It is also a dictionary of those fields, so an entity type with no reference resolver is resolved to
/// its representation and the default resolvers read the fields from it (what <c>@apollo/subgraph</c> does
/// without <c>__resolveReference</c>).
/// </summary>
public sealed class EntityRepresentation : IReadOnlyDictionary<string, object?>
{
    private readonly IReadOnlyDictionary<string, object?> _fields;

    internal EntityRepresentation(string typeName, int index, IReadOnlyDictionary<string, object?> fields)
    {
        TypeName = typeName;
        Index = index;
        _fields = fields;
    }

    /// <summary>The representation's <c>__typename</c>.</summary>
    public string TypeName { get; }

    /// <summary>Where the representation sits in the <c>representations</c> argument (and its entity in the <c>_entities</c> result).</summary>
    public int Index { get; }

    public int Count => _fields.Count;

    public IEnumerable<string> Keys => _fields.Keys;

    public IEnumerable<object?> Values => _fields.Values;

    public object? this[string key] => _fields[key];

    /// <summary>The field's coerced value, or <paramref name="fallback"/> when it is absent or of another CLR type.</summary>
    public T? Get<T>(string name, T? fallback = default) =>
        _fields.TryGetValue(name, out var value) && value is T typed ? typed : fallback;

    /// <summary>The field's coerced value; throws, naming the field, when the gateway did not send it.</summary>
    public T Require<T>(string name)
    {
        if (_fields.TryGetValue(name, out var value) && value is T typed)
        {
            return typed;
        }

        throw new InvalidOperationException(value is null
            ? $"The {TypeName} representation has no \"{name}\"; is it part of a @key or a @requires selection?"
            : $"The {TypeName} representation's \"{name}\" is a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _fields.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
