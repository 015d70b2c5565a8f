using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// The field whose selections are being planned, on the type that holds it (<see cref="ParentType"/> at
/// <see cref="Path"/>). When a selection under it can be resolved nowhere reachable from its own type (a value
/// type without keys), the enclosing field can be asked again, with that selection, of a subgraph that has
/// both, through the parent entity's key (Apollo's planner re-enters a subgraph at the parent entity too).
/// </summary>
/// <param name="At">The enclosing field's parent, in the fetch that resolves the field.</param>
/// <param name="EnteredFrom">
/// When <see cref="At"/> is the entity of an <c>_entities</c> fetch, where that entity sits in the fetch that
/// supplied its representations: a key the entity fetch cannot return (external there) is found there.
/// </param>
internal sealed record EnclosingField(
    EntityPosition At,
    string ParentType,
    FieldNode Field,
    IReadOnlyList<string> Path,
    EntityPosition? EnteredFrom);
