using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2 Argument Uniqueness: "Fields and directives treat arguments as a mapping of argument
/// name to value. More than one argument with the same name in an argument set is ambiguous and invalid."
/// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
/// </summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override void EnterField(FieldNode node, ValidationContext context) => CheckArguments(node.Arguments, context);

    public override void EnterDirective(DirectiveNode node, ValidationContext context) => CheckArguments(node.Arguments, context);

    /// <summary>One error per repeated name, in order of first use, located at every use of the name.</summary>
    private static void CheckArguments(IReadOnlyList<ArgumentNode> arguments, ValidationContext context)
    {
        if (arguments.Count < 2 || !HasRepeatedName(arguments))
        {
            return;
        }

        var groups = new OrderedDictionary<string, List<Location?>>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].Name;
            if (!groups.TryGetValue(name.Value, out var locations))
            {
                locations = [];
                groups.Add(name.Value, locations);
            }

            locations.Add(name.Location);
        }

        foreach (var (name, locations) in groups)
        {
            if (locations.Count > 1)
            {
                context.ReportError($"There can be only one argument named \"{name}\".", [.. locations]);
            }
        }
    }

    /// <summary>Argument lists are short, so a pairwise check avoids building a map for the common, valid case.</summary>
    private static bool HasRepeatedName(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count > 16)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < arguments.Count; i++)
            {
                if (!seen.Add(arguments[i].Name.Value))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < arguments.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (arguments[i].Name.Value == arguments[j].Name.Value)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
