namespace Gateway.Catalog.Documents.Profile;

/// <summary>
/// The values our profile allows in ODCS v3.1 <c>schema[].properties[].classification</c> (free text in
/// the standard, which names these four as its examples).
/// </summary>
public static class PropertyClassification
{
    public const string Public = "public";
    public const string Internal = "internal";
    public const string Confidential = "confidential";
    public const string Restricted = "restricted";

    public static IReadOnlyList<string> All { get; } = [Public, Internal, Confidential, Restricted];
}
