using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.1 Fragment Name Uniqueness: "Fragment definitions are referenced in fragment spreads by
/// name. To avoid ambiguity, each fragment's name must be unique within a document."
/// https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
/// </summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _knownFragmentNames = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        var name = node.Name;
        if (_knownFragmentNames.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", first.Location, name.Location);
        }
        else
        {
            _knownFragmentNames.Add(name.Value, name);
        }
    }
}
