using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.4 Fragments Must Be Used: "Defined fragments must be used within a document."
/// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
/// </summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => _operations.Add(node);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => _fragments.Add(node);

    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        if (_fragments.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in _operations)
        {
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name.Value);
            }
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
