using BenchmarkDotNet.Attributes;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Benchmarks;

/// <summary>
/// The engine's four measured operations. tests/Interop/bench.mjs runs the same fixtures through graphql-js
/// and graphql-jit; <see cref="Comparison"/> puts the numbers side by side.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private string _largeQuery = null!;
    private byte[] _largeQueryUtf8 = null!;
    private Schema _schema = null!;
    private DocumentNode _largeDocument = null!;
    private DocumentNode _introspectionDocument = null!;
    private DocumentNode _listDocument = null!;
    private ShopRoot _root = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.FromSdl(Fixtures.Read("schema.graphql"));
        _largeQuery = Fixtures.Read("query-20k.graphql");
        _largeQueryUtf8 = System.Text.Encoding.UTF8.GetBytes(_largeQuery);
        _largeDocument = Parser.Parse(_largeQuery);
        _introspectionDocument = Parser.Parse(IntrospectionQuery.Text);
        _listDocument = Parser.Parse(Fixtures.Read("list.graphql"));
        _root = new ShopRoot { Items = ShopItem.Generate(1000) };

        var errors = DocumentValidator.Validate(_schema, _largeDocument);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The 20 KB benchmark query must be valid: " + errors[0]);
        }
    }

    [Benchmark(Description = "parse 20 KB document")]
    public DocumentNode Parse() => Parser.Parse(_largeQueryUtf8);

    [Benchmark(Description = "validate 20 KB document")]
    public int Validate() => DocumentValidator.Validate(_schema, _largeDocument).Count;

    [Benchmark(Description = "execute introspection query")]
    public Task<ExecutionResult> ExecuteIntrospection() =>
        Executor.ExecuteAsync(_schema, new ExecutionRequest { Document = _introspectionDocument });

    [Benchmark(Description = "execute 1,000 objects x 10 fields")]
    public Task<ExecutionResult> ExecuteList() =>
        Executor.ExecuteAsync(_schema, new ExecutionRequest { Document = _listDocument, RootValue = _root });
}
