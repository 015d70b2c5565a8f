namespace Gateway.Federation.Execution;

/// <summary>Copies a JSON-shaped value so two places in the response tree never share a mutable object.</summary>
internal static class DeepCopy
{
    public static Dictionary<string, object?> Of(Dictionary<string, object?> source)
    {
        var copy = new Dictionary<string, object?>(source.Count, StringComparer.Ordinal);
        foreach (var (key, value) in source)
        {
            copy[key] = Value(value);
        }

        return copy;
    }

    public static object? Value(object? value) => value switch
    {
        Dictionary<string, object?> map => Of(map),
        List<object?> list => list.ConvertAll(Value),
        _ => value,
    };
}
