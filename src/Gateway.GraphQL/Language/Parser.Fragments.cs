namespace Gateway.GraphQL.Language;

// Spec 2.8 Fragments.
public ref partial struct Parser
{
    /// <summary>
    /// FragmentSpread : ... FragmentName Directives? (Spec 2.8).
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet (Spec 2.8.2).
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && _lexer.Kind == TokenKind.Name)
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectiveArray(isConst: false);
            return Located(FragmentSpreadNode.FromParts(name, spreadDirectives), start);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectiveArray(isConst: false);
        var selectionSet = ParseSelectionSet();
        return Located(InlineFragmentNode.FromParts(typeCondition, directives, selectionSet), start);
    }

    /// <summary>
    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (Spec 2.8).
    /// TypeCondition : on NamedType (Spec 2.8.1).
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment"u8, "fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on"u8, "on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return Located(new FragmentDefinitionNode(description, name, typeCondition, directives, selectionSet), start);
    }

    /// <summary>FragmentName : Name but not on (Spec 2.8).</summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.IsKeyword("on"u8))
        {
            ThrowUnexpected();
        }

        return ParseName();
    }
}
