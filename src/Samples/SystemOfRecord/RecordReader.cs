using Microsoft.Data.Sqlite;

namespace Gateway.Samples.SystemOfRecord;

/// <summary>
/// The three shapes in which the sample subgraphs read their systems of record, each one SQL query on a
/// pooled read-only connection: a page of rows, the rows of a batch of keys (an entity batch), and the
/// rows of a batch of keys grouped by key (a data loader batch of nested lists).
/// </summary>
public sealed class RecordReader(SystemOfRecordFile file)
{
    /// <summary>The text in a query that stands for the batch's keys: <c>WHERE id IN ({keys})</c>.</summary>
    public const string Keys = "{keys}";

    /// <summary>The rows of <paramref name="sql"/>, whose <c>@limit</c> and <c>@offset</c> are the page's; <c>@filter</c> is <paramref name="filter"/> when given.</summary>
    public async ValueTask<IReadOnlyList<T>> PageAsync<T>(string sql, Page page, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, string? filter = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddPage(command, page);
        if (filter is not null)
        {
            command.Parameters.AddWithValue("@filter", filter);
        }

        var rows = new List<T>(page.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The rows of <paramref name="sql"/> for <paramref name="keys"/> (in place of <see cref="Keys"/>), by the key <paramref name="keyOf"/> gives; keys with no row are absent.</summary>
    public async ValueTask<IReadOnlyDictionary<string, object?>> ByKeyAsync<T>(string sql, IReadOnlyList<string> keys, Func<SqliteDataReader, T> read, Func<T, string> keyOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(keyOf);
        var found = new Dictionary<string, object?>(keys.Count, StringComparer.Ordinal);
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Replace(Keys, KeyList.AddParameters(command, keys), StringComparison.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = read(reader);
            found[keyOf(row)] = row;
        }

        return found;
    }

    /// <summary>
    /// The rows of <paramref name="sql"/> for <paramref name="keys"/> (in place of <see cref="Keys"/>), grouped by
    /// the key <paramref name="keyOf"/> gives, in the query's order; every key has a list, empty when it has no rows.
    /// <c>@limit</c> and <c>@offset</c> are <paramref name="page"/>'s, for a query that pages within each key.
    /// </summary>
    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<T>>> GroupedByKeyAsync<T>(string sql, IReadOnlyList<string> keys, Page page, Func<SqliteDataReader, T> read, Func<T, string> keyOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(keyOf);
        var groups = new Dictionary<string, List<T>>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            groups[keys[i]] = [];
        }

        await using (var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sql.Replace(Keys, KeyList.AddParameters(command, keys), StringComparison.Ordinal);
            AddPage(command, page);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = read(reader);
                if (groups.TryGetValue(keyOf(row), out var group))
                {
                    group.Add(row);
                }
            }
        }

        var result = new Dictionary<string, IReadOnlyList<T>>(groups.Count, StringComparer.Ordinal);
        foreach (var (key, group) in groups)
        {
            result[key] = group;
        }

        return result;
    }

    private static void AddPage(SqliteCommand command, Page page)
    {
        command.Parameters.AddWithValue("@limit", page.Limit);
        command.Parameters.AddWithValue("@offset", page.Offset);
    }
}
