using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Building;

/// <summary>Reads the built-in directives applied in SDL: @deprecated, @specifiedBy, @oneOf.</summary>
internal static class AppliedDirectiveValues
{
    /// <summary>Spec 3.13.3 @deprecated: the reason given, or the default one; null when not deprecated.</summary>
    public static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var directive = Find(directives, "deprecated");
        if (directive is null)
        {
            return null;
        }

        return ArgumentString(directive, "reason") ?? BuiltInDirectives.DefaultDeprecationReason;
    }

    /// <summary>Spec 3.13.4 @specifiedBy(url:).</summary>
    public static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        Find(directives, "specifiedBy") is { } directive ? ArgumentString(directive, "url") : null;

    public static bool Has(IReadOnlyList<DirectiveNode> directives, string name) => Find(directives, name) is not null;

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    private static string? ArgumentString(DirectiveNode directive, string name) =>
        directive.Argument(name) is StringValueNode text ? text.Value : null;
}
