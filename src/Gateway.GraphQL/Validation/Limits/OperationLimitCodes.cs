namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// The <c>extensions.code</c> of each limit's error (Spec 7.1.2 lets a service add extensions to an
/// error), so clients can tell a limit from other validation errors without parsing the message.
/// </summary>
public static class OperationLimitCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";

    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
}
