using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence: "Fragments must be specified on types that exist in
/// the schema." The same check applies to the types of variables (Spec 5.8.2) and, as graphql-js does,
/// to the type references inside type-system definitions found in the document.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private HashSet<string>? _documentTypeNames;
    private bool _inTypeSystemDefinition;

    public override void EnterDocument(DocumentNode node, ValidationContext context)
    {
        // Types defined in the document count as known, as in graphql-js; such a document is
        // invalid anyway (Spec 5.1.1), and this avoids a second error for each use of them.
        var definitions = node.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is TypeDefinitionNode type)
            {
                (_documentTypeNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(type.Name.Value);
            }
        }
    }

    public override void EnterTypeSystemDefinition(DefinitionNode node, ValidationContext context) => _inTypeSystemDefinition = true;

    public override void LeaveTypeSystemDefinition(DefinitionNode node, ValidationContext context) => _inTypeSystemDefinition = false;

    public override void EnterNamedType(NamedTypeNode node, ValidationContext context)
    {
        var typeName = node.Name.Value;
        if (context.Schema.GetType(typeName) is not null || _documentTypeNames?.Contains(typeName) == true)
        {
            return;
        }

        // Type-system definitions may name the built-in scalars and introspection types whether or not
        // the schema holds them, as graphql-js allows in SDL.
        if (_inTypeSystemDefinition && IsStandardTypeName(typeName))
        {
            return;
        }

        var candidates = new List<string>(context.Schema.Types.Keys);
        if (_documentTypeNames is not null)
        {
            candidates.AddRange(_documentTypeNames);
        }

        var suggestions = SuggestionList.Find(typeName, candidates);
        context.ReportError($"Unknown type \"{typeName}\".{DidYouMean.Format(suggestions)}", node);
    }

    private static bool IsStandardTypeName(string name) =>
        BuiltInScalars.IsBuiltInName(name)
        || name is "__Schema" or "__Type" or "__TypeKind" or "__Field" or "__InputValue" or "__EnumValue" or "__Directive" or "__DirectiveLocation";
}
