using Gateway.GraphQL.Language;

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

    public VariableUsageCollector(ValidationContext ownContext)
    {
        _walker = new ValidationWalker(ownContext, [this]);
    }

    public IReadOnlyList<VariableUsage> Collect(ExecutableDefinitionNode definition)
    {
        _usages = [];
        _inVariableDefinition = false;
        _walker.WalkDefinition(definition);
        return _usages;
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => _inVariableDefinition = true;

    public override void LeaveVariableDefinition(VariableDefinitionNode node, ValidationContext context) => _inVariableDefinition = false;

    public override void EnterValue(ValueNode node, ValidationContext context)
    {
        if (node is VariableNode variable && !_inVariableDefinition)
        {
            _usages.Add(new VariableUsage(variable, context.InputType, context.DefaultValue is not null) { ParentType = context.ParentInputType });
        }
    }
}
