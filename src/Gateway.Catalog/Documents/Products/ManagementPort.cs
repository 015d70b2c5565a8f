namespace Gateway.Catalog.Documents.Products;

/// <summary>ODPS v1.0 <c>managementPorts[]</c>: endpoints to observe or control the product.</summary>
public sealed record ManagementPort(string Name, string Content, string? Type, string? Url, string? Channel, string? Description);
