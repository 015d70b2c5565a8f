using Gateway.Samples.SystemOfRecord;
using Microsoft.Data.Sqlite;

namespace Gateway.Samples.Registration;

/// <summary>Reads registered users from the registration system of record.</summary>
public sealed class UserDirectory(SystemOfRecordFile file)
{
    private const string Columns = "id, name, email, birth_date, country, sign_up_date, marketing_consent";

    /// <summary>The users with these ids, by id, in one query; unknown ids are absent.</summary>
    public async ValueTask<IReadOnlyDictionary<string, object?>> FindAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM users WHERE id IN ({KeyList.AddParameters(command, ids)})";
        var users = new Dictionary<string, object?>(ids.Count, StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var user = Read(reader);
            users[user.Id] = user;
        }

        return users;
    }

    /// <summary>A page of users in id order, optionally of one country.</summary>
    public async ValueTask<IReadOnlyList<RegisteredUser>> ListAsync(Page page, string? country, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = country is null
            ? $"SELECT {Columns} FROM users ORDER BY id LIMIT @limit OFFSET @offset"
            : $"SELECT {Columns} FROM users WHERE country = @country ORDER BY id LIMIT @limit OFFSET @offset";
        command.Parameters.AddWithValue("@limit", page.Limit);
        command.Parameters.AddWithValue("@offset", page.Offset);
        if (country is not null)
        {
            command.Parameters.AddWithValue("@country", country);
        }

        var users = new List<RegisteredUser>(page.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(Read(reader));
        }

        return users;
    }

    private static RegisteredUser Read(SqliteDataReader reader) => new(
        KeyList.Id(reader.GetInt64(0)),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetInt64(6) != 0);
}
