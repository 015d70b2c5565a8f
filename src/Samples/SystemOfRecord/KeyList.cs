using Microsoft.Data.Sqlite;

namespace Gateway.Samples.SystemOfRecord;

/// <summary>
/// The keys of one batch as the parameters of a SQL <c>IN (...)</c> list, so a batch of entities or of
/// nested lists is read with one query. The sample ids are integers served as GraphQL <c>ID</c> strings;
/// an id that is not an integer names no row and is left out.
/// </summary>
public static class KeyList
{
    /// <summary>Adds one parameter per integer key to <paramref name="command"/> and answers the list text, <c>@k0, @k1</c>; "NULL" when none is an integer.</summary>
    public static string AddParameters(SqliteCommand command, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(keys);
        var text = new System.Text.StringBuilder(keys.Count * 6);
        for (var i = 0; i < keys.Count; i++)
        {
            if (!long.TryParse(keys[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            var name = "@k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, id);
            text.Append(text.Length == 0 ? "" : ", ").Append(name);
        }

        return text.Length == 0 ? "NULL" : text.ToString();
    }

    /// <summary>
    /// One entity per key, made by <paramref name="create"/>: how a domain resolves references to an entity
    /// another domain owns, which it knows by key alone (every key is valid; its own lists may be empty).
    /// </summary>
    public static IReadOnlyDictionary<string, object?> EntitiesOf(IReadOnlyList<string> keys, Func<string, object> create)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(create);
        var entities = new Dictionary<string, object?>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            entities[keys[i]] = create(keys[i]);
        }

        return entities;
    }

    /// <summary>The id as served: the integer's invariant text.</summary>
    public static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
