using Gateway.Catalog.Documents.Profile;

namespace Gateway.Security.Policies;

/// <summary>
/// What one published contract says about one GraphQL field: the product it belongs to, the property's
/// classification (ODCS v3.1 <c>schema[].properties[].classification</c>), its mask, the purposes it may be
/// read for unmasked (the property's <c>allowedPurposes</c>, else the contract's), and the contract's roles
/// (ODCS v3.1 <c>roles[].role</c>), whose holders read the product without a grant.
/// </summary>
/// <param name="Coordinate">The schema coordinate, <c>Type.field</c> (the property's <c>graphqlCoordinate</c>).</param>
/// <param name="PropertyPurposes">True when the purposes are the property's own rather than the contract's default.</param>
public sealed record FieldRule(
    string Coordinate,
    ProductUrn Product,
    string Classification,
    MaskSpec? Mask,
    IReadOnlySet<string> AllowedPurposes,
    bool PropertyPurposes,
    IReadOnlySet<string> Roles)
{
    /// <summary>
    /// True when the field needs a grant (or a contract role) and a matching purpose: it is confidential or
    /// restricted, or the contract masks it or limits its purposes. Public and internal fields without either
    /// need no grant.
    /// </summary>
    public bool IsGoverned =>
        Mask is not null
        || PropertyPurposes
        || Classification is PropertyClassification.Confidential or PropertyClassification.Restricted;
}
