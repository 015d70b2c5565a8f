using System.Globalization;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// Not a rule of Spec 5: a server limit on a static estimate of the work an operation asks for.
/// </summary>
/// <remarks>
/// The cost model, fragments expanded:
/// <list type="bullet">
/// <item>Every field costs 1.</item>
/// <item>A field of list type multiplies the cost of its sub-selection by the list size it asks for:
/// the largest of its size arguments (<c>first</c>, <c>last</c>, <c>limit</c> by default) given as a
/// literal or a variable, variables read from the request's values, else from the operation's
/// default; with no such argument, the configured default list size. Nested lists multiply, so
/// <c>users { posts { title } }</c> costs 1 + 10 × (1 + 10 × 1) = 111 with the default size of 10.</item>
/// <item>Connections (Relay style, <c>users(first: 50) { edges { node { name } } }</c>): a field that is
/// not a list but has a size argument hands its size to the list fields directly below it that have
/// none (<c>edges</c>, <c>nodes</c>), since that is the list the argument bounds. Through a fragment
/// spread the size is not handed on and the default applies.</item>
/// <item>Introspection is cheap: <c>__typename</c> costs 0, and other introspection fields (the
/// <c>__schema</c> and <c>__type</c> meta-fields and the fields of <c>__</c> types) cost 1 without
/// multiplying, since they read the schema in memory; graphql-js's MaxIntrospectionDepthRule bounds
/// their nesting.</item>
/// <item>Sums and products saturate at <see cref="long.MaxValue"/> rather than wrap.</item>
/// </list>
/// </remarks>
public sealed class MaxCostRule : ValidationRule
{
    private readonly FragmentMeasureTable _fragments = FragmentMeasureTable.Sum();
    private readonly List<(OperationDefinitionNode Operation, DefinitionMeasure Measure)> _operations = [];
    private readonly Stack<(long Multiplier, long? HandedSize)> _saved = new();
    private readonly IReadOnlyList<string> _listSizeArguments;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private DefinitionMeasure _current = new();
    private OperationDefinitionNode? _operation;
    private long _multiplier = 1;

    // The size a connection field hands to the list fields of its own selection set.
    private long? _handedSize;

    /// <param name="maximum">The highest cost accepted.</param>
    /// <param name="defaultListSize">The size assumed for a list field without a size argument.</param>
    /// <param name="listSizeArguments">Argument names that bound a list's size; null for first, last and limit.</param>
    /// <param name="variables">The request's variable values, to read sizes given as variables; null when unknown.</param>
    public MaxCostRule(
        long maximum,
        int defaultListSize = 10,
        IReadOnlyList<string>? listSizeArguments = null,
        IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(defaultListSize);
        Maximum = maximum;
        DefaultListSize = defaultListSize;
        _listSizeArguments = listSizeArguments ?? ["first", "last", "limit"];
        _variables = variables;
    }

    public long Maximum { get; }

    public int DefaultListSize { get; }

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        Start();
        _operation = node;
    }

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context) =>
        _operations.Add((node, _current));

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        Start();

        // A fragment may be spread by several operations, so no operation's variable defaults apply.
        _operation = null;
    }

    public override void LeaveFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) =>
        _fragments.AddFragment(node.Name.Value, _current);

    public override void EnterField(FieldNode node, ValidationContext context)
    {
        var introspection = node.Name.Value.StartsWith("__", StringComparison.Ordinal)
            || (context.ParentType?.Name.StartsWith("__", StringComparison.Ordinal) ?? false);
        var fieldCost = node.Name.Value == "__typename" ? 0 : 1;
        _current.Own = SaturatingMath.Add(_current.Own, SaturatingMath.Multiply(_multiplier, fieldCost));

        _saved.Push((_multiplier, _handedSize));
        var handedToThis = _handedSize;
        _handedSize = null;
        if (node.SelectionSet is null || introspection)
        {
            return;
        }

        var size = ListSize(node);
        if (IsList(context.FieldDefinition?.Type))
        {
            _multiplier = SaturatingMath.Multiply(_multiplier, size ?? handedToThis ?? DefaultListSize);
        }
        else
        {
            _handedSize = size;
        }
    }

    public override void LeaveField(FieldNode node, ValidationContext context) =>
        (_multiplier, _handedSize) = _saved.Pop();

    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) =>
        _current.Spreads.Add(new WeightedSpread(node.Name.Value, _multiplier));

    public override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        foreach (var (operation, measure) in _operations)
        {
            var cost = _fragments.Total(measure);
            if (cost > Maximum)
            {
                context.ReportError(LimitError.At(
                    operation,
                    $"{LimitError.OperationWord(operation)} cost {cost} exceeds the maximum of {Maximum}; request fewer items (first/last/limit), fewer fields or less nesting, or ask for a higher limit.",
                    OperationLimitCodes.MaxCostExceeded));
            }
        }
    }

    private static bool IsList(GraphQLType? type) =>
        (type is NonNullType nonNull ? nonNull.OfType : type) is ListType;

    /// <summary>The largest size argument that resolves to a number; null when none does.</summary>
    private long? ListSize(FieldNode field)
    {
        long? size = null;
        foreach (var argument in field.Arguments)
        {
            if (!IsListSizeArgument(argument.Name.Value))
            {
                continue;
            }

            if (SizeOf(argument.Value) is { } value)
            {
                size = Math.Max(size ?? 0, value);
            }
        }

        return size;
    }

    private bool IsListSizeArgument(string name)
    {
        foreach (var candidate in _listSizeArguments)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private long? SizeOf(ValueNode value) => value switch
    {
        IntValueNode literal => ParseSize(literal.Value),
        VariableNode variable => VariableSize(variable.Name.Value),
        _ => null,
    };

    private long? VariableSize(string name)
    {
        if (_variables is not null && _variables.TryGetValue(name, out var value))
        {
            return value switch
            {
                long number => Math.Max(0, number),
                int number => Math.Max(0, number),
                double number when number >= 0 => number >= long.MaxValue ? long.MaxValue : (long)number,
                double => 0,
                _ => null,
            };
        }

        if (_operation is not null)
        {
            foreach (var definition in _operation.VariableDefinitions)
            {
                if (definition.Variable.Name.Value == name && definition.DefaultValue is IntValueNode literal)
                {
                    return ParseSize(literal.Value);
                }
            }
        }

        return null;
    }

    /// <summary>Negative sizes ask for nothing; sizes past a long are as large as a long can say.</summary>
    private static long ParseSize(string digits)
    {
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size))
        {
            return Math.Max(0, size);
        }

        return digits.StartsWith('-') ? 0 : long.MaxValue;
    }

    private void Start()
    {
        _current = new DefinitionMeasure();
        _saved.Clear();
        _multiplier = 1;
        _handedSize = null;
    }
}
