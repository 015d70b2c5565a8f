using Gateway.Samples.SystemOfRecord;

namespace Gateway.Demo;

/// <summary>One domain of the demo mesh: its subgraph name, its system of record, and how both are made.</summary>
/// <param name="Name">The subgraph name.</param>
/// <param name="Title">The data product, as a person would name it.</param>
/// <param name="FileName">The system of record's file in the data directory.</param>
/// <param name="Generate">Generates the system of record.</param>
/// <param name="CreateSubgraph">The subgraph over a generated system of record.</param>
/// <param name="Documents">The folder, under the application's <c>Samples</c> folder, of the product's descriptor (<c>product.yaml</c>) and contract (<c>contract.yaml</c>).</param>
internal sealed record DemoDomain(
    string Name,
    string Title,
    string FileName,
    Action<SystemOfRecordFile, SampleSizes> Generate,
    Func<SystemOfRecordFile, Subgraph.Subgraph> CreateSubgraph,
    string Documents)
{
    /// <summary>The three sample domains, in the order they are started and listed.</summary>
    public static IReadOnlyList<DemoDomain> All { get; } =
    [
        new(Samples.Registration.RegistrationSubgraph.Name, "Registered Users", Samples.Registration.RegistrationGeneration.FileName, Samples.Registration.RegistrationGeneration.Generate, Samples.Registration.RegistrationSubgraph.Create, "Registration"),
        new(Samples.Sales.SalesSubgraph.Name, "Orders", Samples.Sales.SalesGeneration.FileName, Samples.Sales.SalesGeneration.Generate, Samples.Sales.SalesSubgraph.Create, "Sales"),
        new(Samples.Player.PlayerSubgraph.Name, "Play Events, Listening Summaries", Samples.Player.PlayerGeneration.FileName, Samples.Player.PlayerGeneration.Generate, Samples.Player.PlayerSubgraph.Create, "Player"),
    ];
}
