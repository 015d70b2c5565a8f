namespace Gateway.GraphQL.Execution;

/// <summary>
/// Produces a field's value (Spec 6.4.2 ResolveFieldValue). Synchronous resolvers return a completed
/// <see cref="ValueTask{TResult}"/>, which costs no allocation.
/// </summary>
public delegate ValueTask<object?> FieldResolver(FieldContext context);
