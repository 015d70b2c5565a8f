using Gateway.GraphQL.Language;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// One <c>@join__type(key:)</c> of a type in a subgraph: the field set that identifies an entity there,
/// parsed, and whether that subgraph can resolve the entity from it (<c>resolvable: false</c> means it only
/// references the entity and has no <c>_entities</c> resolver for it).
/// </summary>
public sealed record EntityKey(string Text, SelectionSetNode Fields, bool Resolvable);
