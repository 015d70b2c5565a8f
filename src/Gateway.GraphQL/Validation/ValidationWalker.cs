using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Walks an executable document once, in the reference implementation's visit order (type-system
/// definitions included, see the TypeSystem part), keeping the context's type information current and calling each rule that handles the node (Enter before the
/// children, Leave after). Recursion follows selection sets and nested values only, with small
/// frames; the parser's depth limit bounds it.
/// </summary>
internal sealed partial class ValidationWalker
{
    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[][] _handlers;

    public ValidationWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _handlers = RuleEventTable.Build(rules);
    }

    public void WalkDocument(DocumentNode document)
    {
        foreach (var rule in _handlers[(int)RuleEvent.EnterDocument])
        {
            rule.EnterDocument(document, _context);
        }

        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (definition is ExecutableDefinitionNode executable)
            {
                WalkDefinition(executable);
            }
            else
            {
                WalkTypeSystemDefinition(definition);
            }
        }

        foreach (var rule in _handlers[(int)RuleEvent.LeaveDocument])
        {
            rule.LeaveDocument(document, _context);
        }
    }

    public void WalkDefinition(ExecutableDefinitionNode definition)
    {
        if (definition is OperationDefinitionNode operation)
        {
            WalkOperationDefinition(operation);
        }
        else
        {
            WalkFragmentDefinition((FragmentDefinitionNode)definition);
        }
    }

    private void WalkOperationDefinition(OperationDefinitionNode node)
    {
        _typeInfo.EnterOperationDefinition(node);
        foreach (var rule in _handlers[(int)RuleEvent.EnterOperationDefinition])
        {
            rule.EnterOperationDefinition(node, _context);
        }

        var variables = node.VariableDefinitions;
        for (var i = 0; i < variables.Count; i++)
        {
            WalkVariableDefinition(variables[i]);
        }

        var location = node.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        };
        WalkDirectives(node.Directives, location);
        WalkSelectionSet(node.SelectionSet);

        foreach (var rule in _handlers[(int)RuleEvent.LeaveOperationDefinition])
        {
            rule.LeaveOperationDefinition(node, _context);
        }

        _typeInfo.LeaveTypedDefinition();
    }

    /// <summary>The variable itself is a name here, not a value, so it is not passed to EnterValue.</summary>
    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        foreach (var rule in _handlers[(int)RuleEvent.EnterVariableDefinition])
        {
            rule.EnterVariableDefinition(node, _context);
        }

        WalkNamedType(node.Type.NamedType);
        if (node.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        WalkDirectives(node.Directives, DirectiveLocation.VariableDefinition);

        foreach (var rule in _handlers[(int)RuleEvent.LeaveVariableDefinition])
        {
            rule.LeaveVariableDefinition(node, _context);
        }

        _typeInfo.LeaveVariableDefinition();
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.EnterFragmentDefinition(node);
        foreach (var rule in _handlers[(int)RuleEvent.EnterFragmentDefinition])
        {
            rule.EnterFragmentDefinition(node, _context);
        }

        WalkNamedType(node.TypeCondition);
        WalkDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(node.SelectionSet);

        foreach (var rule in _handlers[(int)RuleEvent.LeaveFragmentDefinition])
        {
            rule.LeaveFragmentDefinition(node, _context);
        }

        _typeInfo.LeaveTypedDefinition();
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        _typeInfo.EnterSelectionSet();
        foreach (var rule in _handlers[(int)RuleEvent.EnterSelectionSet])
        {
            rule.EnterSelectionSet(node, _context);
        }

        var selections = node.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inlineFragment:
                    WalkInlineFragment(inlineFragment);
                    break;
            }
        }

        foreach (var rule in _handlers[(int)RuleEvent.LeaveSelectionSet])
        {
            rule.LeaveSelectionSet(node, _context);
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (var rule in _handlers[(int)RuleEvent.EnterField])
        {
            rule.EnterField(node, _context);
        }

        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet);
        }

        foreach (var rule in _handlers[(int)RuleEvent.LeaveField])
        {
            rule.LeaveField(node, _context);
        }

        _typeInfo.LeaveField();
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var rule in _handlers[(int)RuleEvent.EnterFragmentSpread])
        {
            rule.EnterFragmentSpread(node, _context);
        }

        WalkDirectives(node.Directives, DirectiveLocation.FragmentSpread);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterInlineFragment(node);
        foreach (var rule in _handlers[(int)RuleEvent.EnterInlineFragment])
        {
            rule.EnterInlineFragment(node, _context);
        }

        if (node.TypeCondition is { } typeCondition)
        {
            WalkNamedType(typeCondition);
        }

        WalkDirectives(node.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(node.SelectionSet);

        foreach (var rule in _handlers[(int)RuleEvent.LeaveInlineFragment])
        {
            rule.LeaveInlineFragment(node, _context);
        }

        _typeInfo.LeaveTypedDefinition();
    }

    private void WalkNamedType(NamedTypeNode node)
    {
        foreach (var rule in _handlers[(int)RuleEvent.EnterNamedType])
        {
            rule.EnterNamedType(node, _context);
        }
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var node = directives[i];
            _typeInfo.EnterDirective(node, location);
            foreach (var rule in _handlers[(int)RuleEvent.EnterDirective])
            {
                rule.EnterDirective(node, _context);
            }

            WalkArguments(node.Arguments);

            foreach (var rule in _handlers[(int)RuleEvent.LeaveDirective])
            {
                rule.LeaveDirective(node, _context);
            }

            _typeInfo.LeaveDirective();
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var node = arguments[i];
            _typeInfo.EnterArgument(node);
            foreach (var rule in _handlers[(int)RuleEvent.EnterArgument])
            {
                rule.EnterArgument(node, _context);
            }

            WalkValue(node.Value);

            foreach (var rule in _handlers[(int)RuleEvent.LeaveArgument])
            {
                rule.LeaveArgument(node, _context);
            }

            _typeInfo.LeaveArgument();
        }
    }

    private void WalkValue(ValueNode node)
    {
        _typeInfo.EnterValue(node);
        foreach (var rule in _handlers[(int)RuleEvent.EnterValue])
        {
            rule.EnterValue(node, _context);
        }

        switch (node)
        {
            case ListValueNode list:
                var values = list.Values;
                for (var i = 0; i < values.Count; i++)
                {
                    WalkValue(values[i]);
                }

                break;
            case ObjectValueNode objectValue:
                var fields = objectValue.Fields;
                for (var i = 0; i < fields.Count; i++)
                {
                    WalkObjectField(fields[i]);
                }

                break;
        }

        foreach (var rule in _handlers[(int)RuleEvent.LeaveValue])
        {
            rule.LeaveValue(node, _context);
        }

        _typeInfo.LeaveValue(node);
    }

    private void WalkObjectField(ObjectFieldNode node)
    {
        _typeInfo.EnterObjectField(node);
        foreach (var rule in _handlers[(int)RuleEvent.EnterObjectField])
        {
            rule.EnterObjectField(node, _context);
        }

        WalkValue(node.Value);

        foreach (var rule in _handlers[(int)RuleEvent.LeaveObjectField])
        {
            rule.LeaveObjectField(node, _context);
        }

        _typeInfo.LeaveObjectField();
    }
}
