namespace Gateway.Security.Policies;

/// <summary>Deployment choices of the contract-driven field access policy.</summary>
public sealed record ContractPolicyOptions
{
    public static ContractPolicyOptions Default { get; } = new();

    /// <summary>The role whose holders read every field as it is (the catalog's administrators).</summary>
    public string AdministratorRole { get; init; } = Authorization.GatewayRoles.Admin;

    /// <summary>The request header declaring the purpose of a request (GDPR Art. 5(1)(b) purpose limitation).</summary>
    public string PurposeHeader { get; init; } = "Data-Purpose";

    /// <summary>The request header asking to reject the whole operation rather than deny fields one by one.</summary>
    public string AccessModeHeader { get; init; } = "Data-Access-Mode";
}
