using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// Validates a document with one rule and compares the errors with the expected ones as text,
/// <c>message (line:column, ...)</c>, so a failure shows every difference at once.
/// </summary>
internal static class ValidationAssert
{
    public static void Valid<TRule>(string document, Schema? schema = null)
        where TRule : ValidationRule, new() => Errors<TRule>(document, schema);

    public static void Errors<TRule>(string document, params (string Message, (int Line, int Column)[] Locations)[] expected)
        where TRule : ValidationRule, new() => Errors<TRule>(document, null, expected);

    public static void Errors<TRule>(string document, Schema? schema, params (string Message, (int Line, int Column)[] Locations)[] expected)
        where TRule : ValidationRule, new()
    {
        var errors = DocumentValidator.Validate(schema ?? ValidationTestSchema.Instance, ValidationAssert.Parse(document), [() => new TRule()]);
        Assert.Equal(Format(expected), Format(errors));
    }

    /// <summary>The one place tests parse documents: switch to the engine's Parser.Parse once it is on main.</summary>
    public static DocumentNode Parse(string document) => Gateway.GraphQL.Language.Parser.Parse(document);

    public static (string, (int, int)[]) Error(string message, params (int Line, int Column)[] locations) => (message, locations);

    public static string Format(IReadOnlyList<GraphQLError> errors)
    {
        var lines = new List<string>(errors.Count);
        foreach (var error in errors)
        {
            lines.Add(error.Message + " " + string.Join(", ", error.Locations.Select(l => $"({l.Line}:{l.Column})")));
        }

        return string.Join("\n", lines);
    }

    private static string Format((string Message, (int Line, int Column)[] Locations)[] expected)
    {
        var lines = new List<string>(expected.Length);
        foreach (var (message, locations) in expected)
        {
            lines.Add(message + " " + string.Join(", ", locations.Select(l => $"({l.Line}:{l.Column})")));
        }

        return string.Join("\n", lines);
    }
}
