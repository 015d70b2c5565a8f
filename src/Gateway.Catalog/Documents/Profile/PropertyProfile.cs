namespace Gateway.Catalog.Documents.Profile;

/// <summary>
/// Our profile's keys in a contract property's customProperties: <c>graphqlCoordinate</c> (the schema
/// coordinate <c>Type.field</c> the property is served as), <c>mask</c>, <c>allowedPurposes</c>,
/// <c>personalData</c> and <c>glossaryTerms</c> (terms of the domain's glossary the field carries).
/// </summary>
public sealed record PropertyProfile(
    string? GraphQLCoordinate,
    MaskSpec? Mask,
    IReadOnlyList<string> AllowedPurposes,
    bool PersonalData,
    IReadOnlyList<string> GlossaryTerms)
{
    public static PropertyProfile Empty { get; } = new(null, null, [], false, []);
}
