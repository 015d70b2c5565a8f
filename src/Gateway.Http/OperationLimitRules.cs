using Gateway.GraphQL.Validation;
using Gateway.GraphQL.Validation.Limits;

namespace Gateway.Http;

/// <summary>
/// The operation limit validation rules (selection depth, aliases, root fields, cost) for the endpoint's
/// options. The rules live in the engine (<c>Validation/Limits</c>); this maps options to them, 0 meaning off.
/// Sizes given as variables count as their defaults, so the outcome depends on the text alone and is cached
/// with the document.
/// </summary>
public static class OperationLimitRules
{
    public static IReadOnlyList<Func<ValidationRule>> Create(GraphQLHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OperationLimits
        {
            MaxDepth = OrOff(options.MaxSelectionDepth),
            MaxAliases = OrOff(options.MaxAliases),
            MaxRootFields = OrOff(options.MaxRootFields),
            MaxCost = OrOff(options.MaxCost),
        }.CreateRules();
    }

    private static int? OrOff(int limit) => limit > 0 ? limit : null;
}
