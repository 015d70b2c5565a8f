using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// A move of a product to another lifecycle state without a new version: publish a draft, deprecate
/// (with a sunset date and optionally a successor), retire.
/// </summary>
public sealed record LifecycleChange(ProductUrn Urn, LifecycleStatus To, Deprecation? Deprecation, string? Actor);
