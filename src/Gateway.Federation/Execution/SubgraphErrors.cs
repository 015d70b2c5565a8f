using Gateway.Federation.Transport;
using Gateway.GraphQL;

namespace Gateway.Federation.Execution;

/// <summary>
/// Turns an error a subgraph returned into an error of the client's response, as Apollo Gateway's
/// <c>downstreamServiceError</c> does: the message kept, <c>extensions</c> kept with <c>serviceName</c>
/// added and <c>DOWNSTREAM_SERVICE_ERROR</c> as the code when the subgraph gave none, locations dropped
/// (they point into the subgraph operation, not the client's), and the path re-based: an
/// <c>["_entities", i, ...]</c> path becomes the response path of the entity behind representation
/// <c>i</c>, a root fetch's path stays as it is.
/// </summary>
internal static class SubgraphErrors
{
    public static GraphQLError ToClientError(
        Dictionary<string, object?> error,
        string subgraph,
        IReadOnlyList<FoundEntity> entities,
        EntityRepresentations? representations)
    {
        var message = error.GetValueOrDefault("message") as string is { Length: > 0 } text
            ? text
            : $"Error while fetching subquery from service \"{subgraph}\"";
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.GetValueOrDefault("extensions") is Dictionary<string, object?> original)
        {
            foreach (var (key, value) in original)
            {
                extensions[key] = value;
            }
        }

        extensions.TryAdd("code", SubgraphErrorCodes.DownstreamServiceError);
        extensions["serviceName"] = subgraph;
        return new GraphQLError(message, path: ClientPath(error.GetValueOrDefault("path") as List<object?>, entities, representations), extensions: extensions);
    }

    private static List<object>? ClientPath(List<object?>? path, IReadOnlyList<FoundEntity> entities, EntityRepresentations? representations)
    {
        if (path is null)
        {
            return null;
        }

        var start = 0;
        var result = new List<object>(path.Count + 4);
        if (representations is not null)
        {
            // Apollo Gateway gives an entity error without an index the flatten path as is; without '@' kept
            // that path has no meaning for clients, so such errors carry none.
            if (path is not [_, long index, ..] || index < 0 || index >= representations.FirstEntity.Length)
            {
                return null;
            }

            result.AddRange(entities[representations.FirstEntity[(int)index]].Path);
            start = 2;
        }
        else if (entities is [{ Path.Length: > 0 } root, ..])
        {
            // A root-kind fetch under a flatten (rare): its paths are relative to the object it ran for.
            result.AddRange(root.Path);
        }

        for (var i = start; i < path.Count; i++)
        {
            switch (path[i])
            {
                case string name:
                    result.Add(name);
                    break;
                case long number when number is >= 0 and <= int.MaxValue:
                    result.Add((int)number);
                    break;
                default:
                    return null;
            }
        }

        return result;
    }
}
