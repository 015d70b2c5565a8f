using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// What a resolver knows about the field it resolves: the parent value, the coerced arguments, the
/// field and where it sits in the response.
/// </summary>
public sealed class FieldContext
{
    /// <summary>The value of the parent object (Spec 6.4.2 objectValue).</summary>
    public object? Source { get; set; }

    /// <summary>Coerced argument values (Spec 6.4.1 CoerceArgumentValues).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; set; } = EmptyArguments;

    public FieldDefinition Field { get; set; } = null!;

    public ObjectType ParentType { get; set; } = null!;

    /// <summary>The first field node of the merged field set being executed.</summary>
    public FieldNode FieldNode { get; set; } = null!;

    public Schema Schema { get; set; } = null!;

    /// <summary>Application state passed with the request (services, the caller's identity, ...).</summary>
    public object? RequestContext { get; set; }

    public CancellationToken CancellationToken { get; set; }

    /// <summary>The request's data loaders; keys loaded while a level executes are fetched in one batch.</summary>
    public DataLoaderRegistry DataLoaders { get; set; } = null!;

    /// <summary>The operation's coerced variable values (Spec 6.1.2).</summary>
    public IReadOnlyDictionary<string, object?> VariableValues { get; set; } = EmptyArguments;

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    /// <summary>The argument's coerced value, or <paramref name="fallback"/> when absent.</summary>
    public T? Argument<T>(string name, T? fallback = default) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;
}
