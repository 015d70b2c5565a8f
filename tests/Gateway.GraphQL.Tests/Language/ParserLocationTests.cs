using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>Node locations: first-token line and UTF-16 column as graphql-js reports them, byte offsets of first and last token.</summary>
public sealed class ParserLocationTests
{
    [Fact]
    public void Every_node_is_located_at_its_first_token_like_the_reference()
    {
        const string source = "query Q($a: [Int!]! = [1]) {\n  f: b(x: {y: \"é\"}) @d\n  ...F\n  ... on T { c }\n}\n\n\"\"\"\n  doc\n\"\"\"\nfragment F on T { z }";

        var document = Parser.Parse(source);

        // Expected text printed by graphql-js 16 visiting the same document.
        Assert.Equal(
            "OperationDefinition 1:1|Name 1:7|VariableDefinition 1:9|Variable 1:9|Name 1:10|NonNullType 1:13|ListType 1:13|NonNullType 1:14|NamedType 1:14|Name 1:14|ListValue 1:23|IntValue 1:24|SelectionSet 1:28|Field 2:3|Name 2:3|Name 2:6|Argument 2:8|Name 2:8|ObjectValue 2:11|ObjectField 2:12|Name 2:12|StringValue 2:15|Directive 2:21|Name 2:22|FragmentSpread 3:3|Name 3:6|InlineFragment 4:3|NamedType 4:10|Name 4:10|SelectionSet 4:12|Field 4:14|Name 4:14|FragmentDefinition 7:1|StringValue 7:1|Name 10:10|NamedType 10:15|Name 10:15|SelectionSet 10:17|Field 10:19|Name 10:19",
            SyntaxTreeDump.Locations(document));
    }

    [Fact]
    public void Names_are_located_where_written_after_an_alias_and_at_the_start_of_their_node_otherwise()
    {
        var document = Parser.Parse("{ a :\n   b(x: {y: 1}) c ... on T { d } }");

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var aliased = (FieldNode)selections[0];
        var argument = aliased.Arguments[0];
        var objectField = ((ObjectValueNode)argument.Value).Fields[0];
        Assert.Equal(new Location(2, 3, 1, 3), aliased.Alias!.Value.Location);
        Assert.Equal(new Location(9, 10, 2, 4), aliased.Name.Location);
        Assert.Equal(new Location(11, 12, 2, 6), argument.Name.Location);
        Assert.Equal(new Location(15, 16, 2, 10), objectField.Name.Location);
        Assert.Equal(new Location(22, 23, 2, 17), ((FieldNode)selections[1]).Name.Location);
        Assert.Equal(new Location(31, 32, 2, 26), ((InlineFragmentNode)selections[2]).TypeCondition!.Name.Location);
    }

    [Fact]
    public void A_field_built_in_code_keeps_the_location_of_the_name_after_its_alias()
    {
        var field = new FieldNode(new NameNode("a"), new NameNode("b") { Location = new Location(5, 6, 2, 3) }, [], [], null)
        {
            Location = new Location(0, 6, 1, 1),
        };

        Assert.Equal(new Location(0, 1, 1, 1), field.Alias!.Value.Location);
        Assert.Equal(new Location(5, 6, 2, 3), field.Name.Location);
        Assert.Equal("a", field.ResponseName);
        Assert.Null(new FieldNode(null, new NameNode("b"), [], [], null).Name.Location);
    }

    [Fact]
    public void Offsets_are_utf8_bytes_of_first_token_start_and_last_token_end()
    {
        var document = Parser.Parse("{ a(x: \"é\") b }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var fieldB = (FieldNode)operation.SelectionSet.Selections[1];
        Assert.Equal(new Location(0, 16, 1, 1), operation.Location);
        Assert.Equal(new Location(13, 14, 1, 13), fieldB.Location);
        Assert.Equal(new Location(0, 16, 1, 1), document.Location);
    }

    [Fact]
    public void Columns_count_utf16_units_after_astral_characters_and_comments()
    {
        var document = Parser.Parse("# 😀 comment\n{ a(x: \"😀😀\") b } # tail é\n{ c }");

        var first = (OperationDefinitionNode)document.Definitions[0];
        var second = (OperationDefinitionNode)document.Definitions[1];
        var fieldB = (FieldNode)first.SelectionSet.Selections[1];
        Assert.Equal((2, 16), (fieldB.Location!.Value.Line, fieldB.Location.Value.Column));
        Assert.Equal((3, 1), (second.Location!.Value.Line, second.Location.Value.Column));
    }

    [Fact]
    public void Lines_after_a_multi_line_block_string_count_every_terminator_kind()
    {
        var document = Parser.Parse("{ a(x: \"\"\"one\r\ntwo\rthree\nfour\"\"\") b }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var fieldB = (FieldNode)operation.SelectionSet.Selections[1];
        Assert.Equal((4, 10), (fieldB.Location!.Value.Line, fieldB.Location.Value.Column));
    }

    [Fact]
    public void No_locations_option_leaves_every_node_unlocated()
    {
        var document = Parser.Parse("query Q($v: Int = 1) { a(x: [1, {b: true}]) @d ...F }", new ParserOptions { NoLocations = true });

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Null(document.Location);
        Assert.Null(operation.Location);
        Assert.Null(operation.VariableDefinitions[0].Type.Location);
        Assert.Null(((FieldNode)operation.SelectionSet.Selections[0]).Arguments[0].Value.Location);
        Assert.Null(((FieldNode)operation.SelectionSet.Selections[0]).Arguments[0].Name.Location);
        var shorthand = (OperationDefinitionNode)Parser.Parse("{ a: b }", new ParserOptions { NoLocations = true }).Definitions[0];
        var aliased = (FieldNode)shorthand.SelectionSet.Selections[0];
        Assert.Null(aliased.Alias!.Value.Location);
        Assert.Null(aliased.Name.Location);
    }
}
