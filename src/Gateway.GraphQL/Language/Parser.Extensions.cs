namespace Gateway.GraphQL.Language;

// Spec 3.3.2 Schema Extension and the type extensions of Spec 3.5.1 to 3.10.1.
public ref partial struct Parser
{
    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (Spec 3.1). TypeExtension: one per kind of type (Spec 3.4.3).</summary>
    private DefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            var name = keyword.TokenBytes;
            if (name.SequenceEqual("schema"u8))
            {
                return ParseSchemaExtension();
            }

            if (name.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeExtension();
            }

            if (name.SequenceEqual("type"u8))
            {
                return ParseObjectTypeExtension();
            }

            if (name.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeExtension();
            }

            if (name.SequenceEqual("union"u8))
            {
                return ParseUnionTypeExtension();
            }

            if (name.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeExtension();
            }

            if (name.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeExtension();
            }
        }

        ThrowUnexpected(keyword);
        return null!;
    }

    /// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const] [lookahead != {] (Spec 3.3.2).</summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = [];
        if (ExpectOptionalToken(TokenKind.LeftBrace))
        {
            var list = new ListBuilder<OperationTypeDefinitionNode>();
            do
            {
                Add(ref list, ParseOperationTypeDefinition());
            }
            while (!ExpectOptionalToken(TokenKind.RightBrace));

            operationTypes = ToArray(ref list, new OperationTypeDefinitionNode[list.Count]);
        }

        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            ThrowUnexpected();
        }

        return Located(new SchemaExtensionNode(directives, operationTypes), start);
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const] (Spec 3.5.1).</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            ThrowUnexpected();
        }

        return Located(new ScalarTypeExtensionNode(name, directives), start);
    }

    /// <summary>
    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces (Spec 3.6.3).
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("type"u8, "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            ThrowUnexpected();
        }

        return Located(new ObjectTypeExtensionNode(name, interfaces, directives, fields), start);
    }

    /// <summary>
    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend interface Name ImplementsInterfaces? Directives[Const] | extend interface Name ImplementsInterfaces (Spec 3.7.1).
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("interface"u8, "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            ThrowUnexpected();
        }

        return Located(new InterfaceTypeExtensionNode(name, interfaces, directives, fields), start);
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const] (Spec 3.8.1).</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            ThrowUnexpected();
        }

        return Located(new UnionTypeExtensionNode(name, directives, types), start);
    }

    /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const] (Spec 3.9.1).</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            ThrowUnexpected();
        }

        return Located(new EnumTypeExtensionNode(name, directives, values), start);
    }

    /// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const] (Spec 3.10.1).</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            ThrowUnexpected();
        }

        return Located(new InputObjectTypeExtensionNode(name, directives, fields), start);
    }
}
