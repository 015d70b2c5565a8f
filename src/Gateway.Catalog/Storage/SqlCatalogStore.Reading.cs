using System.Data.Common;
using System.Globalization;
using System.Text;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>Reads: products, listings, versions, lineage, service levels, quality and history.</summary>
public abstract partial class SqlCatalogStore
{
    private const string ProductColumns =
        "p.urn, p.domain, p.sub_domain, p.name, p.description, p.owner, p.team, p.classification, p.tags, p.current_version, p.contract_id, " +
        "p.status, p.sunset_date, p.successor_urn, p.deprecation_reason, p.updated_at, p.revision";

    public async Task<DataProduct?> GetProductAsync(ProductUrn urn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, $"SELECT {ProductColumns} FROM products p WHERE p.urn = @urn", ("@urn", urn.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadProduct(reader) : null;
    }

    public async Task<ProductPage> ListProductsAsync(ProductQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.First is < 1 or > ProductQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.First, $"A page holds 1 to {ProductQuery.MaxPageSize} products.");
        }

        // A tag listed by name reads the tag's rows in (tag, name, urn) index order and joins each product:
        // a rare tag then costs its own rows, not a walk over every product name looking for it.
        var byTag = query.Tag is not null && query.Sort == ProductSort.Name;
        var urnColumn = byTag ? "t.product_urn" : "p.urn";
        var sortColumn = query.Sort switch
        {
            ProductSort.Name => byTag ? "t.name" : "p.name",
            ProductSort.UpdatedAt => "p.updated_at",
            _ => "p.urn",
        };
        var direction = query.Descending ? "DESC" : "ASC";
        var parameters = new List<(string, object?)>();
        var sql = new StringBuilder(byTag
            ? $"SELECT {ProductColumns} FROM product_tags t JOIN products p ON p.urn = t.product_urn WHERE t.tag = @tag"
            : $"SELECT {ProductColumns} FROM products p WHERE 1 = 1");
        AppendFilters(sql, parameters, query, tagJoined: byTag);
        if (byTag)
        {
            parameters.Add(("@tag", query.Tag));
        }

        if (query.After is { } after)
        {
            var cursor = ProductCursor.Decode(after, query.Sort);
            var comparison = query.Descending ? "<" : ">";
            if (query.Sort == ProductSort.Urn)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND p.urn {comparison} @afterUrn");
            }
            else
            {
                // Row-value comparison (SQLite 3.15+, PostgreSQL): one index range scan from the cursor on.
                sql.Append(CultureInfo.InvariantCulture, $" AND ({sortColumn}, {urnColumn}) {comparison} (@afterKey, @afterUrn)");
                parameters.Add(("@afterKey", cursor.Key));
            }

            parameters.Add(("@afterUrn", cursor.Urn));
        }

        sql.Append(query.Sort == ProductSort.Urn
            ? " ORDER BY p.urn " + direction
            : " ORDER BY " + sortColumn + " " + direction + ", " + urnColumn + " " + direction);
        sql.Append(" LIMIT @limit");
        parameters.Add(("@limit", (long)query.First + 1));

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, sql.ToString(), parameters.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<DataProduct>(query.First);
        var hasNext = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (items.Count == query.First)
            {
                hasNext = true;
                break;
            }

            items.Add(ReadProduct(reader));
        }

        return new ProductPage(items, items.Count > 0 ? CursorOf(items[^1], query.Sort) : null, hasNext);
    }

    public async Task<long> CountProductsAsync(ProductQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<(string, object?)>();
        var sql = new StringBuilder("SELECT COUNT(*) FROM products p WHERE 1 = 1");
        AppendFilters(sql, parameters, query, tagJoined: false);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return Convert.ToInt64(await SqlCommands.ScalarAsync(connection, null, sql.ToString(), cancellationToken, parameters.ToArray()), CultureInfo.InvariantCulture);
    }

    /// <summary>The query's filters as AND conditions on <c>p</c>; the tag as a semi-join unless the caller joined the tag's rows.</summary>
    private static void AppendFilters(StringBuilder sql, List<(string, object?)> parameters, ProductQuery query, bool tagJoined)
    {
        if (query.Domain is { } domain)
        {
            // The tag's row carries the product's domain: filtering there keeps the (tag, domain, name, urn) range.
            sql.Append(tagJoined ? " AND t.domain = @domain" : " AND p.domain = @domain");
            parameters.Add(("@domain", domain));
        }

        if (query.SubDomain is { } subDomain)
        {
            sql.Append(" AND p.sub_domain = @subDomain");
            parameters.Add(("@subDomain", subDomain));
        }

        if (query.Status is { } status)
        {
            sql.Append(" AND p.status = @status");
            parameters.Add(("@status", Lifecycle.Name(status)));
        }

        if (query.Owner is { } owner)
        {
            sql.Append(" AND p.owner = @owner");
            parameters.Add(("@owner", owner));
        }

        if (query.Classification is { } classification)
        {
            sql.Append(" AND p.classification = @classification");
            parameters.Add(("@classification", ClassificationName(classification)));
        }

        if (!tagJoined && query.Tag is { } tag)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM product_tags t WHERE t.tag = @tag AND t.product_urn = p.urn)");
            parameters.Add(("@tag", tag));
        }
    }

    public async Task<IReadOnlyList<ProductVersion>> ListVersionsAsync(ProductUrn urn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        return await ReadVersionsAsync("product_urn = @urn ORDER BY major DESC, minor DESC, patch DESC, version DESC", [("@urn", urn.ToString())], cancellationToken);
    }

    public async Task<ProductVersion?> GetVersionAsync(ProductUrn urn, SemanticVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        var versions = await ReadVersionsAsync("product_urn = @urn AND version = @version", [("@urn", urn.ToString()), ("@version", version.ToString())], cancellationToken);
        return versions.Count == 0 ? null : versions[0];
    }

    private Task<IReadOnlyList<ProductVersion>> ReadVersionsAsync(string where, (string, object?)[] parameters, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT product_urn, version, status, descriptor, contract, subgraph_name, published_at, published_by FROM product_versions WHERE {where}",
            static reader => new ProductVersion(
                ProductUrn.Parse(reader.GetString(0)),
                SemanticVersion.Parse(reader.GetString(1)),
                Lifecycle.Parse(reader.GetString(2)),
                reader.GetString(3),
                NullableString(reader, 4),
                NullableString(reader, 5),
                ParseTimestamp(reader.GetString(6)),
                NullableString(reader, 7)),
            cancellationToken,
            parameters);

    public async Task<IReadOnlyList<LineageEdge>> ListLineageAsync(ProductUrn urn, LineageDirection direction, int depth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        if (depth is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "Lineage is walked 1 to 10 hops deep.");
        }

        // Upstream: the products whose contract an input port of the walked product names. Downstream: the reverse.
        // UNION (not UNION ALL) and the depth bound end the walk on cycles.
        var sql = direction == LineageDirection.Upstream
            ? """
              WITH RECURSIVE walk (upstream, downstream, contract_id, depth) AS (
                  SELECT p.urn, i.product_urn, i.contract_id, 1
                  FROM product_ports i JOIN products p ON p.contract_id = i.contract_id
                  WHERE i.direction = 'input' AND i.product_urn = @urn
                  UNION
                  SELECT p.urn, i.product_urn, i.contract_id, w.depth + 1
                  FROM walk w JOIN product_ports i ON i.direction = 'input' AND i.product_urn = w.upstream
                  JOIN products p ON p.contract_id = i.contract_id
                  WHERE w.depth < @depth)
              SELECT upstream, downstream, contract_id, MIN(depth) FROM walk GROUP BY upstream, downstream, contract_id ORDER BY 4, 1, 2
              """
            : """
              WITH RECURSIVE walk (upstream, downstream, contract_id, depth) AS (
                  SELECT p.urn, i.product_urn, i.contract_id, 1
                  FROM products p JOIN product_ports i ON i.direction = 'input' AND i.contract_id = p.contract_id
                  WHERE p.urn = @urn
                  UNION
                  SELECT p.urn, i.product_urn, i.contract_id, w.depth + 1
                  FROM walk w JOIN products p ON p.urn = w.downstream
                  JOIN product_ports i ON i.direction = 'input' AND i.contract_id = p.contract_id
                  WHERE w.depth < @depth)
              SELECT upstream, downstream, contract_id, MIN(depth) FROM walk GROUP BY upstream, downstream, contract_id ORDER BY 4, 2, 1
              """;
        return await QueryAsync(
            sql,
            static reader => new LineageEdge(
                ProductUrn.Parse(reader.GetString(0)), ProductUrn.Parse(reader.GetString(1)), reader.GetString(2),
                Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)),
            cancellationToken,
            ("@urn", urn.ToString()),
            ("@depth", depth));
    }

    public Task<IReadOnlyList<ProductPort>> ListPortsAsync(ProductUrn urn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        return QueryAsync(
            "SELECT direction, name, version, contract_id FROM product_ports WHERE product_urn = @urn ORDER BY direction, name, version",
            static reader => new ProductPort(
                reader.GetString(0) == "input" ? PortDirection.Input : PortDirection.Output, reader.GetString(1), reader.GetString(2), NullableString(reader, 3)),
            cancellationToken,
            ("@urn", urn.ToString()));
    }

    public Task<IReadOnlyList<FieldLineage>> ListFieldLineageAsync(ProductUrn urn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        return QueryAsync(
            "SELECT field, source FROM field_lineage WHERE product_urn = @urn ORDER BY field, source",
            reader => new FieldLineage(urn, reader.GetString(0), reader.GetString(1)),
            cancellationToken,
            ("@urn", urn.ToString()));
    }

    public Task<IReadOnlyList<ServiceLevel>> ListServiceLevelsAsync(ProductUrn urn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        return QueryAsync(
            "SELECT property, value, unit, element FROM service_levels WHERE product_urn = @urn ORDER BY position",
            reader => new ServiceLevel(urn, reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3)),
            cancellationToken,
            ("@urn", urn.ToString()));
    }

    public async Task RecordQualityResultAsync(QualityResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rule = await SqlCommands.ScalarAsync(connection, null,
            "SELECT rule_key FROM quality_rules WHERE product_urn = @urn AND rule_key = @key", cancellationToken,
            ("@urn", result.Product.ToString()), ("@key", result.RuleKey));
        if (rule is null)
        {
            throw new CatalogRejectedException($"{result.Product} has no quality rule '{result.RuleKey}' in its current contract.");
        }

        await SqlCommands.ExecuteAsync(connection, null, """
            INSERT INTO quality_results (product_urn, rule_key, passed, measured_value, measured_at, details)
            VALUES (@urn, @key, @passed, @value, @at, @details)
            """, cancellationToken,
            ("@urn", result.Product.ToString()), ("@key", result.RuleKey), ("@passed", result.Passed ? 1L : 0L), ("@value", result.MeasuredValue),
            ("@at", Timestamp(result.MeasuredAt)), ("@details", result.Details));
    }

    public async Task<IReadOnlyList<QualityStatus>> ListQualityAsync(ProductUrn urn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var latest = new Dictionary<string, QualityResult>(StringComparer.Ordinal);
        await using (var command = SqlCommands.Create(connection, null, """
            SELECT r.rule_key, r.passed, r.measured_value, r.measured_at, r.details FROM quality_results r
            WHERE r.product_urn = @urn
              AND r.measured_at = (SELECT MAX(l.measured_at) FROM quality_results l WHERE l.product_urn = r.product_urn AND l.rule_key = r.rule_key)
            ORDER BY r.id
            """, ("@urn", urn.ToString())))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                latest[reader.GetString(0)] = new QualityResult(
                    urn, reader.GetString(0), reader.GetInt64(1) != 0, reader.IsDBNull(2) ? null : reader.GetDouble(2),
                    ParseTimestamp(reader.GetString(3)), NullableString(reader, 4));
            }
        }

        await using var rules = SqlCommands.Create(connection, null,
            "SELECT rule_key, target, type, dimension, description FROM quality_rules WHERE product_urn = @urn ORDER BY rule_key", ("@urn", urn.ToString()));
        await using var rulesReader = await rules.ExecuteReaderAsync(cancellationToken);
        var statuses = new List<QualityStatus>();
        while (await rulesReader.ReadAsync(cancellationToken))
        {
            var rule = new QualityRuleRecord(urn, rulesReader.GetString(0), rulesReader.GetString(1), rulesReader.GetString(2),
                NullableString(rulesReader, 3), NullableString(rulesReader, 4));
            statuses.Add(new QualityStatus(rule, latest.GetValueOrDefault(rule.RuleKey)));
        }

        return statuses;
    }

    public Task<IReadOnlyList<ChangeRecord>> ListHistoryAsync(ProductUrn urn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        return QueryAsync(
            "SELECT id, version, kind, actor, at, summary FROM change_history WHERE product_urn = @urn ORDER BY id",
            reader => new ChangeRecord(
                reader.GetInt64(0), urn, SemanticVersion.Parse(reader.GetString(1)), ParseChangeKind(reader.GetString(2)), NullableString(reader, 3),
                ParseTimestamp(reader.GetString(4)), reader.GetString(5)),
            cancellationToken,
            ("@urn", urn.ToString()));
    }

    public async Task<IReadOnlyList<SubgraphRegistration>> ListSubgraphsAsync(CancellationToken cancellationToken) =>
        await ReadSubgraphsAsync("1 = 1 ORDER BY name", [], cancellationToken);

    public async Task<SubgraphRegistration?> GetSubgraphAsync(string name, CancellationToken cancellationToken)
    {
        var subgraphs = await ReadSubgraphsAsync("name = @name", [("@name", name)], cancellationToken);
        return subgraphs.Count == 0 ? null : subgraphs[0];
    }

    private Task<IReadOnlyList<SubgraphRegistration>> ReadSubgraphsAsync(string where, (string, object?)[] parameters, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT name, url, sdl, owner_domain, product_urn, version, status, updated_at FROM subgraphs WHERE {where}",
            static reader => new SubgraphRegistration(
                reader.GetString(0), new Uri(reader.GetString(1)), reader.GetString(2), reader.GetString(3), ProductUrn.Parse(reader.GetString(4)),
                SemanticVersion.Parse(reader.GetString(5)), ParseSubgraphStatus(reader.GetString(6)), ParseTimestamp(reader.GetString(7))),
            cancellationToken,
            parameters);

    private static DataProduct ReadProduct(DbDataReader reader) => new(
        ProductUrn.Parse(reader.GetString(0)),
        reader.GetString(1),
        NullableString(reader, 2),
        reader.GetString(3),
        NullableString(reader, 4),
        NullableString(reader, 5),
        NullableString(reader, 6),
        ParseClassification(reader.GetString(7)),
        ParseJsonList(reader.GetString(8)),
        SemanticVersion.Parse(reader.GetString(9)),
        NullableString(reader, 10),
        Lifecycle.Parse(reader.GetString(11)),
        ReadDeprecation(reader, 12),
        ParseTimestamp(reader.GetString(15)),
        reader.GetInt64(16));

    private static ChangeKind ParseChangeKind(string text) => text switch
    {
        "published" => ChangeKind.Published,
        "deprecated" => ChangeKind.Deprecated,
        "retired" => ChangeKind.Retired,
        _ => ChangeKind.Imported,
    };

    private static SubgraphStatus ParseSubgraphStatus(string text) => text switch
    {
        "active" => SubgraphStatus.Active,
        "deprecated" => SubgraphStatus.Deprecated,
        _ => SubgraphStatus.Retired,
    };
}
