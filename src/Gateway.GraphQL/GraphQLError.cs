using Gateway.GraphQL.Language;

namespace Gateway.GraphQL;

/// <summary>
/// An error as the response carries it (Spec 7.1.2): a message for the developer, the source locations
/// it relates to, the response path of the field for execution errors, and optional extensions.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
    }

    public string Message { get; }

    /// <summary>Where in the document the error applies; empty when no location is known.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>Response path: strings for field response names, ints for list indices.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>An error located at the given nodes (those without a location are skipped).</summary>
    public static GraphQLError At(string message, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return new GraphQLError(message, locations);
    }

    /// <summary>An error located where the given names (which are not nodes of their own) were written.</summary>
    public static GraphQLError At(string message, params ReadOnlySpan<Location?> locations)
    {
        var sourceLocations = new List<SourceLocation>(locations.Length);
        foreach (var location in locations)
        {
            if (location is { } known)
            {
                sourceLocations.Add(new SourceLocation(known.Line, known.Column));
            }
        }

        return new GraphQLError(message, sourceLocations);
    }

    public override string ToString() => Locations.Count == 0
        ? Message
        : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}
