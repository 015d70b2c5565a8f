using Gateway.GraphQL;
using Gateway.GraphQL.Types;
using Gateway.LocalGraphQL;

namespace Gateway.Commands;

/// <summary>Reads the files the verbs take, turning every way they can be unusable into a message that names the file.</summary>
public static class InputFiles
{
    public static async Task<string> ReadTextAsync(FileInfo file, string role, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(file.FullName, cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException($"Cannot read the {role} file {file.FullName}: {error.Message}");
        }
    }

    /// <summary>Reads and builds a schema; a schema with errors is unusable and its errors are kept for the output.</summary>
    public static async Task<Schema> ReadSchemaAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var sdl = await ReadTextAsync(file, "schema", cancellationToken);
        try
        {
            return DocumentRunner.BuildSchema(sdl);
        }
        catch (GraphQLException error)
        {
            throw new UnusableInputException(
                $"The schema in {file.FullName} does not build:{Environment.NewLine}{Located(file, error.Errors)}",
                error.Errors);
        }
    }

    /// <summary>One line per error, <c>file:line:column: message</c>, the form editors and terminals link.</summary>
    public static string Located(FileInfo file, IReadOnlyList<GraphQLError> errors)
    {
        var lines = new System.Text.StringBuilder();
        foreach (var error in errors)
        {
            lines.Append(file.FullName);
            if (error.Locations.Count > 0)
            {
                lines.Append(':').Append(error.Locations[0].Line).Append(':').Append(error.Locations[0].Column);
            }

            lines.Append(": ").Append(error.Message).AppendLine();
        }

        return lines.ToString().TrimEnd();
    }
}
