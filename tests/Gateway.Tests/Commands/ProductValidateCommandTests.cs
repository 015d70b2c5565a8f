namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class ProductValidateCommandTests : IDisposable
{
    private const string ValidContract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders-contract
        version: 1.0.0
        status: active
        schema:
          - name: Order
            properties:
              - name: id
                classification: internal
        """;

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Valid_documents_exit_0_and_say_what_they_are()
    {
        var contract = _files.Write("orders.odcs.yaml", ValidContract);

        var run = await GatewayRun.StartAsync("product", "validate", contract);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{contract}: valid contract orders-contract 1.0.0", run.Out);
    }

    [Fact]
    public async Task A_rejected_document_exits_1_with_every_error_located()
    {
        var valid = _files.Write("ok.yaml", ValidContract);
        var invalid = _files.Write("bad.yaml", ValidContract.Replace("internal", "secret").Replace("version: 1.0.0", "version: 1.0"));

        var run = await GatewayRun.StartAsync("product", "validate", valid, invalid);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{valid}: valid contract orders-contract 1.0.0",
                $"{invalid}:4:10 version: must be a string, not a number; quote it: \"1.0\" [type]",
                $"{invalid}:10:25 schema[0].properties[0].classification: must be one of public, internal, confidential, restricted [enum]",
                $"{invalid}: rejected contract",
            ],
            run.Out.Split(Environment.NewLine));
    }

    [Fact]
    public async Task A_missing_or_unreadable_file_exits_2_and_the_others_are_still_checked()
    {
        var invalid = _files.Write("bad.yaml", ValidContract.Replace("internal", "secret"));
        var broken = _files.Write("broken.yaml", "kind: [DataContract\n");

        var run = await GatewayRun.StartAsync("product", "validate", _files.PathOf("missing.yaml"), invalid, broken);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cannot read the document file {_files.PathOf("missing.yaml")}: it does not exist.", run.Out);
        Assert.Contains($"{invalid}: rejected contract", run.Out);
        Assert.Contains($"{broken}: unreadable", run.Out);
    }

    [Fact]
    public async Task Json_output_lists_each_diagnostic_with_its_rule()
    {
        var invalid = _files.Write("bad.yaml", ValidContract.Replace("internal", "secret"));

        var run = await GatewayRun.StartAsync("product", "validate", "--json", invalid);

        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("contract", file.GetProperty("kind").GetString());
        var diagnostic = Assert.Single(file.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("enum", 10, "schema[0].properties[0].classification"),
            (diagnostic.GetProperty("rule").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("path").GetString()));
    }
}
