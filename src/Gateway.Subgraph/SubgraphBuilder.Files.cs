using Gateway.GraphQL;
using Gateway.GraphQL.Language;

namespace Gateway.Subgraph;

/// <summary>Subgraphs whose SDL lives in <c>.graphql</c> files next to the code.</summary>
public sealed partial class SubgraphBuilder
{
    /// <summary>
    /// A subgraph of the SDL in <paramref name="paths"/>, read now and taken as one document (one file may
    /// hold the <c>@link</c> and the query root, others the types of an area). <c>_service { sdl }</c> answers
    /// the files' text joined by blank lines. A file that does not parse fails with its path and position.
    /// </summary>
    public static SubgraphBuilder FromFiles(params IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new ArgumentException("Name at least one SDL file.", nameof(paths));
        }

        var texts = new string[paths.Count];
        var definitions = new List<DefinitionNode>();
        var errors = new List<GraphQLError>();
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = File.ReadAllText(paths[i]).TrimEnd();
            try
            {
                definitions.AddRange(Parser.Parse(texts[i]).Definitions);
            }
            catch (GraphQLException exception)
            {
                foreach (var error in exception.Errors)
                {
                    errors.Add(new GraphQLError($"{paths[i]}: {error.Message}", error.Locations, error.Path, error.Extensions));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new GraphQLException(errors);
        }

        var document = new DocumentNode(definitions);
        return new SubgraphBuilder(() => document, new(), string.Join("\n\n", texts) + "\n");
    }
}
