namespace Gateway.Catalog.Model;

/// <summary>A product's port: its name and version and the contract it carries.</summary>
public sealed record ProductPort(PortDirection Direction, string Name, string Version, string? ContractId);
