using System.Text.Json.Serialization;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>Source-generated JSON for the small lists and records stored as JSON text columns.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<TeamMembership>))]
[JsonSerializable(typeof(CatalogSnapshot))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(long))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
