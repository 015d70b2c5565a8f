using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// Not a rule of Spec 5: a server limit on the fields of an operation's root selection set (Spec 6.2,
/// each one a separate entry point, executed in parallel for queries), counted through inline
/// fragments and fragment spreads at the root, each field as written (repeats included, since a
/// document that repeats a field is as costly to check as one that does not).
/// </summary>
public sealed class MaxRootFieldsRule(int maximum) : ValidationRule
{
    private readonly FragmentMeasureTable _fragments = FragmentMeasureTable.Sum();
    private readonly List<(OperationDefinitionNode Operation, DefinitionMeasure Measure)> _operations = [];
    private DefinitionMeasure _current = new();
    private int _fieldDepth;

    public int Maximum { get; } = maximum;

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => Start();

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context) =>
        _operations.Add((node, _current));

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => Start();

    public override void LeaveFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) =>
        _fragments.AddFragment(node.Name.Value, _current);

    public override void EnterField(FieldNode node, ValidationContext context)
    {
        // A fragment's top-level fields are root fields wherever it is spread at the root.
        if (_fieldDepth++ == 0)
        {
            _current.Own++;
        }
    }

    public override void LeaveField(FieldNode node, ValidationContext context) => _fieldDepth--;

    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        if (_fieldDepth == 0)
        {
            _current.Spreads.Add(new WeightedSpread(node.Name.Value, 1));
        }
    }

    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        foreach (var (operation, measure) in _operations)
        {
            var rootFields = _fragments.Total(measure);
            if (rootFields > Maximum)
            {
                context.ReportError(LimitError.At(
                    operation,
                    $"{LimitError.OperationWord(operation)} selects {rootFields} root {(rootFields == 1 ? "field" : "fields")}, more than the maximum of {Maximum}; split it into several requests or ask for a higher limit.",
                    OperationLimitCodes.MaxRootFieldsExceeded));
            }
        }
    }

    private void Start()
    {
        _current = new DefinitionMeasure();
        _fieldDepth = 0;
    }
}
