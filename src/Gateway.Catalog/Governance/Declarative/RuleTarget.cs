namespace Gateway.Catalog.Governance.Declarative;

/// <summary>What a declarative rule looks at: the descriptor, the contract, each schema object, or each property.</summary>
internal enum RuleTarget
{
    Product,
    Contract,
    Object,
    Property,
}
