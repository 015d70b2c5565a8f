namespace Gateway.Catalog.Documents.Profile;

/// <summary>Our profile's keys in a contract's top-level customProperties: the purposes every property allows unless it says otherwise.</summary>
public sealed record ContractProfile(IReadOnlyList<string> AllowedPurposes);
