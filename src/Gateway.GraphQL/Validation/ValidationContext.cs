using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Shared state of one validation run: the schema and document, the errors so far, type information
/// for the node being visited (graphql-js TypeInfo), and cached facts about fragments and variables.
/// Placeholder signatures: implemented with the validator.
/// </summary>
public sealed class ValidationContext
{
    public ValidationContext(Schema schema, DocumentNode document)
    {
        Schema = schema;
        Document = document;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public List<GraphQLError> Errors { get; } = [];

    public void ReportError(GraphQLError error) => Errors.Add(error);

    public void ReportError(string message, params ReadOnlySpan<SyntaxNode?> nodes) => Errors.Add(GraphQLError.At(message, nodes));

    /// <summary>The output type of the current field or fragment, if known.</summary>
    public GraphQLType? Type => throw new NotImplementedException();

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => throw new NotImplementedException();

    /// <summary>The input type expected for the current argument, object field, list item or variable default.</summary>
    public GraphQLType? InputType => throw new NotImplementedException();

    /// <summary>The input type that contains the current input position (the list or input object type).</summary>
    public GraphQLType? ParentInputType => throw new NotImplementedException();

    /// <summary>The field definition of the current field, meta-fields included.</summary>
    public FieldDefinition? FieldDefinition => throw new NotImplementedException();

    public DirectiveDefinition? Directive => throw new NotImplementedException();

    /// <summary>The argument definition of the current argument.</summary>
    public InputValueDefinition? Argument => throw new NotImplementedException();

    public EnumValueDefinition? EnumValue => throw new NotImplementedException();

    public FragmentDefinitionNode? GetFragment(string name) => throw new NotImplementedException();

    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet) => throw new NotImplementedException();

    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) => throw new NotImplementedException();

    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition) => throw new NotImplementedException();

    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation) => throw new NotImplementedException();
}
