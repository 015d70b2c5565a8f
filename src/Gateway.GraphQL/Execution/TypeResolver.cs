using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>Picks the concrete object type of a value of an abstract type (Spec 6.4.3 ResolveAbstractType).</summary>
public delegate ObjectType? TypeResolver(object value, FieldContext context);
