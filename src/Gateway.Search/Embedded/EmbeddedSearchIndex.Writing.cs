using System.Globalization;

namespace Gateway.Search.Embedded;

/// <summary>
/// Writes: a batch of products replaced (or removed) in one transaction, with their text, tags and completions. Each
/// transaction takes the index's next generation (catalog migration 6) and stamps it on the rows it writes and the ids
/// it removes, so a reader that holds the index as of an older generation reads only what changed since.
/// </summary>
public abstract partial class EmbeddedSearchIndex
{
    public async Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var write = new IndexWrite(connection, transaction))
        {
            await write.TakeNextGenerationAsync(cancellationToken);
            foreach (var document in documents)
            {
                await UpsertAsync(write, IndexedProduct.From(document), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(IReadOnlyList<string> productUrns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productUrns);
        if (productUrns.Count == 0)
        {
            return;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var write = new IndexWrite(connection, transaction))
        {
            await write.TakeNextGenerationAsync(cancellationToken);
            foreach (var urn in productUrns)
            {
                if (await ReadStoredAsync(write, urn, cancellationToken) is { } stored)
                {
                    await ForgetAsync(write, stored, cancellationToken);
                    await write.Get("DELETE FROM search_documents WHERE id = @id").Set("@id", stored.Id).ExecuteAsync(cancellationToken);
                    await write.Get("DELETE FROM search_products WHERE id = @id").Set("@id", stored.Id).ExecuteAsync(cancellationToken);
                    await write.Get("""
                        INSERT INTO search_removals (id, generation) VALUES (@id, @generation)
                        ON CONFLICT (id) DO UPDATE SET generation = excluded.generation
                        """).Set("@id", stored.Id).Set("@generation", write.Generation).ExecuteAsync(cancellationToken);
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task UpsertAsync(IndexWrite write, IndexedProduct product, CancellationToken cancellationToken)
    {
        var document = product.Document;
        var stored = await ReadStoredAsync(write, document.Urn, cancellationToken);
        long id;
        if (stored is null)
        {
            var inserted = await SetColumns(write.Get("""
                INSERT INTO search_products (urn, name, name_key, domain, owner, team, classification, status, tags, version, usage_score, quality, boost, updated_at, generation)
                VALUES (@urn, @name, @name_key, @domain, @owner, @team, @classification, @status, @tags, @version, @usage, @quality, @boost, @updated_at, @generation)
                RETURNING id
                """), product).Set("@generation", write.Generation).ScalarAsync(cancellationToken);
            id = Convert.ToInt64(inserted, CultureInfo.InvariantCulture);
            await SetText(write.Get("""
                INSERT INTO search_documents (id, name, keywords, description, fields, suggestions) VALUES (@id, @name, @keywords, @description, @fields, @suggestions)
                """), product).Set("@id", id).ExecuteAsync(cancellationToken);
        }
        else
        {
            await ForgetAsync(write, stored, cancellationToken);
            id = stored.Id;
            await SetColumns(write.Get("""
                UPDATE search_products SET urn = @urn, name = @name, name_key = @name_key, domain = @domain, owner = @owner, team = @team,
                    classification = @classification, status = @status, tags = @tags, version = @version, usage_score = @usage, quality = @quality, boost = @boost,
                    updated_at = @updated_at, generation = @generation
                WHERE id = @id
                """), product).Set("@id", id).Set("@generation", write.Generation).ExecuteAsync(cancellationToken);
            await SetText(write.Get("""
                UPDATE search_documents SET name = @name, keywords = @keywords, description = @description, fields = @fields, suggestions = @suggestions
                WHERE id = @id
                """), product).Set("@id", id).ExecuteAsync(cancellationToken);
        }

        await AddTextAsync(write, id, product, cancellationToken);
        var tag = write.Get("INSERT INTO search_product_tags (product_id, tag) VALUES (@id, @tag) ON CONFLICT DO NOTHING").Set("@id", id);
        foreach (var value in product.Tags)
        {
            await tag.Set("@tag", value).ExecuteAsync(cancellationToken);
        }

        if (product.IsPublic)
        {
            var count = write.Get("""
                INSERT INTO search_suggestions (text_key, kind, text, documents) VALUES (@key, @kind, @text, 1)
                ON CONFLICT (text_key, kind) DO UPDATE SET documents = search_suggestions.documents + 1
                """);
            foreach (var suggestion in product.Suggestions)
            {
                await count.Set("@key", suggestion.Key).Set("@kind", suggestion.Kind).Set("@text", suggestion.Text).ExecuteAsync(cancellationToken);
            }
        }
    }

    private static Statement SetColumns(Statement statement, IndexedProduct product)
    {
        var document = product.Document;
        return statement
            .Set("@urn", document.Urn)
            .Set("@name", product.Name)
            .Set("@name_key", product.NameKey)
            .Set("@domain", document.Domain)
            .Set("@owner", document.Owner)
            .Set("@team", document.Team)
            .Set("@classification", document.Classification.ToLowerInvariant())
            .Set("@status", product.Status)
            .Set("@tags", product.TagList)
            .Set("@version", document.Version)
            .Set("@usage", document.Usage)
            .Set("@quality", document.Quality)
            .Set("@boost", product.Boost)
            .Set("@updated_at", document.UpdatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
    }

    private static Statement SetText(Statement statement, IndexedProduct product) => statement
        .Set("@name", product.Name)
        .Set("@keywords", product.Keywords)
        .Set("@description", product.Description)
        .Set("@fields", product.Fields)
        .Set("@suggestions", product.SuggestionLines());

    private static async Task<StoredProduct?> ReadStoredAsync(IndexWrite write, string urn, CancellationToken cancellationToken)
    {
        await using var reader = await write.Get(
            """
            SELECT p.id, d.name, d.keywords, d.description, d.fields, p.status, d.suggestions
            FROM search_products p JOIN search_documents d ON d.id = p.id WHERE p.urn = @urn
            """)
            .Set("@urn", urn).ReadAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredProduct(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6))
            : null;
    }

    /// <summary>Takes a stored product's text, tags and completions out, leaving its row.</summary>
    private async Task ForgetAsync(IndexWrite write, StoredProduct stored, CancellationToken cancellationToken)
    {
        await RemoveTextAsync(write, stored, cancellationToken);
        await write.Get("DELETE FROM search_product_tags WHERE product_id = @id").Set("@id", stored.Id).ExecuteAsync(cancellationToken);
        if (IndexedProduct.IsPublicStatus(stored.Status))
        {
            // Counts that reach zero stay as rows (completions skip them): a tag in use again costs an update, not an insert.
            var uncount = write.Get("UPDATE search_suggestions SET documents = documents - 1 WHERE text_key = @key AND kind = @kind");
            foreach (var suggestion in IndexedProduct.ParseSuggestionLines(stored.Suggestions))
            {
                await uncount.Set("@key", suggestion.Key).Set("@kind", suggestion.Kind).ExecuteAsync(cancellationToken);
            }
        }
    }
}
