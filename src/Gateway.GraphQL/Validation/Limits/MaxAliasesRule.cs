using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// Not a rule of Spec 5: a server limit on the aliases an operation uses, fragments expanded. Aliases
/// are how one document asks for the same expensive field thousands of times (Spec 2.7 lets each alias
/// be a separate response entry), so each spread counts its fragment's aliases again: a fragment with
/// ten aliases spread ten times puts a hundred aliased entries in the response.
/// </summary>
public sealed class MaxAliasesRule(int maximum) : ValidationRule
{
    private readonly FragmentMeasureTable _fragments = FragmentMeasureTable.Sum();
    private readonly List<(OperationDefinitionNode Operation, DefinitionMeasure Measure)> _operations = [];
    private DefinitionMeasure _current = new();

    public int Maximum { get; } = maximum;

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) =>
        _current = new DefinitionMeasure();

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context) =>
        _operations.Add((node, _current));

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) =>
        _current = new DefinitionMeasure();

    public override void LeaveFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) =>
        _fragments.AddFragment(node.Name.Value, _current);

    public override void EnterField(FieldNode node, ValidationContext context)
    {
        if (node.Alias is not null)
        {
            _current.Own++;
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) =>
        _current.Spreads.Add(new WeightedSpread(node.Name.Value, 1));

    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        foreach (var (operation, measure) in _operations)
        {
            var aliases = _fragments.Total(measure);
            if (aliases > Maximum)
            {
                context.ReportError(LimitError.At(
                    operation,
                    $"{LimitError.OperationWord(operation)} uses {aliases} {(aliases == 1 ? "alias" : "aliases")}, more than the maximum of {Maximum}; use fewer aliases or ask for a higher limit.",
                    OperationLimitCodes.MaxAliasesExceeded));
            }
        }
    }
}
