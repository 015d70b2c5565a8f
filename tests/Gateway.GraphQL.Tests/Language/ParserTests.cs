using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>The trees the parser builds for each production.</summary>
public sealed class ParserTests
{
    [Fact]
    public void Parses_an_operation_with_description_variables_directives_and_selections()
    {
        var document = Parser.Parse("\"Gets\" query Q(\"the id\" $id: ID! = \"1\" @v) @op { a: b(x: $id) @f ...F ... on T { c } ... @i { d } }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal("Gets", operation.Description!.Value);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name?.Value);
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("the id", variable.Description!.Value);
        Assert.Equal("id", variable.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NonNullTypeNode>(variable.Type).NamedType.Name.Value);
        Assert.Equal("1", Assert.IsType<StringValueNode>(variable.DefaultValue).Value);
        Assert.Equal("v", Assert.Single(variable.Directives).Name.Value);
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);

        var selections = operation.SelectionSet.Selections;
        var field = Assert.IsType<FieldNode>(selections[0]);
        Assert.Equal(("a", "b", "a"), (field.Alias?.Value, field.Name.Value, field.ResponseName));
        Assert.Equal("id", Assert.IsType<VariableNode>(Assert.Single(field.Arguments).Value).Name.Value);
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[1]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition!.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[3]);
        Assert.Null(untyped.TypeCondition);
        Assert.Equal("i", Assert.Single(untyped.Directives).Name.Value);
    }

    [Theory]
    [InlineData("mutation { a }", OperationType.Mutation)]
    [InlineData("subscription S { a }", OperationType.Subscription)]
    [InlineData("{ a }", OperationType.Query)]
    public void Reads_each_operation_type(string source, OperationType expected)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];

        Assert.Equal(expected, operation.Operation);
    }

    [Fact]
    public void Long_lists_nested_in_long_lists_keep_every_item_in_order()
    {
        // Lists longer than the parser's stack buffer continue on its scratch stack; an inner long list is
        // closed before the outer one takes its next item.
        static string Names(string prefix, int count) => string.Join(" ", Enumerable.Range(0, count).Select(i => $"{prefix}{i}"));
        var arguments = string.Join(", ", Enumerable.Range(0, 20).Select(i => $"a{i}: [{string.Join(", ", Enumerable.Range(0, 18).Select(j => j))}]"));
        var inner = $"{{ {Names("x", 17)} }}";
        var outer = string.Join(" ", Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? $"f{i}({arguments}) {inner}" : $"f{i}"));

        var document = Parser.Parse($"{{ {outer} }}");

        var selections = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions)).SelectionSet.Selections;
        Assert.Equal(40, selections.Count);
        for (var i = 0; i < 40; i++)
        {
            var field = Assert.IsType<FieldNode>(selections[i]);
            Assert.Equal($"f{i}", field.Name.Value);
            if (i % 2 == 1)
            {
                Assert.Empty(field.Arguments);
                Assert.Null(field.SelectionSet);
                continue;
            }

            Assert.Equal(Enumerable.Range(0, 20).Select(j => $"a{j}"), field.Arguments.Select(a => a.Name.Value));
            var values = Assert.IsType<ListValueNode>(field.Arguments[19].Value).Values;
            Assert.Equal(Enumerable.Range(0, 18).Select(j => j.ToString()), values.Select(v => Assert.IsType<IntValueNode>(v).Value));
            Assert.Equal(Enumerable.Range(0, 17).Select(j => $"x{j}"), field.SelectionSet!.Selections.Select(s => ((FieldNode)s).Name.Value));
        }
    }

    [Fact]
    public void Parses_a_fragment_definition_with_description()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(Parser.Parse("\"\"\"Doc\"\"\" fragment F on User @d { id }").Definitions[0]);

        Assert.Equal(("Doc", true), (fragment.Description!.Value, fragment.Description.Block));
        Assert.Equal(("F", "User"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
        Assert.Single(fragment.Directives);
    }

    [Fact]
    public void Keywords_are_ordinary_names_in_fields_arguments_and_values()
    {
        var document = Parser.Parse("{ query(fragment: on, type: true, null: null) { mutation subscription extend schema } }");

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("query", field.Name.Value);
        Assert.Equal("on", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        Assert.True(Assert.IsType<BooleanValueNode>(field.Arguments[1].Value).Value);
        Assert.IsType<NullValueNode>(field.Arguments[2].Value);
        Assert.Equal(4, field.SelectionSet!.Selections.Count);
    }

    [Fact]
    public void Parses_values_of_every_kind()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{int: -12, float: 1.5e3, string: \"s\", block: \"\"\"b\"\"\", t: true, f: false, n: null, e: RED, v: $v, list: [1 [2]], obj: {}}"));

        Assert.Equal("-12", Assert.IsType<IntValueNode>(value.Fields[0].Value).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(value.Fields[1].Value).Value);
        Assert.False(Assert.IsType<StringValueNode>(value.Fields[2].Value).Block);
        Assert.True(Assert.IsType<StringValueNode>(value.Fields[3].Value).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(value.Fields[4].Value).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(value.Fields[5].Value).Value);
        Assert.IsType<NullValueNode>(value.Fields[6].Value);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(value.Fields[7].Value).Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(value.Fields[8].Value).Name.Value);
        Assert.IsType<ListValueNode>(Assert.IsType<ListValueNode>(value.Fields[9].Value).Values[1]);
        Assert.Empty(Assert.IsType<ObjectValueNode>(value.Fields[10].Value).Fields);
    }

    [Fact]
    public void Const_values_reject_variables()
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.ParseConstValue("[1, $v]"));

        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal((1, 5), (error.Line, error.Column));
    }

    [Fact]
    public void Parses_nested_type_references()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));

        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
    }

    [Fact]
    public void Parses_every_type_system_definition()
    {
        var definitions = Parser.Parse(KitchenSink.Schema).Definitions;

        var schema = Assert.IsType<SchemaDefinitionNode>(definitions[0]);
        Assert.Equal("The schema's entry points.", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation], schema.OperationTypes.Select(o => o.Operation));

        var scalar = Assert.IsType<ScalarTypeDefinitionNode>(definitions[1]);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);

        var query = Assert.IsType<ObjectTypeDefinitionNode>(definitions[2]);
        Assert.Equal(["Node", "Entity"], query.Interfaces.Select(i => i.Name.Value));
        var users = query.Fields[1];
        Assert.Equal("max results", users.Arguments[0].Description!.Value);
        Assert.Equal("10", Assert.IsType<IntValueNode>(users.Arguments[0].DefaultValue).Value);
        Assert.IsType<ObjectValueNode>(users.Arguments[2].DefaultValue);

        var entity = Assert.IsType<InterfaceTypeDefinitionNode>(definitions[4]);
        Assert.Equal("Node", Assert.Single(entity.Interfaces).Name.Value);

        var union = Assert.IsType<UnionTypeDefinitionNode>(definitions[5]);
        Assert.Equal(["User", "Post"], union.Types.Select(t => t.Name.Value));

        var role = Assert.IsType<EnumTypeDefinitionNode>(definitions[6]);
        Assert.Equal(["ADMIN", "USER", "GUEST"], role.Values.Select(v => v.Name.Value));
        Assert.Equal("admin", role.Values[0].Description!.Value);

        var input = Assert.IsType<InputObjectTypeDefinitionNode>(definitions[7]);
        Assert.Equal(3, input.Fields.Count);

        var key = Assert.IsType<DirectiveDefinitionNode>(definitions[8]);
        Assert.True(key.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], key.Locations.Select(l => l.Value));

        var live = Assert.IsType<DirectiveDefinitionNode>(definitions[9]);
        Assert.False(live.Repeatable);
        Assert.Equal(19, live.Locations.Count);
    }

    [Fact]
    public void Parses_every_extension_form()
    {
        var definitions = Parser.Parse(KitchenSink.Schema).Definitions.Skip(10).ToList();

        Assert.Equal(
            [
                SyntaxKind.SchemaExtension, SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension, SyntaxKind.InterfaceTypeExtension,
                SyntaxKind.UnionTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension, SyntaxKind.InputObjectTypeExtension,
            ],
            definitions.Select(d => d.Kind));
        Assert.Equal(OperationType.Subscription, Assert.Single(((SchemaExtensionNode)definitions[0]).OperationTypes).Operation);
        Assert.Equal("More", Assert.Single(((ObjectTypeExtensionNode)definitions[4]).Interfaces).Name.Value);
        Assert.Equal("Comment", Assert.Single(((UnionTypeExtensionNode)definitions[7]).Types).Name.Value);
    }

    [Theory]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("schema { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("schema { other: Q }", "Syntax Error: Unexpected Name \"other\".", 1, 10)]
    [InlineData("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("directive @d(a: Int) FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("input I { a: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("type T { f(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("type T { f: }", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    [InlineData("{ ...F @ }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("query ($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 10)]
    [InlineData("query ($a: ) { a }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("query ($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 16)]
    [InlineData("query ($a: Int = ) { a }", "Syntax Error: Unexpected \")\".", 1, 18)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a(x: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("{ a(x: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("\"d\" \"e\" type T", "Syntax Error: Unexpected String \"e\".", 1, 5)]
    [InlineData("\"d\"", "Syntax Error: Unexpected <EOF>.", 1, 4)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{ a } 1.5", "Syntax Error: Unexpected Float \"1.5\".", 1, 7)]
    [InlineData("{ a } \"\"\"x\"\"\"", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    public void Reports_type_system_and_operation_errors_like_the_reference(string source, string message, int line, int column)
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
