using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Shared state of one validation run: the schema and document, the errors so far, type information
/// for the node being visited (graphql-js TypeInfo), and cached facts about fragments and variables.
/// </summary>
public sealed class ValidationContext
{
    /// <summary>Wording of graphql-js 16, so error lists compare equal across engines.</summary>
    internal const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>>? _referencedFragments;
    private Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>? _recursiveVariableUsages;
    private VariableUsageCollector? _usageCollector;

    public ValidationContext(Schema schema, DocumentNode document)
        : this(schema, document, int.MaxValue)
    {
    }

    internal ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        _maxErrors = maxErrors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public List<GraphQLError> Errors { get; } = [];

    internal TypeInfo TypeInfo { get; }

    /// <summary>
    /// Records an error. Past the error limit the run stops, as graphql-js does, so that a
    /// pathologically invalid document cannot make validation do unbounded work.
    /// </summary>
    public void ReportError(GraphQLError error)
    {
        if (Errors.Count >= _maxErrors)
        {
            Errors.Add(new GraphQLError(TooManyErrorsMessage));
            throw new ValidationAbortedException();
        }

        Errors.Add(error);
    }

    public void ReportError(string message, params ReadOnlySpan<SyntaxNode?> nodes) => ReportError(GraphQLError.At(message, nodes));

    /// <summary>Records an error located at names (such as a repeated argument's), which are not nodes of their own.</summary>
    public void ReportError(string message, params ReadOnlySpan<Location?> locations) => ReportError(GraphQLError.At(message, locations));

    /// <summary>The output type of the current field or fragment, if known.</summary>
    public GraphQLType? Type => TypeInfo.Type;

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => TypeInfo.ParentType;

    /// <summary>The input type expected for the current argument, object field, list item or variable default.</summary>
    public GraphQLType? InputType => TypeInfo.InputType;

    /// <summary>The input type that contains the current input position (the list or input object type).</summary>
    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary>The field definition of the current field, meta-fields included.</summary>
    public FieldDefinition? FieldDefinition => TypeInfo.FieldDefinition;

    public DirectiveDefinition? Directive => TypeInfo.Directive;

    /// <summary>Where the directive being visited is applied; null outside directives.</summary>
    public DirectiveLocation? CurrentDirectiveLocation => TypeInfo.DirectiveLocation;

    /// <summary>The argument definition of the current argument.</summary>
    public InputValueDefinition? Argument => TypeInfo.Argument;

    /// <summary>
    /// The default value of the current argument or input object field definition, or null; null
    /// inside list items (Spec 5.8.5 uses it to allow a nullable variable where a default applies).
    /// </summary>
    public ValueNode? DefaultValue => TypeInfo.DefaultValue;

    public EnumValueDefinition? EnumValue => TypeInfo.EnumValue;

    /// <summary>The fragment definition with the given name; the last one wins when names repeat.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            var definitions = Document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i] is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// The fragment spreads directly inside a selection set, through fields and inline fragments but
    /// not into other fragments. Nested sets are visited last-in first-out, as graphql-js does, so
    /// errors derived from this list come out in the same order.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _fragmentSpreads ??= [];
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        List<FragmentSpreadNode>? spreads = null;
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }

        IReadOnlyList<FragmentSpreadNode> result = spreads is null ? [] : spreads;
        _fragmentSpreads[selectionSet] = result;
        return result;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once; unknown names are skipped.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        _referencedFragments ??= [];
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collectedNames = new HashSet<string>(StringComparer.Ordinal);
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(operation.SelectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                if (collectedNames.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    setsToVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>
    /// The variables used in an operation or fragment (outside variable definitions), each with the
    /// input type expected where it is used and whether that position has a default value.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        _variableUsages ??= [];
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        // A walk of its own, with type information of its own, so the main walk's state is untouched.
        _usageCollector ??= new VariableUsageCollector(new ValidationContext(Schema, Document));
        var usages = _usageCollector.Collect(definition);
        _variableUsages[definition] = usages;
        return usages;
    }

    /// <summary>The variable usages of an operation followed by those of every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveVariableUsages ??= [];
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }
}
