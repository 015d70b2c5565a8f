using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>What to execute (Spec 6.1 ExecuteRequest): a parsed, validated document and its inputs.</summary>
public sealed class ExecutionRequest
{
    public required DocumentNode Document { get; init; }

    /// <summary>The operation to run; may be null when the document holds exactly one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values as JSON gives them (see <see cref="JsonValues"/>).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The value of the root object (Spec 6.2 initialValue).</summary>
    public object? RootValue { get; init; }

    /// <summary>Application state every resolver sees as <see cref="FieldContext.RequestContext"/>.</summary>
    public object? RequestContext { get; init; }
}
