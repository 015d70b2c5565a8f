using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// Not a rule of Spec 5: a server limit on selection depth, the deepest chain of nested fields in an
/// operation once fragments are expanded (<c>{ a }</c> is 1, <c>{ a { b } }</c> is 2). Inline fragments
/// and spreads add no depth of their own; introspection fields count like any other. Recursive types
/// (<c>friends { friends { ... } }</c>) let a small document fan out without bound, which is what
/// this limit stops.
/// </summary>
public sealed class MaxDepthRule(int maximum) : ValidationRule
{
    private readonly FragmentMeasureTable _fragments = FragmentMeasureTable.Deepest();
    private readonly List<(OperationDefinitionNode Operation, DefinitionMeasure Measure)> _operations = [];
    private DefinitionMeasure _current = new();
    private int _depth;

    public int Maximum { get; } = maximum;

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => Start();

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context) =>
        _operations.Add((node, _current));

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => Start();

    public override void LeaveFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) =>
        _fragments.AddFragment(node.Name.Value, _current);

    public override void EnterField(FieldNode node, ValidationContext context)
    {
        _depth++;
        _current.Own = Math.Max(_current.Own, _depth);
    }

    public override void LeaveField(FieldNode node, ValidationContext context) => _depth--;

    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) =>
        _current.Spreads.Add(new WeightedSpread(node.Name.Value, _depth));

    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        foreach (var (operation, measure) in _operations)
        {
            var depth = _fragments.Total(measure);
            if (depth > Maximum)
            {
                context.ReportError(LimitError.At(
                    operation,
                    $"{LimitError.OperationWord(operation)} depth {depth} exceeds the maximum of {Maximum}; reduce nesting or ask for a higher limit.",
                    OperationLimitCodes.MaxDepthExceeded));
            }
        }
    }

    private void Start()
    {
        _current = new DefinitionMeasure();
        _depth = 0;
    }
}
