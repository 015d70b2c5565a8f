namespace Gateway.Catalog.Changes;

/// <summary>Which part of a semantic version a change moves (Semantic Versioning 2.0.0, items 6 to 8); ordered, so bumps compare.</summary>
public enum VersionBump
{
    None,
    Patch,
    Minor,
    Major,
}
