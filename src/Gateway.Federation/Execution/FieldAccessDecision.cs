using Gateway.GraphQL;
using Gateway.GraphQL.Execution;

namespace Gateway.Federation.Execution;

/// <summary>
/// What an <see cref="IFieldAccessPolicy"/> decides for one field of one request: allow the value, replace
/// it by a masked value of the same GraphQL type, or deny it (the field becomes null, with an error carrying
/// a code and the field's path, as Spec 6.4.4 handles field errors).
/// </summary>
public sealed class FieldAccessDecision
{
    private FieldAccessDecision(FieldAccessKind kind, Func<object?, object?>? mask, string? errorCode, string? errorMessage, ResultValueMask? valueMask = null)
    {
        Kind = kind;
        Mask = mask;
        ValueMask = valueMask;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    /// <summary>The value is returned as the subgraph gave it.</summary>
    public static FieldAccessDecision Allow { get; } = new(FieldAccessKind.Allow, null, null, null);

    public FieldAccessKind Kind { get; }

    /// <summary>
    /// For <see cref="FieldAccessKind.Mask"/>: maps the field's completed value (a JSON-shaped value: string,
    /// number, Boolean, list, map, or null) to the value returned, which must be valid for the field's type.
    /// </summary>
    public Func<object?, object?>? Mask { get; }

    /// <summary>
    /// For <see cref="FieldAccessKind.Mask"/>, when the mask was given as a <see cref="ResultValueMask"/>: the shaping
    /// step of a policy that decides by coordinate keeps the completed value with this mask beside it, so the mask
    /// is applied as the response is written (no masked copy is built); <see cref="Mask"/> is its <c>Apply</c>.
    /// </summary>
    public ResultValueMask? ValueMask { get; }

    /// <summary>For <see cref="FieldAccessKind.Deny"/>: the <c>extensions.code</c> of the error.</summary>
    public string? ErrorCode { get; }

    /// <summary>For <see cref="FieldAccessKind.Deny"/>: the error message.</summary>
    public string? ErrorMessage { get; }

    public static FieldAccessDecision MaskWith(Func<object?, object?> mask) =>
        new(FieldAccessKind.Mask, mask ?? throw new ArgumentNullException(nameof(mask)), null, null);

    public static FieldAccessDecision MaskWith(ResultValueMask mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        return new(FieldAccessKind.Mask, mask.Apply, null, null, mask);
    }

    /// <param name="code">The error's <c>extensions.code</c>, e.g. <c>FORBIDDEN</c>.</param>
    /// <param name="message">The error message the client sees.</param>
    public static FieldAccessDecision Deny(string code, string message) =>
        new(FieldAccessKind.Deny, null, code, message);

    /// <summary>The error a denial adds to the response, at the field's path.</summary>
    public GraphQLError ToError(IReadOnlyList<object> path) =>
        Kind == FieldAccessKind.Deny
            ? new GraphQLError(ErrorMessage!, path: path, extensions: new Dictionary<string, object?> { ["code"] = ErrorCode })
            : throw new InvalidOperationException("Only a denial has an error.");
}
