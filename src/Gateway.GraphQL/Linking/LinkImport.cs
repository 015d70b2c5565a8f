using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Linking;

/// <summary>
/// One element a <c>@link(import:)</c> brings into the schema (link spec v1.0, "Imports"): <c>"@key"</c> or
/// <c>{ name: "@key", as: "@primaryKey" }</c>. Directives keep their <c>@</c> in both names.
/// </summary>
/// <param name="Name">The element's name in the linked spec (<c>@key</c>, <c>FieldSet</c>).</param>
/// <param name="LocalName">The name it has in this schema: the <c>as:</c> rename, else <see cref="Name"/>.</param>
/// <param name="Node">The import as written, for errors that point at it.</param>
public sealed record LinkImport(string Name, string LocalName, ValueNode Node)
{
    public bool IsDirective => Name.StartsWith('@');
}
