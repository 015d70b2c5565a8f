using Gateway.GraphQL.Types;

namespace Gateway.Federation.Execution;

/// <summary>
/// The field a decision is asked for: its schema coordinate (<c>Type.field</c>, GraphQL schema coordinates
/// RFC), its definition in the API schema and its response path in this request. <see cref="Path"/> is the
/// shaping step's live path, valid only during the call: a policy that keeps it copies it.
/// </summary>
public readonly record struct FieldAccessContext(string Coordinate, FieldDefinition Field, IReadOnlyList<object> Path);
