namespace Gateway.GraphQL.Utilities;

/// <summary>Reports one input coercion failure: the path inside the value, the offending value and why.</summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);
