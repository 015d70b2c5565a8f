namespace Gateway.Http.Persisted;

/// <summary>
/// The <c>extensions.code</c> of each persisted-operation error. NOT_FOUND and NOT_SUPPORTED are the codes
/// Apollo clients look for to fall back to sending the full query, so they must stay as they are.
/// </summary>
public static class PersistedOperationCodes
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";

    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    public const string NotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";

    public const string UnsupportedVersion = "PERSISTED_QUERY_UNSUPPORTED_VERSION";

    public const string InvalidExtension = "PERSISTED_QUERY_INVALID";

    public const string QueryMissing = "QUERY_MISSING";
}
