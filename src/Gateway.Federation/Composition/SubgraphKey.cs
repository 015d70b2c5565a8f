using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

/// <summary>One <c>@key</c> of an entity in a subgraph.</summary>
/// <param name="Fields">The field set as written.</param>
/// <param name="Selection">The field set parsed, or null when it does not parse.</param>
/// <param name="Resolvable">
/// The <c>resolvable</c> argument as written (null when absent, which means true); false: the subgraph only
/// references the entity. Kept as written because composition copies it to <c>@join__type</c> as written.
/// </param>
/// <param name="FromExtension">Declared on a type extension (<c>extend type</c>).</param>
internal sealed record SubgraphKey(string Fields, SelectionSetNode? Selection, bool? Resolvable, bool FromExtension);
