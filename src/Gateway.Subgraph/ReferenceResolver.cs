using Gateway.GraphQL.Execution;

namespace Gateway.Subgraph;

/// <summary>
/// Resolves the entities of one type from their representations, all at once: it is called once per
/// <c>_entities</c> field and type, with every representation of that type in request order, and returns
/// one entity per representation in the same order; null for an entity the subgraph does not know, and an
/// <see cref="Exception"/> in place of an entity that failed (it becomes an error at <c>_entities.&lt;i&gt;</c>).
/// </summary>
/// <param name="representations">The representations of the type, coerced, in request order.</param>
/// <param name="context">The <c>_entities</c> field's context: request services, cancellation, data loaders.</param>
public delegate ValueTask<IReadOnlyList<object?>> ReferenceResolver(IReadOnlyList<EntityRepresentation> representations, FieldContext context);
