using System.CommandLine;

namespace Gateway.Commands;

/// <summary><c>gateway graphql ...</c>: the engine's verbs, for trying schemas and documents locally and in CI.</summary>
public static class GraphQLCommand
{
    public static Command Create() => new("graphql", "Validate, execute, format and compare GraphQL documents and schemas.")
    {
        ValidateCommand.Create(),
        ExecuteCommand.Create(),
        FormatCommand.Create(),
        DiffCommand.Create(),
    };
}
