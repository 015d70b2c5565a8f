namespace Gateway.GraphQL.Execution;

/// <summary>
/// A position in the response (Spec 7.1.2 path): a linked list of response names and list indices,
/// turned into a list only when an error needs it.
/// </summary>
internal sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    /// <summary>A response name (string) or a list index (int).</summary>
    public object Key { get; } = key;

    public static IReadOnlyList<object> ToList(ResponsePath? parent, object key)
    {
        var depth = 1;
        for (var current = parent; current is not null; current = current.Parent)
        {
            depth++;
        }

        var keys = new object[depth];
        keys[--depth] = key;
        for (var current = parent; current is not null; current = current.Parent)
        {
            keys[--depth] = current.Key;
        }

        return keys;
    }
}
