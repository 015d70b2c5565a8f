using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Security.Policies;

namespace Gateway.Security.Tests.Policies;

public sealed class FieldRuleSetTests
{
    private static string Repository { get; } = FindRepository();

    private static CatalogDocument Read(params string[] path)
    {
        var file = Path.Combine([Repository, .. path]);
        return CatalogDocumentReader.Read(file, File.ReadAllText(file));
    }

    [Fact]
    public void The_sample_products_contracts_give_their_fields_rules()
    {
        var rules = FieldRuleSet.FromDocuments([
            Read("src", "Samples", "Registration", "product.yaml"), Read("src", "Samples", "Registration", "contract.yaml"),
            Read("src", "Samples", "Sales", "product.yaml"), Read("src", "Samples", "Sales", "contract.yaml"),
        ]);

        var email = Assert.Single(rules.Rules["User.email"]);
        Assert.Equal("urn:dp:registration:registered-users", email.Product.ToString());
        Assert.Equal(PropertyClassification.Restricted, email.Classification);
        Assert.Equal(MaskSpec.Parse("email"), email.Mask);
        Assert.True(email.PropertyPurposes);
        Assert.Equal(["customer-support", "fraud-detection"], email.AllowedPurposes.Order());
        Assert.True(email.IsGoverned);
        var total = Assert.Single(rules.Rules["Order.total"]);
        Assert.Equal("urn:dp:sales:orders", total.Product.ToString());
        Assert.False(total.PropertyPurposes);
        Assert.False(Assert.Single(rules.Rules["Order.id"]).IsGoverned);
    }

    [Fact]
    public void The_benchmark_policy_masks_a_third_of_the_benchmark_fields()
    {
        var rules = FieldRuleSet.FromDocuments([
            Read("tests", "Benchmarks", "Federation", "policy", "product.yaml"),
            Read("tests", "Benchmarks", "Federation", "policy", "contract.yaml"),
        ]);

        var masked = rules.Rules.Values.SelectMany(list => list).Where(rule => rule.Mask is not null).Select(rule => rule.Coordinate).Order();
        Assert.Equal(["Product.name", "Product.price", "Review.body", "User.email", "User.username"], masked);
    }

    [Fact]
    public void A_contract_no_descriptor_claims_is_refused_with_its_id()
    {
        var error = Assert.Throws<FormatException>(() => FieldRuleSet.FromDocuments([Read("src", "Samples", "Sales", "contract.yaml")]));

        Assert.Contains("orders-contract", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_contracts_on_one_field_both_apply()
    {
        var contract = PolicyFixture.Read(PolicyFixture.UsersContract);
        var rules = FieldRuleSet.FromContracts([(PolicyFixture.Users, contract), (PolicyFixture.Orders, contract)]);

        Assert.Equal(2, rules.Rules["User.email"].Count);
        var policy = new ContractFieldAccessPolicy(rules.Bind(PolicyFixture.Schema, PolicyFixture.Key), PolicyFixture.Subject("support", [PolicyFixture.Grant(PolicyFixture.Users, "support")]), null, PolicyFixture.Now);
        Assert.Equal(Federation.Execution.FieldAccessKind.Mask, policy.Decide("User.email").Kind);
    }

    [Fact]
    public async Task The_rules_of_a_catalog_store_are_its_published_contracts()
    {
        var directory = Directory.CreateTempSubdirectory("catalog-rules-");
        try
        {
            await using var store = await Catalog.Storage.Sqlite.SqliteCatalogStore.OpenAsync(Path.Combine(directory.FullName, "catalog.db"), CancellationToken.None);
            var descriptorPath = Path.Combine(Repository, "src", "Samples", "Registration", "product.yaml");
            var contractPath = Path.Combine(Repository, "src", "Samples", "Registration", "contract.yaml");
            var publication = Catalog.Model.ProductPublicationBuilder.Build(
                Read("src", "Samples", "Registration", "product.yaml").Descriptor!, File.ReadAllText(descriptorPath),
                Read("src", "Samples", "Registration", "contract.yaml").Contract!, File.ReadAllText(contractPath),
                subgraph: null, actor: "maria");

            var before = await CatalogFieldRules.LoadAsync(store, CancellationToken.None);
            await store.PublishAsync(publication, 0, CancellationToken.None);
            var after = await CatalogFieldRules.LoadAsync(store, CancellationToken.None);

            Assert.Empty(before.Rules);
            Assert.Equal("urn:dp:registration:registered-users", Assert.Single(after.Rules["User.birthDate"]).Product.ToString());
            Assert.Equal(MaskSpec.Parse("dateToYear"), after.Rules["User.birthDate"][0].Mask);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "src", "Samples", "Sales", "contract.yaml")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"The repository checkout was not found above {AppContext.BaseDirectory}.");
    }
}
