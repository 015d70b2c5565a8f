using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// Where an entity sits in a fetch being planned: the group, the selections at the entity and what the path
/// into it <c>@provides</c>. A jump from there adds the entity's key fields to <see cref="Target"/>.
/// </summary>
internal sealed record EntityPosition(FetchGroup Group, SelectionTree Target, SelectionSetNode? Provided);
