using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// An object in the response (Spec 6.3 resultMap): values in response-name order. The names are shared by
/// every object completed from the same collected fields, so each object costs one value array. So are the
/// masks of masked fields, when there are any: such a field keeps its value as completed, and every read
/// through the map answers the masked value, while the response writer lets the mask write it directly.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _names;
    private readonly object?[] _values;
    private readonly ResultValueMask?[]? _masks;

    internal ResultMap(string[] names, ResultValueMask?[]? masks = null)
    {
        _names = names;
        _values = names.Length == 0 ? [] : new object?[names.Length];
        _masks = masks;
    }

    public int Count => _names.Length;

    public IEnumerable<string> Keys => _names;

    public IEnumerable<object?> Values
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                yield return ValueAt(i);
            }
        }
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal string NameAt(int index) => _names[index];

    /// <summary>The value at <paramref name="index"/> as the client sees it (masked when its field is).</summary>
    internal object? ValueAt(int index) => MaskAt(index) is { } mask ? mask.Apply(_values[index]) : _values[index];

    /// <summary>The value at <paramref name="index"/> as completed, before its mask (<see cref="MaskAt"/>): for the response writer only.</summary>
    internal object? UnmaskedValueAt(int index) => _values[index];

    internal ResultValueMask? MaskAt(int index) => _masks?[index];

    internal void SetValue(int index, object? value) => _values[index] = value;

    public bool ContainsKey(string key) => Array.IndexOf(_names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_names, key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = ValueAt(index);
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_names[i], ValueAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
