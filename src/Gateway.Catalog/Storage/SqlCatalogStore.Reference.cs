using System.Data.Common;
using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>Domains, teams and the glossary: reference data kept by upsert.</summary>
public abstract partial class SqlCatalogStore
{
    public async Task UpsertDomainAsync(Domain domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domain);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        if (domain.Parent is { } parent)
        {
            // A sub-domain hangs under an existing domain, and never under itself or its own sub-domains.
            var ancestor = parent;
            for (var hops = 0; ancestor is not null; hops++)
            {
                if (ancestor == domain.Name || hops > 32)
                {
                    throw new CatalogRejectedException($"The domain '{domain.Name}' cannot sit under '{parent}': that makes a cycle.");
                }

                var exists = await SqlCommands.ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM domains WHERE name = @name", cancellationToken, ("@name", ancestor));
                if (Convert.ToInt64(exists, System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    throw new CatalogRejectedException($"The parent domain '{ancestor}' is not in the catalog; add it first.");
                }

                ancestor = await SqlCommands.ScalarAsync(connection, transaction, "SELECT parent FROM domains WHERE name = @name", cancellationToken, ("@name", ancestor)) as string;
            }
        }

        await SqlCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO domains (name, parent, description) VALUES (@name, @parent, @description)
            ON CONFLICT (name) DO UPDATE SET parent = excluded.parent, description = excluded.description
            """, cancellationToken, ("@name", domain.Name), ("@parent", domain.Parent), ("@description", domain.Description));
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<Domain>> ListDomainsAsync(CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT name, parent, description FROM domains ORDER BY name",
            static reader => new Domain(reader.GetString(0), NullableString(reader, 1), NullableString(reader, 2)),
            cancellationToken);

    public async Task UpsertTeamAsync(Team team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await SqlCommands.ExecuteAsync(connection, null, """
            INSERT INTO teams (name, domain, members) VALUES (@name, @domain, @members)
            ON CONFLICT (name) DO UPDATE SET domain = excluded.domain, members = excluded.members
            """, cancellationToken,
            ("@name", team.Name), ("@domain", team.Domain), ("@members", JsonSerializer.Serialize(team.Members, CatalogJsonContext.Default.IReadOnlyListTeamMembership)));
    }

    public async Task<Team?> GetTeamAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, "SELECT name, domain, members FROM teams WHERE name = @name", ("@name", name));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var members = JsonSerializer.Deserialize(reader.GetString(2), CatalogJsonContext.Default.IReadOnlyListTeamMembership) ?? [];
        return new Team(reader.GetString(0), reader.GetString(1), members);
    }

    public async Task UpsertGlossaryTermAsync(GlossaryTerm term, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(term);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await SqlCommands.ExecuteAsync(connection, null, """
            INSERT INTO glossary_terms (domain, name, definition, synonyms) VALUES (@domain, @name, @definition, @synonyms)
            ON CONFLICT (domain, name) DO UPDATE SET definition = excluded.definition, synonyms = excluded.synonyms
            """, cancellationToken,
            ("@domain", term.Domain), ("@name", term.Name), ("@definition", term.Definition), ("@synonyms", JsonList(term.Synonyms)));
    }

    public Task<IReadOnlyList<GlossaryTerm>> ListGlossaryAsync(string? domain, CancellationToken cancellationToken) =>
        domain is null
            ? QueryAsync("SELECT domain, name, definition, synonyms FROM glossary_terms ORDER BY domain, name", ReadGlossaryTerm, cancellationToken)
            : QueryAsync("SELECT domain, name, definition, synonyms FROM glossary_terms WHERE domain = @domain ORDER BY name", ReadGlossaryTerm, cancellationToken, ("@domain", domain));

    private static GlossaryTerm ReadGlossaryTerm(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), ParseJsonList(reader.GetString(3)));

    public Task<IReadOnlyList<GlossaryLink>> ListGlossaryLinksAsync(string term, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT term, product_urn, field FROM glossary_links WHERE term = @term ORDER BY product_urn, field",
            static reader => new GlossaryLink(reader.GetString(0), ProductUrn.Parse(reader.GetString(1)), reader.GetString(2)),
            cancellationToken,
            ("@term", term));
}
