using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

/// <summary>Spec 3.13 Directives, Type Validation: no directive may reference itself, directly or indirectly.</summary>
public sealed class DirectiveSelfReferenceTests
{
    [Fact]
    public void Directive_applied_to_its_own_argument_is_reported_at_the_definition_and_the_use()
    {
        var errors = ErrorsOf("directive @d(a: Int @d) on ARGUMENT_DEFINITION\ntype Query { a: Int }");

        Assert.Equal(["Directive \"@d\" must not reference itself, but it does through @d(a:) -> @d. @ 1:1 1:21"], errors);
    }

    [Fact]
    public void Directive_reached_through_an_input_type_and_another_directive_is_reported_for_each_directive_on_the_cycle()
    {
        var errors = ErrorsOf(
            "directive @a(x: In) on ARGUMENT_DEFINITION | FIELD_DEFINITION\n" +
            "input In { f: Int @b }\n" +
            "directive @b(y: Int @a) on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION\n" +
            "type Query { q: Int }");

        Assert.Equal(
            [
                "Directive \"@a\" must not reference itself, but it does through @a(x:) -> In -> In.f -> @b(y:) -> @a. @ 1:1 3:21",
                "Directive \"@b\" must not reference itself, but it does through @b(y:) -> @a(x:) -> In -> In.f -> @b. @ 3:1 2:19",
            ],
            errors);
    }

    [Fact]
    public void Directive_applied_to_a_value_of_its_own_argument_enum_is_reported()
    {
        var errors = ErrorsOf("directive @e(v: E) on ENUM_VALUE\nenum E { A @e(v: A) }\ntype Query { q: E }");

        Assert.Equal(["Directive \"@e\" must not reference itself, but it does through @e(v:) -> E -> E.A -> @e. @ 1:1 2:12"], errors);
    }

    [Fact]
    public void Directive_applied_to_its_argument_input_type_is_reported()
    {
        var errors = ErrorsOf("directive @t(i: In) on INPUT_OBJECT\ninput In @t { a: Int }\ntype Query { q: Int }");

        Assert.Equal(["Directive \"@t\" must not reference itself, but it does through @t(i:) -> In -> @t. @ 1:1 2:10"], errors);
    }

    [Fact]
    public void Directives_used_on_output_fields_and_other_directives_without_a_cycle_are_valid()
    {
        var errors = ErrorsOf(
            "directive @x(i: In) on FIELD_DEFINITION\n" +
            "directive @y(n: Int @z) on FIELD_DEFINITION\n" +
            "directive @z on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION\n" +
            "input In { a: Int @z b: In }\n" +
            "type Query { f: Int @x(i: { a: 1 }) @y(n: 2) }");

        Assert.Empty(errors);
    }

    [Fact]
    public void Schema_made_in_code_is_checked_too()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", BuiltInScalars.Int));
        var directive = new DirectiveDefinition("d", [DirectiveLocation.ArgumentDefinition]);
        var argument = directive.AddArgument(new InputValueDefinition("a", BuiltInScalars.Int));
        argument.Directives.Add(new Gateway.GraphQL.Language.DirectiveNode(new Gateway.GraphQL.Language.NameNode("d"), []));

        var errors = SchemaValidator.Validate(new Schema([query], [.. BuiltInDirectives.All, directive], query));

        var error = Assert.Single(errors);
        Assert.Equal("Directive \"@d\" must not reference itself, but it does through @d(a:) -> @d.", error.Message);
        Assert.Empty(error.Locations);
    }

    internal static string[] ErrorsOf(string sdl)
    {
        try
        {
            SchemaBuilder.FromSdl(sdl);
            return [];
        }
        catch (GraphQLException exception)
        {
            var messages = new string[exception.Errors.Count];
            for (var i = 0; i < messages.Length; i++)
            {
                var error = exception.Errors[i];
                messages[i] = error.Message + " @ " + string.Join(' ', error.Locations.Select(l => $"{l.Line}:{l.Column}"));
            }

            return messages;
        }
    }
}
