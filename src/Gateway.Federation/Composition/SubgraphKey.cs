using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

/// <summary>One <c>@key</c> of an entity in a subgraph.</summary>
/// <param name="Fields">The field set as written.</param>
/// <param name="Selection">The field set parsed, or null when it does not parse.</param>
/// <param name="Resolvable">False for <c>resolvable: false</c>: the subgraph only references the entity.</param>
/// <param name="FromExtension">Declared on a type extension (<c>extend type</c>).</param>
internal sealed record SubgraphKey(string Fields, SelectionSetNode? Selection, bool Resolvable, bool FromExtension);
