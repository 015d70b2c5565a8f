using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;
using Gateway.GraphQL.Validation.Limits;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private static readonly Schema TestSchema = Schema(Object("Query", Field("hello", BuiltInScalars.String, context => new ValueTask<object?>($"hello {context.Argument<string>("name")}"), Argument("name", BuiltInScalars.String))));

    [Fact]
    public async Task Parses_validates_and_executes_query_text()
    {
        var executor = new RequestExecutor(TestSchema);

        var result = await executor.ExecuteAsync("query Q($n: String) { hello(name: $n) }", "Q", new Dictionary<string, object?> { ["n"] = "Ada" });

        Assert.Equal(Json("{'data':{'hello':'hello Ada'}}"), result.ToJson());
    }

    [Fact]
    public async Task Syntax_error_is_returned_without_data()
    {
        var executor = new RequestExecutor(TestSchema);

        var result = await executor.ExecuteAsync("{ hello(");

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Syntax Error:", error.Message);
        Assert.Equal((1, 9), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task Validation_errors_are_returned_without_data_every_time()
    {
        var executor = new RequestExecutor(TestSchema);

        var first = await executor.ExecuteAsync("{ nope }");
        var second = await executor.ExecuteAsync("{ nope }");

        Assert.False(first.HasData);
        var error = Assert.Single(first.Errors);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", error.Message);
        Assert.Equal((1, 3), (error.Locations[0].Line, error.Locations[0].Column));
        Assert.Equal(first.ToJson(), second.ToJson());
    }

    [Fact]
    public async Task Variables_that_do_not_coerce_are_a_request_error()
    {
        var executor = new RequestExecutor(TestSchema);

        var result = await executor.ExecuteAsync("query($n: String) { hello(name: $n) }", null, new Dictionary<string, object?> { ["n"] = 1.5 });

        Assert.False(result.HasData);
        Assert.Equal("Variable \"$n\" got invalid value 1.5; String cannot represent a non string value: 1.5", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Prepare_returns_the_cached_document_for_the_same_text()
    {
        var executor = new RequestExecutor(TestSchema);

        var first = executor.Prepare("{ hello }");
        var second = executor.Prepare("{ hello }");

        Assert.True(first.IsValid);
        Assert.Same(first, second);
    }

    [Fact]
    public void Prepare_keeps_the_document_of_an_invalid_text_and_marks_only_parse_failures_as_syntax_errors()
    {
        var executor = new RequestExecutor(TestSchema);

        var invalid = executor.Prepare("mutation { nope }");
        var unparsable = executor.Prepare("{ hello(");

        Assert.False(invalid.IsValid);
        Assert.False(invalid.IsSyntaxError);
        Assert.NotNull(invalid.Document);
        Assert.True(unparsable.IsSyntaxError);
        Assert.Null(unparsable.Document);
    }

    [Fact]
    public void Texts_longer_than_the_cached_length_are_prepared_each_time()
    {
        var executor = new RequestExecutor(TestSchema, DocumentPreparationOptions.Default with { MaxCachedQueryLength = 20 });
        var longText = "{ hello " + new string(' ', 20) + "}";

        Assert.Same(executor.Prepare("{ hello }"), executor.Prepare("{ hello }"));
        Assert.NotSame(executor.Prepare(longText), executor.Prepare(longText));
    }

    [Fact]
    public async Task Preparation_options_set_parser_limits_and_extra_validation_rules()
    {
        var executor = new RequestExecutor(TestSchema, new DocumentPreparationOptions
        {
            ParserOptions = new ParserOptions { MaxTokens = 12 },
            ValidationRules = [.. SpecifiedRules.All, .. new OperationLimits { MaxAliases = 1 }.CreateRules()],
        });

        var tooManyTokens = executor.Prepare("{ " + string.Join(' ', Enumerable.Repeat("hello", 12)) + " }");
        var result = await executor.ExecuteAsync("{ a: hello b: hello }");

        Assert.True(tooManyTokens.IsSyntaxError);
        Assert.False(result.HasData);
        Assert.Contains("alias", Assert.Single(result.Errors).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Prepared_document_executes_the_named_operation()
    {
        var executor = new RequestExecutor(TestSchema);
        var prepared = executor.Prepare("query A { hello } query B { hello(name: \"B\") }");

        var operation = Executor.GetOperation(prepared.Document!, "B", out var error);
        var result = await executor.ExecuteAsync(prepared, "B", null, null, null, CancellationToken.None);

        Assert.Null(error);
        Assert.Equal("B", operation!.Name?.Value);
        Assert.Equal(Json("{'data':{'hello':'hello B'}}"), result.ToJson());
    }

    [Theory]
    [InlineData(null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("C", "Unknown operation named \"C\".")]
    public void GetOperation_reports_why_no_operation_was_chosen(string? name, string message)
    {
        var document = new RequestExecutor(TestSchema).Prepare("query A { hello } query B { hello }").Document!;

        Assert.Null(Executor.GetOperation(document, name, out var error));
        Assert.Equal(message, error!.Message);
    }
}
