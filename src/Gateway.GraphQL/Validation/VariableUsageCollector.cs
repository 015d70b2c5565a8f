using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Finds the variables used in one definition with the input type expected at each use, by walking
/// it with a context of its own. Defaults in variable definitions are constants (Spec 5.8.2 note),
/// so values there are skipped.
/// </summary>
internal sealed class VariableUsageCollector : ValidationRule
{
    private readonly ValidationWalker _walker;
    private List<VariableUsage> _usages = [];
    private bool _inVariableDefinition;
    private ObjectFieldNode? _objectField;

    public VariableUsageCollector(ValidationContext ownContext)
    {
        _walker = new ValidationWalker(ownContext, [this]);
    }

    public IReadOnlyList<VariableUsage> Collect(ExecutableDefinitionNode definition)
    {
        _usages = [];
        _inVariableDefinition = false;
        _objectField = null;
        _walker.WalkDefinition(definition);
        return _usages;
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => _inVariableDefinition = true;

    public override void LeaveVariableDefinition(VariableDefinitionNode node, ValidationContext context) => _inVariableDefinition = false;

    // The walker visits a field's value right after entering the field, so the latest field entered
    // tells whether a variable is an object field's value.
    public override void EnterObjectField(ObjectFieldNode node, ValidationContext context) => _objectField = node;

    public override void EnterValue(ValueNode node, ValidationContext context)
    {
        if (node is not VariableNode variable || _inVariableDefinition)
        {
            return;
        }

        // The object value's expected type may be non-null or, for a single object coerced into a
        // list (Spec 3.1.7), a list; its input object type is the named type either way.
        var parentObjectType = _objectField is not null && ReferenceEquals(_objectField.Value, variable)
            ? context.ParentInputType?.Named as InputObjectType
            : null;
        _usages.Add(new VariableUsage(variable, context.InputType, context.DefaultValue is not null) { ParentObjectType = parentObjectType });
    }
}
