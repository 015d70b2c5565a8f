using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>Writes: publishing a version and moving a product through its lifecycle.</summary>
public abstract partial class SqlCatalogStore
{
    public Task<PublishReceipt> PublishAsync(ProductPublication publication, long expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return InWriteTransactionAsync(
            (connection, transaction) => PublishProductAsync(connection, transaction, publication, expectedRevision, cancellationToken), cancellationToken);
    }

    /// <summary>The writes of <see cref="PublishAsync"/> inside <paramref name="transaction"/>, which the caller commits.</summary>
    private async Task<PublishReceipt> PublishProductAsync(
        DbConnection connection, DbTransaction transaction, ProductPublication publication, long expectedRevision, CancellationToken cancellationToken)
    {
        var urn = publication.Urn.ToString();
        try
        {
            var current = await ReadStateAsync(connection, transaction, urn, cancellationToken);
            CheckRevision(urn, current, expectedRevision);
            if (Lifecycle.Check(current?.Status, publication.Status) is { } illegal)
            {
                throw new CatalogRejectedException($"{urn}: {illegal}.");
            }

            if (current is not null && publication.Version <= current.Version)
            {
                throw new CatalogRejectedException(
                    $"{urn}: version {publication.Version} is not above the current version {current.Version}; publish a higher version.");
            }

            await CheckOwnershipAsync(connection, transaction, publication, cancellationToken);

            var now = Now();
            var revision = expectedRevision + 1;
            await WriteProductAsync(connection, transaction, publication, current is null, expectedRevision, revision, now, cancellationToken);
            await StepAsync("product", cancellationToken);

            await ReplaceDetailsAsync(connection, transaction, publication, cancellationToken);
            await RegisterDomainsAsync(connection, transaction, publication, cancellationToken);
            await StepAsync("details", cancellationToken);

            await SqlCommands.ExecuteAsync(connection, transaction, """
                INSERT INTO product_versions (product_urn, version, major, minor, patch, status, descriptor, contract, subgraph_name, subgraph_sdl, published_at, published_by)
                VALUES (@urn, @version, @major, @minor, @patch, @status, @descriptor, @contract, @subgraph, @sdl, @at, @by)
                """, cancellationToken,
                ("@urn", urn), ("@version", publication.Version.ToString()), ("@major", (long)publication.Version.Major),
                ("@minor", (long)publication.Version.Minor), ("@patch", (long)publication.Version.Patch),
                ("@status", Lifecycle.Name(publication.Status)), ("@descriptor", publication.DescriptorDocument),
                ("@contract", publication.ContractDocument), ("@subgraph", publication.Subgraph?.Name), ("@sdl", publication.Subgraph?.Sdl), ("@at", Timestamp(now)),
                ("@by", publication.Actor));
            await StepAsync("version", cancellationToken);

            if (publication.Subgraph is { } subgraph)
            {
                await UpsertSubgraphAsync(connection, transaction,
                    new SubgraphRegistration(subgraph.Name, subgraph.Url, subgraph.Sdl, publication.Domain, publication.Urn, publication.Version, SubgraphStatus.Active, now),
                    cancellationToken);
                await StepAsync("subgraph", cancellationToken);
            }

            // A product serves one subgraph: one it registered before under another name (or no longer
            // serves) leaves the supergraph with this version.
            await SqlCommands.ExecuteAsync(connection, transaction, """
                UPDATE subgraphs SET status = @retired, updated_at = @at WHERE product_urn = @urn AND name <> @name AND status <> @retired
                """, cancellationToken,
                ("@retired", SubgraphStatusName(SubgraphStatus.Retired)), ("@at", Timestamp(now)), ("@urn", urn), ("@name", publication.Subgraph?.Name ?? ""));

            var summary = current is null
                ? $"first {Lifecycle.Name(publication.Status)} version {publication.Version}"
                : $"version {publication.Version} replaces {current.Version}";
            var eventId = await RecordChangeAsync(
                connection, transaction, urn, publication.Version, ChangeKind.Published, publication.Actor, summary, revision,
                Lifecycle.Name(publication.Status), now, cancellationToken);
            await StepAsync("outbox", cancellationToken);
            return new PublishReceipt(revision, eventId);
        }
        catch (DbException error) when (IsUniqueViolation(error))
        {
            // Two first publishes of one product race past the read (no row to lock yet); the loser lands here.
            throw new CatalogConflictException($"{urn} was written by someone else at the same time; read it again and retry.", error);
        }
    }

    public Task<PublishReceipt> ChangeLifecycleAsync(LifecycleChange change, long expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return InWriteTransactionAsync(
            (connection, transaction) => ChangeProductLifecycleAsync(connection, transaction, change, expectedRevision, cancellationToken), cancellationToken);
    }

    /// <summary>The writes of <see cref="ChangeLifecycleAsync"/> inside <paramref name="transaction"/>, which the caller commits.</summary>
    private async Task<PublishReceipt> ChangeProductLifecycleAsync(
        DbConnection connection, DbTransaction transaction, LifecycleChange change, long expectedRevision, CancellationToken cancellationToken)
    {
        var urn = change.Urn.ToString();
        var current = await ReadStateAsync(connection, transaction, urn, cancellationToken)
            ?? throw new CatalogRejectedException($"{urn} is not in the catalog.");
        CheckRevision(urn, current, expectedRevision);
        if (Lifecycle.Check(current.Status, change.To) is { } illegal)
        {
            throw new CatalogRejectedException($"{urn}: {illegal}.");
        }

        if (change.To == LifecycleStatus.Published && current.Status != LifecycleStatus.Draft)
        {
            throw new CatalogRejectedException($"{urn}: only a draft is published without a new version; publish a new version to bring a {Lifecycle.Name(current.Status)} product back.");
        }

        var now = Now();
        var deprecation = change.To == LifecycleStatus.Deprecated
            ? await CheckDeprecationAsync(connection, transaction, change, now, cancellationToken)
            : null;
        if (change.To == LifecycleStatus.Retired && current.Status == LifecycleStatus.Deprecated)
        {
            // Keep the deprecation on record: the retired product still says what replaced it.
            deprecation = current.Deprecation;
        }

        var revision = expectedRevision + 1;
        var updated = await SqlCommands.ExecuteAsync(connection, transaction, """
            UPDATE products SET status = @status, sunset_date = @sunset, successor_urn = @successor, deprecation_reason = @reason,
                updated_at = @at, revision = @revision
            WHERE urn = @urn AND revision = @expected
            """, cancellationToken,
            ("@status", Lifecycle.Name(change.To)),
            ("@sunset", deprecation?.SunsetDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@successor", deprecation?.Successor?.ToString()), ("@reason", deprecation?.Reason), ("@at", Timestamp(now)),
            ("@revision", revision), ("@urn", urn), ("@expected", expectedRevision));
        if (updated == 0)
        {
            throw Stale(urn, expectedRevision);
        }

        if (current.Status == LifecycleStatus.Draft && change.To == LifecycleStatus.Published)
        {
            await SqlCommands.ExecuteAsync(connection, transaction,
                "UPDATE product_versions SET status = @status WHERE product_urn = @urn AND version = @version", cancellationToken,
                ("@status", Lifecycle.Name(LifecycleStatus.Published)), ("@urn", urn), ("@version", current.Version.ToString()));
        }

        var subgraphStatus = change.To switch
        {
            LifecycleStatus.Deprecated => SubgraphStatus.Deprecated,
            LifecycleStatus.Retired => SubgraphStatus.Retired,
            _ => SubgraphStatus.Active,
        };
        await SqlCommands.ExecuteAsync(connection, transaction,
            "UPDATE subgraphs SET status = @status, updated_at = @at WHERE product_urn = @urn", cancellationToken,
            ("@status", SubgraphStatusName(subgraphStatus)), ("@at", Timestamp(now)), ("@urn", urn));

        var kind = change.To switch
        {
            LifecycleStatus.Deprecated => ChangeKind.Deprecated,
            LifecycleStatus.Retired => ChangeKind.Retired,
            _ => ChangeKind.Published,
        };
        var summary = deprecation is null
            ? $"{Lifecycle.Name(current.Status)} -> {Lifecycle.Name(change.To)}"
            : $"deprecated until {deprecation.SunsetDate:yyyy-MM-dd}" + (deprecation.Successor is { } successor ? $", succeeded by {successor}" : "");
        var eventId = await RecordChangeAsync(
            connection, transaction, urn, current.Version, kind, change.Actor, summary, revision, Lifecycle.Name(change.To), now, cancellationToken);
        await StepAsync("lifecycle", cancellationToken);
        return new PublishReceipt(revision, eventId);
    }

    private async Task<Deprecation> CheckDeprecationAsync(
        DbConnection connection, DbTransaction transaction, LifecycleChange change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deprecation = change.Deprecation
            ?? throw new CatalogRejectedException($"{change.Urn}: a deprecation needs a sunset date, the day the product leaves the supergraph.");
        if (deprecation.SunsetDate < DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new CatalogRejectedException($"{change.Urn}: the sunset date {deprecation.SunsetDate:yyyy-MM-dd} is in the past; give consumers time to move.");
        }

        if (deprecation.Successor is { } successor)
        {
            if (successor == change.Urn)
            {
                throw new CatalogRejectedException($"{change.Urn}: a product cannot succeed itself.");
            }

            var successorState = await ReadStateAsync(connection, transaction, successor.ToString(), cancellationToken);
            if (successorState is null || successorState.Status is LifecycleStatus.Retired or LifecycleStatus.Deprecated)
            {
                throw new CatalogRejectedException($"{change.Urn}: the successor {successor} must be a product in the catalog that is neither deprecated nor retired.");
            }
        }

        return deprecation;
    }

    private async Task CheckOwnershipAsync(DbConnection connection, DbTransaction transaction, ProductPublication publication, CancellationToken cancellationToken)
    {
        var urn = publication.Urn.ToString();
        if (publication.ContractId is { } contractId
            && await SqlCommands.ScalarAsync(connection, transaction, "SELECT urn FROM products WHERE contract_id = @contract AND urn <> @urn",
                cancellationToken, ("@contract", contractId), ("@urn", urn)) is string holder)
        {
            throw new CatalogRejectedException($"{urn}: the contract id '{contractId}' already belongs to {holder}; give the contract its own id.");
        }

        if (publication.Subgraph is { } subgraph
            && await SqlCommands.ScalarAsync(connection, transaction, "SELECT product_urn FROM subgraphs WHERE name = @name AND product_urn <> @urn",
                cancellationToken, ("@name", subgraph.Name), ("@urn", urn)) is string owner)
        {
            throw new CatalogRejectedException($"{urn}: the subgraph name '{subgraph.Name}' is registered by {owner}; choose another name.");
        }
    }

    private static async Task WriteProductAsync(
        DbConnection connection, DbTransaction transaction, ProductPublication publication, bool isNew, long expectedRevision, long revision,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var urn = publication.Urn.ToString();
        (string, object?)[] values =
        [
            ("@urn", urn), ("@domain", publication.Domain), ("@subDomain", publication.SubDomain), ("@name", publication.Name),
            ("@description", publication.Description), ("@owner", publication.Owner), ("@team", publication.Team),
            ("@classification", ClassificationName(publication.Classification)), ("@tags", JsonList(publication.Tags)),
            ("@version", publication.Version.ToString()), ("@contract", publication.ContractId), ("@status", Lifecycle.Name(publication.Status)),
            ("@at", Timestamp(now)), ("@revision", revision), ("@expected", expectedRevision),
        ];
        if (isNew)
        {
            await SqlCommands.ExecuteAsync(connection, transaction, """
                INSERT INTO products (urn, domain, sub_domain, name, description, owner, team, classification, tags, current_version, contract_id,
                    status, sunset_date, successor_urn, deprecation_reason, updated_at, revision)
                VALUES (@urn, @domain, @subDomain, @name, @description, @owner, @team, @classification, @tags, @version, @contract,
                    @status, NULL, NULL, NULL, @at, @revision)
                """, cancellationToken, values);
            return;
        }

        // A new version clears a deprecation: publishing again is how a deprecated product comes back.
        var updated = await SqlCommands.ExecuteAsync(connection, transaction, """
            UPDATE products SET domain = @domain, sub_domain = @subDomain, name = @name, description = @description, owner = @owner,
                team = @team, classification = @classification, tags = @tags, current_version = @version, contract_id = @contract,
                status = @status, sunset_date = NULL, successor_urn = NULL, deprecation_reason = NULL, updated_at = @at, revision = @revision
            WHERE urn = @urn AND revision = @expected
            """, cancellationToken, values);
        if (updated == 0)
        {
            throw Stale(urn, expectedRevision);
        }
    }

    /// <summary>
    /// A product's domain (and sub-domain, under it) enter the catalog's domain list with its first
    /// publish; domains already there keep their description and place.
    /// </summary>
    private static async Task RegisterDomainsAsync(DbConnection connection, DbTransaction transaction, ProductPublication publication, CancellationToken cancellationToken)
    {
        await SqlCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO domains (name, parent, description) VALUES (@name, NULL, NULL) ON CONFLICT (name) DO NOTHING", cancellationToken,
            ("@name", publication.Domain));
        if (publication.SubDomain is { } subDomain)
        {
            await SqlCommands.ExecuteAsync(connection, transaction,
                "INSERT INTO domains (name, parent, description) VALUES (@name, @parent, NULL) ON CONFLICT (name) DO NOTHING", cancellationToken,
                ("@name", subDomain), ("@parent", publication.Domain));
        }
    }

    /// <summary>Replaces what the current version declares: tags, ports, field sources, glossary links, service levels, quality rules.</summary>
    private static async Task ReplaceDetailsAsync(DbConnection connection, DbTransaction transaction, ProductPublication publication, CancellationToken cancellationToken)
    {
        var urn = publication.Urn.ToString();
        foreach (var table in (string[])["product_tags", "product_ports", "field_lineage", "glossary_links", "service_levels", "quality_rules"])
        {
            await SqlCommands.ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE product_urn = @urn", cancellationToken, ("@urn", urn));
        }

        foreach (var tag in new HashSet<string>(publication.Tags, StringComparer.Ordinal))
        {
            await SqlCommands.ExecuteAsync(connection, transaction,
                "INSERT INTO product_tags (tag, name, product_urn, domain) VALUES (@tag, @name, @urn, @domain)", cancellationToken,
                ("@tag", tag), ("@name", publication.Name), ("@urn", urn), ("@domain", publication.Domain));
        }

        foreach (var port in publication.Ports)
        {
            await SqlCommands.ExecuteAsync(connection, transaction, """
                INSERT INTO product_ports (product_urn, direction, name, version, contract_id) VALUES (@urn, @direction, @name, @version, @contract)
                ON CONFLICT DO NOTHING
                """, cancellationToken,
                ("@urn", urn), ("@direction", port.Direction == PortDirection.Input ? "input" : "output"), ("@name", port.Name),
                ("@version", port.Version), ("@contract", port.ContractId));
        }

        foreach (var source in publication.FieldSources)
        {
            await SqlCommands.ExecuteAsync(connection, transaction,
                "INSERT INTO field_lineage (product_urn, field, source) VALUES (@urn, @field, @source) ON CONFLICT DO NOTHING", cancellationToken,
                ("@urn", urn), ("@field", source.Field), ("@source", source.Source));
        }

        foreach (var link in publication.GlossaryLinks)
        {
            await SqlCommands.ExecuteAsync(connection, transaction,
                "INSERT INTO glossary_links (term, product_urn, field) VALUES (@term, @urn, @field) ON CONFLICT DO NOTHING", cancellationToken,
                ("@term", link.Term), ("@urn", urn), ("@field", link.Field));
        }

        for (var i = 0; i < publication.ServiceLevels.Count; i++)
        {
            var level = publication.ServiceLevels[i];
            await SqlCommands.ExecuteAsync(connection, transaction, """
                INSERT INTO service_levels (product_urn, position, property, value, unit, element) VALUES (@urn, @position, @property, @value, @unit, @element)
                """, cancellationToken,
                ("@urn", urn), ("@position", (long)i), ("@property", level.Property), ("@value", level.Value), ("@unit", level.Unit),
                ("@element", level.Element));
        }

        foreach (var rule in publication.QualityRules)
        {
            await SqlCommands.ExecuteAsync(connection, transaction, """
                INSERT INTO quality_rules (product_urn, rule_key, target, type, dimension, description) VALUES (@urn, @key, @target, @type, @dimension, @description)
                ON CONFLICT DO NOTHING
                """, cancellationToken,
                ("@urn", urn), ("@key", rule.RuleKey), ("@target", rule.Target), ("@type", rule.Type), ("@dimension", rule.Dimension),
                ("@description", rule.Description));
        }
    }

    private static async Task<long> RecordChangeAsync(
        DbConnection connection, DbTransaction transaction, string urn, SemanticVersion version, ChangeKind kind, string? actor, string summary,
        long revision, string status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await SqlCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO change_history (product_urn, version, kind, actor, at, summary) VALUES (@urn, @version, @kind, @actor, @at, @summary)
            """, cancellationToken,
            ("@urn", urn), ("@version", version.ToString()), ("@kind", ChangeKindName(kind)), ("@actor", actor), ("@at", Timestamp(now)),
            ("@summary", summary));

        var payload = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["urn"] = urn,
            ["version"] = version.ToString(),
            ["status"] = status,
            ["revision"] = revision.ToString(CultureInfo.InvariantCulture),
        }, CatalogJsonContext.Default.DictionaryStringString);
        var id = await SqlCommands.ScalarAsync(connection, transaction, """
            INSERT INTO outbox_events (kind, subject, payload, created_at) VALUES (@kind, @subject, @payload, @at) RETURNING id
            """, cancellationToken,
            ("@kind", $"product.{ChangeKindName(kind)}"), ("@subject", urn), ("@payload", payload), ("@at", Timestamp(now)));
        return Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    private async Task<ProductState?> ReadStateAsync(DbConnection connection, DbTransaction transaction, string urn, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction,
            $"SELECT status, current_version, revision, sunset_date, successor_urn, deprecation_reason FROM products WHERE urn = @urn{ForUpdate}",
            ("@urn", urn));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ProductState(
            Lifecycle.Parse(reader.GetString(0)),
            SemanticVersion.Parse(reader.GetString(1)),
            reader.GetInt64(2),
            ReadDeprecation(reader, 3));
    }

    private static void CheckRevision(string urn, ProductState? current, long expectedRevision)
    {
        var actual = current?.Revision ?? 0;
        if (actual != expectedRevision)
        {
            throw current is null
                ? new CatalogConflictException($"{urn} is not in the catalog (you expected revision {expectedRevision}); it may have been removed. Read it again and retry.")
                : Stale(urn, expectedRevision, actual);
        }
    }

    private static CatalogConflictException Stale(string urn, long expected, long? actual = null) =>
        new(actual is { } now
            ? $"{urn} changed since it was read: its revision is {now}, the write expected {expected}. Read it again, re-check the change and retry."
            : $"{urn} changed since it was read (the write expected revision {expected}). Read it again, re-check the change and retry.");

    private static Deprecation? ReadDeprecation(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var sunset = DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var successor = NullableString(reader, ordinal + 1) is { } text ? ProductUrn.Parse(text) : null;
        return new Deprecation(sunset, successor, NullableString(reader, ordinal + 2));
    }

    private static string ChangeKindName(ChangeKind kind) => kind switch
    {
        ChangeKind.Published => "published",
        ChangeKind.Deprecated => "deprecated",
        ChangeKind.Retired => "retired",
        _ => "imported",
    };

    private static string SubgraphStatusName(SubgraphStatus status) => status switch
    {
        SubgraphStatus.Active => "active",
        SubgraphStatus.Deprecated => "deprecated",
        _ => "retired",
    };

    private sealed record ProductState(LifecycleStatus Status, SemanticVersion Version, long Revision, Deprecation? Deprecation);
}
