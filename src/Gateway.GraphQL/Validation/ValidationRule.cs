using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// One validation rule of Spec 5, as a visitor. The validator walks the document once and calls every
/// rule's Enter and Leave methods for each node; the context's type information is already updated
/// for the node when Enter is called, and still describes it when Leave is called. A rule instance
/// serves one validation run, so it may keep state in fields.
/// </summary>
public abstract class ValidationRule
{
    public virtual void EnterDocument(DocumentNode node, ValidationContext context) { }

    public virtual void LeaveDocument(DocumentNode node, ValidationContext context) { }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) { }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context) { }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) { }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node, ValidationContext context) { }

    public virtual void EnterSelectionSet(SelectionSetNode node, ValidationContext context) { }

    public virtual void LeaveSelectionSet(SelectionSetNode node, ValidationContext context) { }

    public virtual void EnterField(FieldNode node, ValidationContext context) { }

    public virtual void LeaveField(FieldNode node, ValidationContext context) { }

    public virtual void EnterArgument(ArgumentNode node, ValidationContext context) { }

    public virtual void LeaveArgument(ArgumentNode node, ValidationContext context) { }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) { }

    public virtual void EnterInlineFragment(InlineFragmentNode node, ValidationContext context) { }

    public virtual void LeaveInlineFragment(InlineFragmentNode node, ValidationContext context) { }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) { }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) { }

    public virtual void EnterDirective(DirectiveNode node, ValidationContext context) { }

    public virtual void LeaveDirective(DirectiveNode node, ValidationContext context) { }

    /// <summary>Every value node: variables, scalars, enums, null, lists and objects (nested ones too).</summary>
    public virtual void EnterValue(ValueNode node, ValidationContext context) { }

    public virtual void LeaveValue(ValueNode node, ValidationContext context) { }

    public virtual void EnterObjectField(ObjectFieldNode node, ValidationContext context) { }

    public virtual void LeaveObjectField(ObjectFieldNode node, ValidationContext context) { }

    /// <summary>Named types in variable definitions, type conditions and type-system definitions.</summary>
    public virtual void EnterNamedType(NamedTypeNode node, ValidationContext context) { }

    /// <summary>
    /// Type-system definitions and extensions found in an executable document. Their directives, named
    /// types and default values are walked between Enter and Leave, as graphql-js does.
    /// </summary>
    public virtual void EnterTypeSystemDefinition(DefinitionNode node, ValidationContext context) { }

    public virtual void LeaveTypeSystemDefinition(DefinitionNode node, ValidationContext context) { }
}
