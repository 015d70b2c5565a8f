namespace Gateway.Search.Tests.Embedded;

/// <summary>The embedded indexes every index test runs against.</summary>
public enum IndexKind
{
    Sqlite,
    Postgres,
}
