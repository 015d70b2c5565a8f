using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>Parses the documents of the execution tests with the engine's parser.</summary>
internal static class TestDocuments
{
    public static DocumentNode Parse(string source) => Parser.Parse(source);
}
