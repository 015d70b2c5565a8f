using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// An object in the response (Spec 6.3 resultMap): values in response-name order. The names are shared by
/// every object completed from the same collected fields, so each object costs one value array.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _names;
    private readonly object?[] _values;

    internal ResultMap(string[] names)
    {
        _names = names;
        _values = names.Length == 0 ? [] : new object?[names.Length];
    }

    public int Count => _names.Length;

    public IEnumerable<string> Keys => _names;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal string NameAt(int index) => _names[index];

    internal object? ValueAt(int index) => _values[index];

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

        value = _values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
