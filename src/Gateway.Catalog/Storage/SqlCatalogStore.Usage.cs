using System.Data.Common;
using System.Globalization;
using System.Text;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Usage per product: an increment is one upsert per period (its minute and its hour) that adds to every column, so
/// gateway replicas flushing at once never lose each other's counts and never read before they write. Periods are keyed
/// by their start as the catalog's fixed-width UTC text, so a window is a range of the primary key.
/// </summary>
public abstract partial class SqlCatalogStore : IProductUsageStore
{
    private const int UsageFixedColumns = 6;

    private static readonly UsageResolution[] StoredResolutions = [UsageResolution.Minute, UsageResolution.Hour];

    private static readonly string LatencyColumns = UsageLatencyColumns(static (builder, column) => builder.Append(column));

    private static readonly string UsageUpsert = new StringBuilder()
        .Append("INSERT INTO product_usage (product_urn, resolution, bucket_start, operations, fetches, errors, ").Append(LatencyColumns)
        .Append(") VALUES (@urn, @resolution, @start, @operations, @fetches, @errors")
        .Append(UsageLatencyColumns(static (builder, column) => builder.Append("@").Append(column)).Insert(0, ", "))
        .Append(") ON CONFLICT (product_urn, resolution, bucket_start) DO UPDATE SET ")
        .Append("operations = product_usage.operations + excluded.operations, fetches = product_usage.fetches + excluded.fetches, ")
        .Append("errors = product_usage.errors + excluded.errors, ")
        .Append(UsageLatencyColumns(static (builder, column) => builder.Append(column).Append(" = product_usage.").Append(column).Append(" + excluded.").Append(column)))
        .ToString();

    public async Task RecordUsageAsync(IReadOnlyList<ProductUsageIncrement> increments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(increments);
        if (increments.Count == 0)
        {
            return;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var parameters = new (string Name, object? Value)[UsageFixedColumns + LatencyHistogram.BucketCount];
        foreach (var increment in increments)
        {
            if (increment.LatencyBuckets.Count != LatencyHistogram.BucketCount)
            {
                throw new ArgumentException(
                    $"A usage increment has {increment.LatencyBuckets.Count} latency buckets; the catalog stores {LatencyHistogram.BucketCount}.", nameof(increments));
            }

            parameters[0] = ("@urn", increment.Product.ToString());
            parameters[3] = ("@operations", increment.Operations);
            parameters[4] = ("@fetches", increment.Fetches);
            parameters[5] = ("@errors", increment.Errors);
            for (var i = 0; i < LatencyHistogram.BucketCount; i++)
            {
                parameters[UsageFixedColumns + i] = ("@" + LatencyColumn(i), increment.LatencyBuckets[i]);
            }

            foreach (var resolution in StoredResolutions)
            {
                parameters[1] = ("@resolution", ResolutionName(resolution));
                parameters[2] = ("@start", Timestamp(PeriodStart(increment.At, resolution)));
                await using var command = SqlCommands.Create(connection, transaction, UsageUpsert, parameters);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProductUsageBucket>> ReadUsageAsync(
        ProductUrn product, UsageResolution resolution, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        return await QueryAsync(
            $"SELECT bucket_start, operations, fetches, errors, {LatencyColumns} FROM product_usage " +
            "WHERE product_urn = @urn AND resolution = @resolution AND bucket_start >= @from AND bucket_start < @to ORDER BY bucket_start",
            ReadUsageBucket, cancellationToken,
            ("@urn", product.ToString()), ("@resolution", ResolutionName(resolution)), ("@from", Timestamp(from)), ("@to", Timestamp(to)));
    }

    public async Task<IReadOnlyDictionary<ProductUrn, long>> ReadOperationTotalsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            "SELECT product_urn, SUM(operations) FROM product_usage WHERE resolution = @resolution AND bucket_start >= @since GROUP BY product_urn",
            static reader => (Urn: reader.GetString(0), Operations: Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)),
            cancellationToken, ("@resolution", ResolutionName(UsageResolution.Hour)), ("@since", Timestamp(since)));
        var totals = new Dictionary<ProductUrn, long>(rows.Count);
        foreach (var (urn, operations) in rows)
        {
            if (operations > 0 && ProductUrn.TryParse(urn, out var product))
            {
                totals[product] = operations;
            }
        }

        return totals;
    }

    public async Task<long> DeleteUsageBeforeAsync(DateTimeOffset minutesBefore, DateTimeOffset hoursBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        long deleted = 0;
        foreach (var resolution in StoredResolutions)
        {
            deleted += await SqlCommands.ExecuteAsync(connection, transaction,
                "DELETE FROM product_usage WHERE resolution = @resolution AND bucket_start < @before", cancellationToken,
                ("@resolution", ResolutionName(resolution)), ("@before", Timestamp(resolution == UsageResolution.Minute ? minutesBefore : hoursBefore)));
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <summary>The start of the minute or hour that holds <paramref name="at"/>, in UTC.</summary>
    public static DateTimeOffset PeriodStart(DateTimeOffset at, UsageResolution resolution)
    {
        var ticks = at.UtcTicks;
        var period = resolution == UsageResolution.Minute ? TimeSpan.TicksPerMinute : TimeSpan.TicksPerHour;
        return new DateTimeOffset(ticks - ticks % period, TimeSpan.Zero);
    }

    private static ProductUsageBucket ReadUsageBucket(DbDataReader reader)
    {
        var latency = new long[LatencyHistogram.BucketCount];
        for (var i = 0; i < latency.Length; i++)
        {
            latency[i] = reader.GetInt64(4 + i);
        }

        return new ProductUsageBucket(ParseTimestamp(reader.GetString(0)), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), latency);
    }

    private static string ResolutionName(UsageResolution resolution) => resolution == UsageResolution.Minute ? "minute" : "hour";

    private static string LatencyColumn(int bucket) => "latency_" + bucket.ToString("00", CultureInfo.InvariantCulture);

    private static string UsageLatencyColumns(Action<StringBuilder, string> write)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < LatencyHistogram.BucketCount; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            write(builder, LatencyColumn(i));
        }

        return builder.ToString();
    }
}
