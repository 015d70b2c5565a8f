namespace Gateway.GraphQL.InteropTests;

/// <summary>Shares one run of graphql-js between the validation and the execution tests.</summary>
[CollectionDefinition(Name)]
public sealed class OracleCollection : ICollectionFixture<GraphQLJsOracle>
{
    public const string Name = "graphql-js oracle";
}
