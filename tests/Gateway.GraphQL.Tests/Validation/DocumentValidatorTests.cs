using System.Text;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;
using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Valid_document_has_no_errors_under_the_rules_available()
    {
        var document = ValidationAssert.Parse(
            """
            query Q($atOtherHomes: Boolean) {
              dog { ...DogFields isHouseTrained(atOtherHomes: $atOtherHomes) }
            }
            fragment DogFields on Dog { name barkVolume }
            """);

        Assert.Empty(DocumentValidator.Validate(ValidationTestSchema.Instance, document));
    }

    [Fact]
    public void Errors_stop_after_the_limit_with_a_final_error()
    {
        var document = ValidationAssert.Parse("{ dog { a b c d e } }");

        var errors = DocumentValidator.Validate(ValidationTestSchema.Instance, document, [() => new FieldsOnCorrectTypeRule()], maxErrors: 2);

        Assert.Equal(
            [
                "Cannot query field \"a\" on type \"Dog\".",
                "Cannot query field \"b\" on type \"Dog\".",
                "Too many validation errors, error limit reached. Validation aborted.",
            ],
            errors.Select(e => e.Message));
        Assert.Empty(errors[2].Locations);
    }

    [Fact]
    public void Rules_run_in_one_pass_with_errors_in_document_order()
    {
        var document = ValidationAssert.Parse("{ dog { unknown } cat { meows { x } } }");

        var errors = DocumentValidator.Validate(ValidationTestSchema.Instance, document, [() => new ScalarLeafsRule(), () => new FieldsOnCorrectTypeRule()]);

        Assert.Equal(
            "Cannot query field \"unknown\" on type \"Dog\". (1:9)\n" +
            "Field \"meows\" must not have a selection since type \"Boolean\" has no subfields. (1:31)",
            ValidationAssert.Format(errors));
    }

    [Fact]
    public void Long_fragment_chain_is_checked_without_deep_recursion()
    {
        const int length = 20_000;
        var text = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < length; i++)
        {
            text.Append($"fragment F{i} on Dog {{ ...F{(i + 1) % length} }}\n");
        }

        var errors = DocumentValidator.Validate(ValidationTestSchema.Instance, Gateway.GraphQL.Language.Parser.Parse(text.ToString(), new Gateway.GraphQL.Language.ParserOptions { MaxTokens = 1_000_000 }), [() => new NoFragmentCyclesRule()]);

        var error = Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",", error.Message, StringComparison.Ordinal);
        Assert.Equal(length, error.Locations.Count);
    }

    [Fact]
    public void Variable_usages_carry_the_expected_type_and_whether_the_position_has_a_default()
    {
        var document = ValidationAssert.Parse(
            """
            query Q($a: Boolean, $b: Int, $c: [String], $d: Boolean = true) {
              dog { isHouseTrained(atOtherHomes: $a) ...F }
              complicatedArgs {
                complexArgField(complexArg: { nonNullField: $a, intField: $b, stringListField: [$c] })
              }
            }
            fragment F on Dog { isAtLocation(x: $b, y: $unknown) name @include(if: $d) }
            """);
        var probe = new UsageProbe();

        DocumentValidator.Validate(ValidationTestSchema.Instance, document, [() => probe]);

        Assert.Equal(
            [
                "a: Boolean default",
                "a: Boolean! default",
                "b: Int",
                "c: String",
                "b: Int",
                "unknown: Int",
                "d: Boolean!",
            ],
            probe.Usages);
    }

    [Fact]
    public void Type_information_follows_fields_fragments_and_arguments()
    {
        var document = ValidationAssert.Parse("{ pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } } catOrDog { __typename } }");
        var probe = new TypeProbe();

        DocumentValidator.Validate(ValidationTestSchema.Instance, document, [() => probe]);

        Assert.Equal(
            [
                "field pet: Pet in QueryRoot",
                "inline Dog in Pet",
                "field doesKnowCommand: Boolean in Dog",
                "argument dogCommand: DogCommand",
                "enum SIT",
                "field catOrDog: CatOrDog in QueryRoot",
                "field __typename: String! in CatOrDog",
            ],
            probe.Events);
    }

    private sealed class UsageProbe : ValidationRule
    {
        public List<string> Usages { get; } = [];

        public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
        {
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                Usages.Add($"{usage.Node.Name.Value}: {usage.Type}{(usage.LocationHasDefaultValue ? " default" : string.Empty)}");
            }
        }
    }

    private sealed class TypeProbe : ValidationRule
    {
        public List<string> Events { get; } = [];

        public override void EnterField(FieldNode node, ValidationContext context) =>
            Events.Add($"field {node.Name.Value}: {context.Type} in {context.ParentType}");

        public override void EnterInlineFragment(InlineFragmentNode node, ValidationContext context) =>
            Events.Add($"inline {context.Type} in {context.ParentType}");

        public override void EnterArgument(ArgumentNode node, ValidationContext context) =>
            Events.Add($"argument {context.Argument?.Name}: {context.InputType}");

        public override void EnterValue(ValueNode node, ValidationContext context)
        {
            if (node is EnumValueNode)
            {
                Events.Add($"enum {context.EnumValue?.Name}");
            }
        }
    }

    // graphql-js assertValidSchema: rules assume a valid schema, so an invalid one is refused outright.
    [Fact]
    public void An_invalid_schema_is_refused_with_its_errors()
    {
        var noQueryRoot = new Schema([BuiltInScalars.String], [], queryType: null);

        var exception = Assert.Throws<GraphQLException>(() => DocumentValidator.Validate(noQueryRoot, ValidationAssert.Parse("{ a }")));

        Assert.Equal(["Query root type must be provided."], exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void A_schema_is_validated_once_and_its_result_kept()
    {
        var emptyObject = new ObjectType("Query");
        var schema = new Schema([emptyObject], [], emptyObject);

        var first = Assert.Throws<GraphQLException>(() => DocumentValidator.Validate(schema, ValidationAssert.Parse("{ a }")));
        var second = Assert.Throws<GraphQLException>(() => DocumentValidator.Validate(schema, ValidationAssert.Parse("{ b }")));

        Assert.Equal(["Type Query must define one or more fields."], first.Errors.Select(e => e.Message));
        Assert.Same(first.Errors, second.Errors);
        Assert.Same(schema.ValidationErrors, schema.ValidationErrors);
    }
}
