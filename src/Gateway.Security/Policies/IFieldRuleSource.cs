namespace Gateway.Security.Policies;

/// <summary>Where the gateway reads the field rules in force; read on every governed request, so it must be cheap.</summary>
public interface IFieldRuleSource
{
    FieldRuleSet Current { get; }
}
