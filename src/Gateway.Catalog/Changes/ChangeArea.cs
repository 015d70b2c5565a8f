namespace Gateway.Catalog.Changes;

/// <summary>Which of a product's two published surfaces a change is in.</summary>
public enum ChangeArea
{
    /// <summary>The product's subgraph SDL: what clients can query.</summary>
    Schema,

    /// <summary>The product's ODCS v3.1 data contract: what the data promises and how it is protected.</summary>
    Contract,
}
