namespace Gateway.Catalog.Model;

/// <summary>Where an access grant stands: requested, then approved or rejected by the product's owner; an approved grant may be revoked.</summary>
public enum AccessGrantStatus
{
    Pending,
    Approved,
    Rejected,
    Revoked,
}
