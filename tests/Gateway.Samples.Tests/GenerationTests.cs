using System.Text;
using Gateway.Samples.Player;
using Gateway.Samples.Registration;
using Gateway.Samples.Sales;
using Gateway.Samples.SystemOfRecord;

namespace Gateway.Samples.Tests;

/// <summary>The systems of record are generated deterministically: the same sizes and seed, the same rows.</summary>
public sealed class GenerationTests : IDisposable
{
    private static readonly SampleSizes Sizes = new(Users: 120, Orders: 600, PlayEvents: 3_000, Seed: 11);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "gateway-generation-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_same_sizes_and_seed_generate_the_same_rows()
    {
        var first = GenerateAll("first", Sizes);
        var second = GenerateAll("second", Sizes);

        foreach (var file in new[] { RegistrationGeneration.FileName, SalesGeneration.FileName, PlayerGeneration.FileName })
        {
            Assert.Equal(Dump(first, file), Dump(second, file));
        }
    }

    [Fact]
    public void Another_seed_generates_other_rows()
    {
        var first = GenerateAll("first", Sizes);
        var other = GenerateAll("other", Sizes with { Seed = 12 });

        foreach (var file in new[] { RegistrationGeneration.FileName, SalesGeneration.FileName, PlayerGeneration.FileName })
        {
            Assert.NotEqual(Dump(first, file), Dump(other, file));
        }
    }

    [Fact]
    public void The_systems_of_record_hold_the_sizes_asked_for_and_the_aggregate_covers_every_listener()
    {
        var records = new SystemsOfRecord(GenerateAll("sizes", Sizes));

        Assert.Equal(120L, records.Scalar(RegistrationGeneration.FileName, "SELECT COUNT(*) FROM users"));
        Assert.Equal(600L, records.Scalar(SalesGeneration.FileName, "SELECT COUNT(*) FROM orders"));
        Assert.Equal(0L, records.Scalar(SalesGeneration.FileName, "SELECT COUNT(*) FROM orders WHERE buyer_id NOT BETWEEN 1 AND 120"));
        Assert.Equal(0L, records.Scalar(SalesGeneration.FileName, "SELECT COUNT(*) FROM orders o WHERE total_cents <> (SELECT SUM(quantity * unit_price_cents) FROM order_lines WHERE order_id = o.id)"));
        Assert.Equal(3_000L, records.Scalar(PlayerGeneration.FileName, "SELECT COUNT(*) FROM play_events"));
        Assert.Equal(0L, records.Scalar(PlayerGeneration.FileName, "SELECT COUNT(*) FROM play_events WHERE listener_id NOT BETWEEN 1 AND 120"));
        Assert.Equal(
            records.Scalar(PlayerGeneration.FileName, "SELECT COUNT(DISTINCT listener_id) FROM play_events"),
            records.Scalar(PlayerGeneration.FileName, "SELECT COUNT(*) FROM listening_summaries"));
        Assert.Equal(3_000L, records.Scalar(PlayerGeneration.FileName, "SELECT SUM(play_count) FROM listening_summaries"));
    }

    [Fact]
    public void A_file_counts_as_generated_only_from_its_own_sizes_and_seed()
    {
        var directory = GenerateAll("current", Sizes);
        var file = new SystemOfRecordFile(Path.Combine(directory, RegistrationGeneration.FileName));

        Assert.True(file.WasGeneratedFrom(Sizes));
        Assert.False(file.WasGeneratedFrom(Sizes with { Users = 121 }));
        Assert.False(file.WasGeneratedFrom(Sizes with { Seed = 12 }));
        Assert.False(new SystemOfRecordFile(Path.Combine(directory, "missing.db")).WasGeneratedFrom(Sizes));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string GenerateAll(string name, SampleSizes sizes)
    {
        var directory = Path.Combine(_root, name);
        RegistrationGeneration.Generate(new SystemOfRecordFile(Path.Combine(directory, RegistrationGeneration.FileName)), sizes);
        SalesGeneration.Generate(new SystemOfRecordFile(Path.Combine(directory, SalesGeneration.FileName)), sizes);
        PlayerGeneration.Generate(new SystemOfRecordFile(Path.Combine(directory, PlayerGeneration.FileName)), sizes);
        return directory;
    }

    // Every row of every table as text, rows sorted so that the dump does not depend on the scan order.
    private static string Dump(string directory, string file)
    {
        var records = new SystemsOfRecord(directory);
        var text = new StringBuilder();
        foreach (var table in records.Query(file, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            text.Append("# ").AppendLine((string)table[0]!);
            var rows = records.Query(file, $"SELECT * FROM {table[0]}").Select(row => string.Join('|', row)).ToList();
            rows.Sort(StringComparer.Ordinal);
            text.AppendJoin('\n', rows).AppendLine();
        }

        return text.ToString();
    }
}
