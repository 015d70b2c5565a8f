using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Changes;

/// <summary>
/// What a product version promises consumers: its version, its data contract and its subgraph SDL (the
/// federation SDL as the subgraph's <c>_service { sdl }</c> returns it). Either surface may be absent.
/// </summary>
public sealed record ProductState(SemanticVersion Version, DataContract? Contract, string? SubgraphSdl);
