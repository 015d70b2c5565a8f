using Gateway.Samples.SystemOfRecord;
using Microsoft.Data.Sqlite;

namespace Gateway.Samples.Registration;

/// <summary>Reads registered users from the registration system of record.</summary>
public sealed class UserDirectory(SystemOfRecordFile file)
{
    private const string Columns = "id, name, email, birth_date, country, sign_up_date, marketing_consent";

    private readonly RecordReader _records = new(file);

    /// <summary>The users with these ids, by id, in one query; unknown ids are absent.</summary>
    public ValueTask<IReadOnlyDictionary<string, object?>> FindAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        _records.ByKeyAsync($"SELECT {Columns} FROM users WHERE id IN ({RecordReader.Keys})", ids, Read, static user => user.Id, cancellationToken);

    /// <summary>A page of users in id order, optionally of one country.</summary>
    public ValueTask<IReadOnlyList<RegisteredUser>> ListAsync(Page page, string? country, CancellationToken cancellationToken) =>
        _records.PageAsync(
            country is null
                ? $"SELECT {Columns} FROM users ORDER BY id LIMIT @limit OFFSET @offset"
                : $"SELECT {Columns} FROM users WHERE country = @filter ORDER BY id LIMIT @limit OFFSET @offset",
            page,
            Read,
            cancellationToken,
            country);

    private static RegisteredUser Read(SqliteDataReader reader) => new(
        KeyList.Id(reader.GetInt64(0)),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetInt64(6) != 0);
}
