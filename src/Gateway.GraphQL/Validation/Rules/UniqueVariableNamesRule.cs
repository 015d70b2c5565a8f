using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.1 Variable Uniqueness (https://spec.graphql.org/September2025/#sec-Variable-Uniqueness):
/// "If any operation defines more than one variable with the same name, it is ambiguous and invalid."
/// One error per repeated name, in order of first definition, located at every definition of it.
/// </summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    private const int LinearScanLimit = 8;

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        var definitions = node.VariableDefinitions;
        if (definitions.Count < 2 || (definitions.Count <= LinearScanLimit && !HasDuplicate(definitions)))
        {
            return;
        }

        var byName = new Dictionary<string, List<Location?>>(definitions.Count, StringComparer.Ordinal);
        var order = new List<string>(definitions.Count);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!byName.TryGetValue(name, out var locations))
            {
                locations = [];
                byName[name] = locations;
                order.Add(name);
            }

            locations.Add(definition.Variable.Name.Location);
        }

        foreach (var name in order)
        {
            var locations = byName[name];
            if (locations.Count > 1)
            {
                context.ReportError($"There can be only one variable named \"${name}\".", [.. locations]);
            }
        }
    }

    private static bool HasDuplicate(IReadOnlyList<VariableDefinitionNode> definitions)
    {
        for (var i = 1; i < definitions.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (definitions[i].Variable.Name.Value == definitions[j].Variable.Name.Value)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
