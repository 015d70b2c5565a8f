namespace Gateway.Security.Policies;

/// <summary>Reads a client's approved, unexpired grants (kept in the catalog store).</summary>
public interface IAccessGrantReader
{
    Task<IReadOnlyList<ActiveGrant>> ListActiveGrantsAsync(string clientId, DateTimeOffset now, CancellationToken cancellationToken);
}
