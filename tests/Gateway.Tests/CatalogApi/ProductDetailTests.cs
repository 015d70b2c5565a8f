namespace Gateway.Tests.CatalogApi;

public sealed class ProductDetailTests : IClassFixture<SqliteCatalogApiFixture>
{
    private readonly CatalogApiRig _rig;

    public ProductDetailTests(SqliteCatalogApiFixture fixture)
    {
        _rig = fixture.Rig;
    }

    [Fact]
    public async Task A_product_answers_its_identity_owner_and_team()
    {
        var answer = await _rig.CatalogAsync("""
            { catalog { product(urn: "urn:dp:sales:orders") {
              urn name domain subDomain description owner teamName team { name domain members { username name role } }
              tags classification status deprecation { sunset } currentVersion contractId } } }
            """);

        Assert.Equal(
            """{"product":{"urn":"urn:dp:sales:orders","name":"orders","domain":"sales","subDomain":"web-shop","description":"Every customer order placed in the web shop, with its lines and totals.","owner":"ana.lima@example.com","teamName":"sales-data","team":{"name":"sales-data","domain":"sales","members":[{"username":"ana.lima@example.com","name":"Ana Lima","role":"owner"}]},"tags":["orders","sales","gold"],"classification":"CLEAN","status":"PUBLISHED","deprecation":null,"currentVersion":"1.2.0","contractId":"orders-contract"}}""",
            answer.GetRawText());
    }

    [Fact]
    public async Task Versions_come_newest_first_with_their_documents_as_published()
    {
        var answer = await _rig.CatalogAsync("""
            { catalog { product(urn: "urn:dp:sales:orders") {
              versions { version status publishedBy descriptor { id version } contract { version } }
              version(version: "1.1.0") { version descriptor { text } }
              missing: version(version: "9.9.9") { version } } } }
            """);
        var product = answer.GetProperty("product");

        Assert.Equal(
            """[{"version":"1.2.0","status":"PUBLISHED","publishedBy":"seed","descriptor":{"id":"6f1c9a52-3d7e-4b1a-9a55-0c2e8f3b7d10","version":"1.2.0"},"contract":{"version":"1.2.0"}},{"version":"1.1.0","status":"PUBLISHED","publishedBy":"seed","descriptor":{"id":"6f1c9a52-3d7e-4b1a-9a55-0c2e8f3b7d10","version":"1.1.0"},"contract":{"version":"1.1.0"}}]""",
            product.GetProperty("versions").GetRawText());
        Assert.StartsWith("# A data product descriptor (ODPS v1.0)", product.GetProperty("version").GetProperty("descriptor").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("version: 1.1.0", product.GetProperty("version").GetProperty("descriptor").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("null", product.GetProperty("missing").GetRawText());
    }

    [Fact]
    public async Task A_version_answers_its_contract_changes_since_the_version_before()
    {
        var answer = await _rig.CatalogAsync("""
            { catalog { product(urn: "urn:dp:sales:orders") {
              versions { version changes { previousVersion requiredBump actualBump versionAccepted changes { severity code location message bump } } } } } }
            """);

        Assert.Equal(
            """{"product":{"versions":[{"version":"1.2.0","changes":{"previousVersion":"1.1.0","requiredBump":"MINOR","actualBump":"MINOR","versionAccepted":true,"changes":[{"severity":"SAFE","code":"DESCRIPTION_CHANGED","location":"description.purpose","message":"The contract\u0027s purpose was changed.","bump":"PATCH"},{"severity":"SAFE","code":"QUALITY_RULE_ADDED","location":"schema[Order].quality[library:rowCount]","message":"Quality rule \u0027library:rowCount\u0027 (rowCount mustBeGreaterThan 0) was added.","bump":"MINOR"}]}},{"version":"1.1.0","changes":null}]}}""",
            answer.GetRawText());
    }

    [Fact]
    public async Task The_descriptor_and_contract_answer_their_key_parts()
    {
        var answer = await _rig.CatalogAsync("""
            { catalog { product(urn: "urn:dp:sales:orders") {
              descriptor { id name version status purpose usage limitations tags }
              contract { id version status name usage objects { name description properties {
                name path coordinate logicalType classification required criticalDataElement personalData mask purposes glossaryTerms sources } } } } } }
            """);
        var product = answer.GetProperty("product");

        Assert.Equal(
            """{"id":"6f1c9a52-3d7e-4b1a-9a55-0c2e8f3b7d10","name":"orders","version":"1.2.0","status":"active","purpose":"Every customer order placed in the web shop, with its lines and totals.","usage":"Join orders to customers by customerId; amounts are in the order\u0027s currency.","limitations":"Orders older than seven years are removed (retention).","tags":["orders","sales","gold"]}""",
            product.GetProperty("descriptor").GetRawText());
        var contract = product.GetProperty("contract");
        Assert.Equal("orders-contract", contract.GetProperty("id").GetString());
        Assert.Equal("Analytics and customer support; not for marketing without consent.", contract.GetProperty("usage").GetString());
        var properties = contract.GetProperty("objects")[0].GetProperty("properties");
        Assert.Equal(5, properties.GetArrayLength());
        Assert.Equal(
            """{"name":"customerEmail","path":"Order.customerEmail","coordinate":"Order.customerEmail","logicalType":"string","classification":"restricted","required":false,"criticalDataElement":true,"personalData":true,"mask":"email","purposes":["customer-support","fraud-detection"],"glossaryTerms":["Customer"],"sources":[]}""",
            properties[1].GetRawText());
        Assert.Equal(
            """{"name":"cardNumber","path":"Order.cardNumber","coordinate":"Order.cardNumber","logicalType":"string","classification":"restricted","required":false,"criticalDataElement":false,"personalData":true,"mask":"showLast(4)","purposes":[],"glossaryTerms":[],"sources":["payments-contract.Payment.cardNumber"]}""",
            properties[2].GetRawText());
    }

    [Fact]
    public async Task Ports_quality_service_levels_field_lineage_and_history_are_answered()
    {
        var answer = await _rig.CatalogAsync("""
            { catalog { product(urn: "urn:dp:sales:orders") {
              ports { direction name version contractId }
              quality { key target type dimension description latest { passed measuredValue measuredAt details } }
              serviceLevels { property value unit element }
              fieldLineage { field source }
              history { version kind actor summary } } } }
            """);
        var product = answer.GetProperty("product");

        Assert.Equal(
            """[{"direction":"INPUT","name":"customers","version":"2.0.0","contractId":"customers-contract"},{"direction":"OUTPUT","name":"orders-graphql","version":"1.2.0","contractId":"orders-contract"}]""",
            product.GetProperty("ports").GetRawText());
        Assert.Equal(
            """[{"key":"Order#0","target":"Order","type":"library","dimension":"completeness","description":"rowCount","latest":null},{"key":"Order.total#0","target":"Order.total","type":"library","dimension":"completeness","description":"nullValues","latest":{"passed":true,"measuredValue":0,"measuredAt":"2026-11-20T08:00:00.0000000Z","details":"no nulls"}}]""",
            product.GetProperty("quality").GetRawText());
        Assert.Equal(
            """[{"property":"latency","value":"4","unit":"h","element":"Order.placedAt"},{"property":"availability","value":"99.9","unit":"percent","element":null},{"property":"retention","value":"7","unit":"y","element":null}]""",
            product.GetProperty("serviceLevels").GetRawText());
        Assert.Equal("""[{"field":"Order.cardNumber","source":"payments-contract.Payment.cardNumber"}]""", product.GetProperty("fieldLineage").GetRawText());
        var history = product.GetProperty("history");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal("1.1.0", history[0].GetProperty("version").GetString());
        Assert.Equal("PUBLISHED", history[1].GetProperty("kind").GetString());
        Assert.Equal("seed", history[1].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Glossary_terms_of_fields_resolve_in_the_products_own_domain()
    {
        var answer = await _rig.CatalogAsync("""
            { catalog {
              orders: product(urn: "urn:dp:sales:orders") { glossaryTerms { field term definition { domain definition } } }
              customers: product(urn: "urn:dp:crm:customers") { glossaryTerms { field term definition { domain definition } } } } }
            """);

        Assert.Equal(
            """{"orders":{"glossaryTerms":[{"field":"Order.customerEmail","term":"Customer","definition":{"domain":"sales","definition":"Someone who placed at least one order."}}]},"customers":{"glossaryTerms":[{"field":"Customer.id","term":"Customer","definition":{"domain":"crm","definition":"Anyone with a customer record."}}]}}""",
            answer.GetRawText());
    }

    [Fact]
    public async Task A_deprecated_product_names_its_sunset_reason_and_successor_as_a_product()
    {
        var answer = await _rig.CatalogAsync("""
            { catalog { product(urn: "urn:dp:sales:returns") { status deprecation { sunset reason successorUrn successor { urn status currentVersion } } history { kind summary } } } }
            """);
        var product = answer.GetProperty("product");

        Assert.Equal(
            """{"sunset":"2099-12-31","reason":"Merged into orders.","successorUrn":"urn:dp:sales:orders","successor":{"urn":"urn:dp:sales:orders","status":"PUBLISHED","currentVersion":"1.2.0"}}""",
            product.GetProperty("deprecation").GetRawText());
        Assert.Equal("DEPRECATED", product.GetProperty("history")[1].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Lineage_walks_upstream_and_downstream_to_the_depth_asked()
    {
        var answer = await _rig.CatalogAsync("""
            { catalog {
              revenue: product(urn: "urn:dp:finance:revenue") {
                near: upstream { upstream { urn } downstream { urn } contractId depth }
                far: upstream(depth: 2) { upstream { urn name } downstream { urn } contractId depth } }
              customers: product(urn: "urn:dp:crm:customers") {
                downstream(depth: 10) { upstream { urn } downstream { urn owner } depth }
                upstream(depth: 10) { depth } } } }
            """);

        Assert.Equal(
            """{"near":[{"upstream":{"urn":"urn:dp:sales:orders"},"downstream":{"urn":"urn:dp:finance:revenue"},"contractId":"orders-contract","depth":1}],"far":[{"upstream":{"urn":"urn:dp:sales:orders","name":"orders"},"downstream":{"urn":"urn:dp:finance:revenue"},"contractId":"orders-contract","depth":1},{"upstream":{"urn":"urn:dp:crm:customers","name":"customers"},"downstream":{"urn":"urn:dp:sales:orders"},"contractId":"customers-contract","depth":2}]}""",
            answer.GetProperty("revenue").GetRawText());
        Assert.Equal(
            """{"downstream":[{"upstream":{"urn":"urn:dp:crm:customers"},"downstream":{"urn":"urn:dp:sales:orders","owner":"ana.lima@example.com"},"depth":1},{"upstream":{"urn":"urn:dp:sales:orders"},"downstream":{"urn":"urn:dp:finance:revenue","owner":"kim@example.com"},"depth":2}],"upstream":[]}""",
            answer.GetProperty("customers").GetRawText());
    }
}
