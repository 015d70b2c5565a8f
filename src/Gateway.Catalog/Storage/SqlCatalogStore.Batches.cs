using System.Globalization;
using System.Text;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>Batch reads: many products by URN in one query (<see cref="IProductBatchReader"/>).</summary>
public abstract partial class SqlCatalogStore : IProductBatchReader
{
    /// <summary>How many URNs one statement names; larger batches run as several statements.</summary>
    private const int UrnsPerStatement = 500;

    public async Task<IReadOnlyList<DataProduct>> GetProductsAsync(IReadOnlyList<ProductUrn> urns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urns);
        var products = new List<DataProduct>(urns.Count);
        if (urns.Count == 0)
        {
            return products;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        for (var start = 0; start < urns.Count; start += UrnsPerStatement)
        {
            var count = Math.Min(UrnsPerStatement, urns.Count - start);
            var sql = new StringBuilder($"SELECT {ProductColumns} FROM products p WHERE p.urn IN (");
            var parameters = new (string, object?)[count];
            for (var i = 0; i < count; i++)
            {
                var name = "@u" + i.ToString(CultureInfo.InvariantCulture);
                sql.Append(i == 0 ? name : ", " + name);
                parameters[i] = (name, urns[start + i].ToString());
            }

            sql.Append(')');
            await using var command = SqlCommands.Create(connection, null, sql.ToString(), parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                products.Add(ReadProduct(reader));
            }
        }

        return products;
    }

    public string CursorOf(DataProduct product, ProductSort sort)
    {
        ArgumentNullException.ThrowIfNull(product);
        var key = sort switch
        {
            ProductSort.Name => product.Name,
            ProductSort.UpdatedAt => Timestamp(product.UpdatedAt),
            _ => product.Urn.ToString(),
        };
        return ProductCursor.Encode(sort, key, product.Urn.ToString());
    }
}
