namespace Gateway.Security.Authorization;

/// <summary>The caller's roles or domains do not allow the catalog operation; nothing was changed.</summary>
public sealed class CatalogForbiddenException : Exception
{
    public CatalogForbiddenException(string message)
        : base(message)
    {
    }
}
