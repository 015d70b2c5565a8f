namespace Gateway.Subgraph.Linking;

/// <summary>
/// The federation spec's directives and types, Federation 2 up to v2.9, with the version that introduced
/// each (Apollo Federation directives reference). Locations and arguments follow the definitions that
/// <c>@apollo/subgraph</c> 2.14 adds, so composition sees what it expects.
/// </summary>
internal static class FederationElements
{
    private const string AllLocations =
        "FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";

    private const string AccessLocations = "FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM";

    /// <summary>Federation 2's elements, in the order the definitions are added.</summary>
    public static IReadOnlyList<FederationElement> Version2 { get; } =
    [
        new("FieldSet", 0, link => $"scalar {link.Type("FieldSet")}"),
        new("@key", 0, link => $"directive @{link.Directive("key")}(fields: {link.Type("FieldSet")}!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE"),
        new("@requires", 0, link => $"directive @{link.Directive("requires")}(fields: {link.Type("FieldSet")}!) on FIELD_DEFINITION"),
        new("@provides", 0, link => $"directive @{link.Directive("provides")}(fields: {link.Type("FieldSet")}!) on FIELD_DEFINITION"),
        new("@external", 0, link => $"directive @{link.Directive("external")}(reason: String) on OBJECT | FIELD_DEFINITION"),
        new("@tag", 0, link => $"directive @{link.Directive("tag")}(name: String!) repeatable on {AllLocations} | SCHEMA"),
        new("@extends", 0, link => $"directive @{link.Directive("extends")} on OBJECT | INTERFACE"),
        new("@shareable", 0, link => $"directive @{link.Directive("shareable")} repeatable on OBJECT | FIELD_DEFINITION"),
        new("@inaccessible", 0, link => $"directive @{link.Directive("inaccessible")} on {AllLocations}"),
        new("@override", 0, link => link.Supports(7)
            ? $"directive @{link.Directive("override")}(from: String!, label: String) on FIELD_DEFINITION"
            : $"directive @{link.Directive("override")}(from: String!) on FIELD_DEFINITION"),
        new("@composeDirective", 1, link => $"directive @{link.Directive("composeDirective")}(name: String!) repeatable on SCHEMA"),
        new("@interfaceObject", 3, link => $"directive @{link.Directive("interfaceObject")} on OBJECT"),
        new("@authenticated", 5, link => $"directive @{link.Directive("authenticated")} on {AccessLocations}"),
        new("Scope", 5, link => $"scalar {link.Type("Scope")}"),
        new("@requiresScopes", 5, link => $"directive @{link.Directive("requiresScopes")}(scopes: [[{link.Type("Scope")}!]!]!) on {AccessLocations}"),
        new("Policy", 6, link => $"scalar {link.Type("Policy")}"),
        new("@policy", 6, link => $"directive @{link.Directive("policy")}(policies: [[{link.Type("Policy")}!]!]!) on {AccessLocations}"),
        new("ContextFieldValue", 8, link => $"scalar {link.Type("ContextFieldValue")}"),
        new("@context", 8, link => $"directive @{link.Directive("context")}(name: String!) repeatable on INTERFACE | OBJECT | UNION"),
        new("@fromContext", 8, link => $"directive @{link.Directive("fromContext")}(field: {link.Type("ContextFieldValue")}) on ARGUMENT_DEFINITION"),
        new("@cost", 9, link => $"directive @{link.Directive("cost")}(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR"),
        new("@listSize", 9, link => $"directive @{link.Directive("listSize")}(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION"),
    ];

    /// <summary>
    /// Federation 1's elements (the subgraph spec before <c>@link</c>): bare names and <c>_FieldSet</c>.
    /// <c>@tag</c> and <c>@inaccessible</c> were accepted by Federation 1 subgraphs too.
    /// </summary>
    public static IReadOnlyList<FederationElement> Version1 { get; } =
    [
        new("FieldSet", 0, link => $"scalar {link.Type("FieldSet")}"),
        new("@key", 0, link => $"directive @key(fields: {link.Type("FieldSet")}!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE"),
        new("@requires", 0, link => $"directive @requires(fields: {link.Type("FieldSet")}!) on FIELD_DEFINITION"),
        new("@provides", 0, link => $"directive @provides(fields: {link.Type("FieldSet")}!) on FIELD_DEFINITION"),
        new("@external", 0, link => "directive @external(reason: String) on OBJECT | FIELD_DEFINITION"),
        new("@extends", 0, link => "directive @extends on OBJECT | INTERFACE"),
        new("@tag", 0, link => $"directive @tag(name: String!) repeatable on {AllLocations}"),
        new("@inaccessible", 0, link => $"directive @inaccessible on {AllLocations}"),
    ];

    /// <summary>The elements that exist in the linked version.</summary>
    public static IEnumerable<FederationElement> For(FederationLink link)
    {
        foreach (var element in link.IsVersion2 ? Version2 : Version1)
        {
            if (!link.IsVersion2 || link.Supports(element.SinceMinor))
            {
                yield return element;
            }
        }
    }

    public static FederationElement? Find(string name)
    {
        foreach (var element in Version2)
        {
            if (element.Name == name)
            {
                return element;
            }
        }

        return null;
    }
}
