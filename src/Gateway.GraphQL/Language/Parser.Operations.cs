using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Language;

// Spec 2.3 Operations, 2.4 Selection Sets, 2.5 Fields, 2.6 Arguments, 2.10 Variables.
public ref partial struct Parser
{
    /// <summary>
    /// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet (Spec 2.3).
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (_lexer.Kind == TokenKind.LeftBrace)
        {
            var shorthand = ParseSelectionSet();
            return Located(new OperationDefinitionNode(null, OperationType.Query, null, [], [], shorthand), start);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        NameNode? name = _lexer.Kind == TokenKind.Name ? ParseName() : null;
        var variables = ParseVariablesDefinition();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return Located(new OperationDefinitionNode(description, operation, name, variables, directives, selectionSet), start);
    }

    /// <summary>OperationType : one of query mutation subscription (Spec 2.3).</summary>
    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            ThrowExpected(TokenKind.Name);
        }

        var operationToken = _lexer;
        OperationType operation;
        if (_lexer.IsKeyword("query"u8))
        {
            operation = OperationType.Query;
        }
        else if (_lexer.IsKeyword("mutation"u8))
        {
            operation = OperationType.Mutation;
        }
        else if (_lexer.IsKeyword("subscription"u8))
        {
            operation = OperationType.Subscription;
        }
        else
        {
            ThrowUnexpected(operationToken);
            return default;
        }

        Advance();
        return operation;
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ ) (Spec 2.10).</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariablesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.LeftParen))
        {
            return [];
        }

        var variables = new ListBuilder<VariableDefinitionNode>();
        do
        {
            Add(ref variables, ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.RightParen));

        return ToArray(ref variables, new VariableDefinitionNode[variables.Count]);
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (Spec 2.10).</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();

        // DefaultValue : = Value[Const]
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return Located(new VariableDefinitionNode(description, variable, type, defaultValue, directives), start);
    }

    /// <summary>Variable : $ Name (Spec 2.10).</summary>
    private VariableNode ParseVariable()
    {
        var start = ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return Located(new VariableNode(name), start);
    }

    /// <summary>SelectionSet : { Selection+ } (Spec 2.4).</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        Enter();
        var start = ExpectToken(TokenKind.LeftBrace);
        var selections = new ListBuilder<SelectionNode>();
        do
        {
            Add(ref selections, ParseSelection());
        }
        while (!ExpectOptionalToken(TokenKind.RightBrace));

        Exit();
        return Located(new SelectionSetNode(ToArray(ref selections, new SelectionNode[selections.Count])), start);
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment (Spec 2.4).</summary>
    private SelectionNode ParseSelection() =>
        _lexer.Kind == TokenKind.Spread ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (Spec 2.5). Alias : Name : (Spec 2.7).</summary>
    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        var arguments = ParseArgumentArray(isConst: false);
        var directives = ParseDirectiveArray(isConst: false);
        var selectionSet = _lexer.Kind == TokenKind.LeftBrace ? ParseSelectionSet() : null;
        return Located(FieldNode.FromParts(alias, name, arguments, directives, selectionSet), start);
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ ) (Spec 2.6).</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) => ParseArgumentArray(isConst) ?? [];

    /// <summary>Arguments[Const], or null when none follow.</summary>
    private ArgumentNode[]? ParseArgumentArray(bool isConst) =>
        _lexer.Kind == TokenKind.LeftParen ? ParseArgumentList(isConst) : null;

    // Kept out of line: inlined into every field, its list buffer would be cleared for fields without arguments too.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ArgumentNode[] ParseArgumentList(bool isConst)
    {
        ExpectToken(TokenKind.LeftParen);
        var arguments = new ListBuilder<ArgumentNode>();
        do
        {
            Add(ref arguments, ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.RightParen));

        return ToArray(ref arguments, new ArgumentNode[arguments.Count]);
    }

    /// <summary>Argument[Const] : Name : Value[?Const] (Spec 2.6).</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return Located(new ArgumentNode(name, value), start);
    }
}
