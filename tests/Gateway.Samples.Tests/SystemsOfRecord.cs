using Microsoft.Data.Sqlite;

namespace Gateway.Samples.Tests;

/// <summary>The test's own way into a generated system of record: plain SQL over a read-only connection.</summary>
public sealed class SystemsOfRecord(string dataDirectory)
{
    static SystemsOfRecord() => SQLitePCL.Batteries_V2.Init();

    /// <summary>The rows of <paramref name="sql"/> in <paramref name="file"/>, each as its column values.</summary>
    public List<object?[]> Query(string file, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, file), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<object?[]>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The single value of <paramref name="sql"/>.</summary>
    public object? Scalar(string file, string sql, params (string Name, object Value)[] parameters) => Query(file, sql, parameters)[0][0];
}
