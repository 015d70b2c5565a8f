using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.2.1 Operation Name Uniqueness: "Each named operation definition must be unique within a
/// document when referred to by its name."
/// https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
/// </summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _knownOperationNames = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_knownOperationNames.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one operation named \"{name.Value}\".", first.Location, name.Location);
        }
        else
        {
            _knownOperationNames.Add(name.Value, name);
        }
    }
}
