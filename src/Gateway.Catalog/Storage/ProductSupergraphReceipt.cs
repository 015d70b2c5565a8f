using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>What a product write that changed the supergraph left behind: the product's receipt and the supergraph version stored with it.</summary>
public sealed record ProductSupergraphReceipt(PublishReceipt Product, StoredSupergraph Supergraph);
