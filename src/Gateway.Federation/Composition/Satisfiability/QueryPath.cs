using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition.Satisfiability;

/// <summary>
/// A path of the supergraph API schema from a root type, one step at a time: a field, or a type condition on an
/// abstract type. Shared by the states explored below it, so a step costs one object.
/// </summary>
/// <param name="Parent">The path up to this step; null for the first step.</param>
/// <param name="Field">The field this step selects, or null for a type condition.</param>
/// <param name="TypeCondition">The type this step narrows to, or null for a field.</param>
internal sealed record QueryPath(QueryPath? Parent, FieldDefinition? Field, string? TypeCondition);
