namespace Gateway.GraphQL.Language;

// Spec 3 Type System: schema, type and directive definitions.
public ref partial struct Parser
{
    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (Spec 3.3).</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(isConst: true);
        ExpectToken(TokenKind.LeftBrace);
        var operationTypes = new ListBuilder<OperationTypeDefinitionNode>();
        do
        {
            Add(ref operationTypes, ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.RightBrace));

        return Located(new SchemaDefinitionNode(description, directives, ToArray(ref operationTypes, new OperationTypeDefinitionNode[operationTypes.Count])), start);
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType (Spec 3.3.1).</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return Located(new OperationTypeDefinitionNode(operation, type), start);
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (Spec 3.5).</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return Located(new ScalarTypeDefinitionNode(description, name, directives), start);
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (Spec 3.6).</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type"u8, "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return Located(new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields), start);
    }

    /// <summary>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType (Spec 3.6).</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"u8))
        {
            return [];
        }

        ExpectOptionalToken(TokenKind.Ampersand);
        var interfaces = new ListBuilder<NamedTypeNode>();
        do
        {
            Add(ref interfaces, ParseNamedType());
        }
        while (ExpectOptionalToken(TokenKind.Ampersand));

        return ToArray(ref interfaces, new NamedTypeNode[interfaces.Count]);
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ } (Spec 3.6).</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = new ListBuilder<FieldDefinitionNode>();
        do
        {
            Add(ref fields, ParseFieldDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.RightBrace));

        return ToArray(ref fields, new FieldDefinitionNode[fields.Count]);
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (Spec 3.6).</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return Located(new FieldDefinitionNode(description, name, arguments, type, directives), start);
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ ) (Spec 3.6.1).</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.LeftParen))
        {
            return [];
        }

        var arguments = new ListBuilder<InputValueDefinitionNode>();
        do
        {
            Add(ref arguments, ParseInputValueDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.RightParen));

        return ToArray(ref arguments, new InputValueDefinitionNode[arguments.Count]);
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (Spec 3.6.1).</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return Located(new InputValueDefinitionNode(description, name, type, defaultValue, directives), start);
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (Spec 3.7).</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface"u8, "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return Located(new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields), start);
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (Spec 3.8).</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return Located(new UnionTypeDefinitionNode(description, name, directives, types), start);
    }

    /// <summary>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType (Spec 3.8).</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!ExpectOptionalToken(TokenKind.Equals))
        {
            return [];
        }

        ExpectOptionalToken(TokenKind.Pipe);
        var types = new ListBuilder<NamedTypeNode>();
        do
        {
            Add(ref types, ParseNamedType());
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return ToArray(ref types, new NamedTypeNode[types.Count]);
    }

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (Spec 3.9).</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return Located(new EnumTypeDefinitionNode(description, name, directives, values), start);
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ } (Spec 3.9).</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.LeftBrace))
        {
            return [];
        }

        var values = new ListBuilder<EnumValueDefinitionNode>();
        do
        {
            Add(ref values, ParseEnumValueDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.RightBrace));

        return ToArray(ref values, new EnumValueDefinitionNode[values.Count]);
    }

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (Spec 3.9). EnumValue : Name but not true, false or null.</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        if (_lexer.IsKeyword("true"u8) || _lexer.IsKeyword("false"u8) || _lexer.IsKeyword("null"u8))
        {
            SyntaxErrors.Throw(_lexer.Source, _lexer.Start, $"{Describe(_lexer)} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return Located(new EnumValueDefinitionNode(description, name, directives), start);
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (Spec 3.10).</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return Located(new InputObjectTypeDefinitionNode(description, name, directives, fields), start);
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ } (Spec 3.10).</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = new ListBuilder<InputValueDefinitionNode>();
        do
        {
            Add(ref fields, ParseInputValueDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.RightBrace));

        return ToArray(ref fields, new InputValueDefinitionNode[fields.Count]);
    }

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations (Spec 3.13).
    /// DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation.
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive"u8, "directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8, "on");
        ExpectOptionalToken(TokenKind.Pipe);
        // Directive definitions are rare and short, so a plain list serves.
        var locations = new List<NameNode>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return Located(new DirectiveDefinitionNode(description, name, arguments, repeatable, locations.ToArray()), start);
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation (Spec 3.13).</summary>
    private NameNode ParseDirectiveLocation()
    {
        var token = _lexer;
        var name = ParseName();
        if (!DirectiveLocationNames.IsKnown(name.Value))
        {
            ThrowUnexpected(token);
        }

        return name;
    }
}
