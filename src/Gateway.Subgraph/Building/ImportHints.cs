using Gateway.GraphQL;
using Gateway.Subgraph.Linking;

namespace Gateway.Subgraph.Building;

/// <summary>
/// Turns "Unknown directive" errors about federation directives the <c>@link</c> did not import into ones
/// that say how to import them: the most common mistake in a Federation 2 subgraph.
/// </summary>
internal static class ImportHints
{
    private const string UnknownDirective = "Unknown directive \"@";

    public static IReadOnlyList<GraphQLError> Explain(IReadOnlyList<GraphQLError> errors, FederationLink link)
    {
        var explained = new GraphQLError[errors.Count];
        for (var i = 0; i < explained.Length; i++)
        {
            explained[i] = Explain(errors[i], link);
        }

        return explained;
    }

    private static GraphQLError Explain(GraphQLError error, FederationLink link)
    {
        if (!error.Message.StartsWith(UnknownDirective, StringComparison.Ordinal) || !error.Message.EndsWith("\".", StringComparison.Ordinal))
        {
            return error;
        }

        var name = error.Message[UnknownDirective.Length..^2];
        var namespacePrefix = link.Prefix + "__";
        var specName = link.IsVersion2 && name.StartsWith(namespacePrefix, StringComparison.Ordinal) ? name[namespacePrefix.Length..] : name;
        var element = FederationElements.Find("@" + specName);
        if (element is null)
        {
            return error;
        }

        string hint;
        if (!link.IsVersion2)
        {
            hint = $"@{specName} is a Federation 2 directive: link the spec with extend schema @link(url: \"{FederationLink.SpecUrlPrefix}2.{Math.Max(element.SinceMinor, 3)}\", import: [\"@{specName}\"]).";
        }
        else if (!link.Supports(element.SinceMinor))
        {
            hint = $"@{specName} needs federation v2.{element.SinceMinor} or later; the @link names v2.{link.Minor}.";
        }
        else
        {
            hint = $"Import it with @link(import: [..., \"@{specName}\"]), or write @{link.Directive(specName)}.";
        }

        return new GraphQLError($"{error.Message} {hint}", error.Locations, error.Path, error.Extensions);
    }
}
