using Gateway.Federation.Execution;
using Gateway.GraphQL;

namespace Gateway.Security.Policies;

/// <summary>
/// The outcome of authorizing one operation: refused whole (<see cref="Errors"/>, request errors: nothing is
/// fetched), or allowed to run with <see cref="Policy"/> deciding field by field.
/// </summary>
public sealed class OperationAuthorization
{
    private OperationAuthorization(IFieldAccessPolicy? policy, IReadOnlyList<GraphQLError>? errors)
    {
        Policy = policy;
        Errors = errors;
    }

    /// <summary>No rule reaches the operation: everything is allowed.</summary>
    public static OperationAuthorization Unrestricted { get; } = new(AllowAllFieldAccessPolicy.Instance, null);

    /// <summary>The field decisions of the request; null when refused.</summary>
    public IFieldAccessPolicy? Policy { get; }

    /// <summary>Why the operation is refused; null when it may run.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    public static OperationAuthorization Allowed(IFieldAccessPolicy policy) => new(policy ?? throw new ArgumentNullException(nameof(policy)), null);

    public static OperationAuthorization Refused(IReadOnlyList<GraphQLError> errors) =>
        errors is { Count: > 0 } ? new(null, errors) : throw new ArgumentException("A refusal needs at least one error.", nameof(errors));
}
