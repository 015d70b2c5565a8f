using System.Text.Json;

namespace Gateway.Tests.Enforcement;

/// <summary>
/// Introspection answers what the requesting subject may read at all: fields denied for every purpose it could
/// declare are hidden (with the filter inputs and ordering values naming them), masked fields stay, administrators
/// see everything, and a hidden field that is queried is still refused with FORBIDDEN_FIELD.
/// </summary>
public sealed class IntrospectionPerSubjectTests(EnforcementFixture fixture) : IClassFixture<EnforcementFixture>
{
    private const string UserFields = "{ __type(name: \"User\") { fields { name } } }";

    private EnforcementRig Rig => fixture.Rig;

    [Fact]
    public async Task Anonymous_consumer_granted_and_administrator_requests_see_different_fields()
    {
        var anonymous = await FieldsAsync(UserFields, null);
        var analyst = await FieldsAsync(UserFields, fixture.Analyst);
        var support = await FieldsAsync(UserFields, fixture.Support);
        var administrator = await FieldsAsync(UserFields, fixture.Administrator);

        // Anonymous: public and masked fields only (name is internal: no token, no value, no mask).
        Assert.Equal(["id", "email", "birthDate", "phone", "country", "nickname", "orders"], anonymous);
        // A consumer declaring analytics without a grant: salary and phoneCheck are denied for it whatever it declares.
        Assert.Equal(["id", "name", "email", "birthDate", "phone", "country", "nickname", "orders"], analyst);
        // Granted the users product for support: confidential fields are readable for that purpose.
        Assert.Equal(["id", "name", "email", "birthDate", "salary", "phone", "country", "nickname", "phoneCheck", "orders"], support);
        Assert.Equal(support, administrator);
    }

    [Fact]
    public async Task Filter_inputs_and_ordering_values_naming_only_hidden_fields_are_hidden_too()
    {
        const string query = """
            { order: __type(name: "UserOrder") { enumValues { name } } filter: __type(name: "UserFilter") { inputFields { name } } }
            """;

        var (_, analyst) = await Rig.PostAsync(new { query }, fixture.Analyst);
        var (_, administrator) = await Rig.PostAsync(new { query }, fixture.Administrator);

        Assert.Equal(["NAME", "EMAIL"], Names(analyst, "order", "enumValues"));
        Assert.Equal(["NAME", "EMAIL", "SALARY"], Names(administrator, "order", "enumValues"));
        // email is masked for the analyst, not hidden: filters on it stay visible (and are refused when used, FORBIDDEN_ARGUMENT).
        Assert.Equal(["email", "name", "and"], Names(analyst, "filter", "inputFields"));
    }

    [Fact]
    public async Task A_hidden_field_that_is_queried_is_refused_as_forbidden_not_as_unknown()
    {
        var (_, body) = await Rig.PostAsync(new { query = "{ me { id salary } }" }, fixture.Analyst);

        Assert.DoesNotContain(MeshData.Salary, body, StringComparison.Ordinal);
        Assert.Contains("\"FORBIDDEN_FIELD\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot query field", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_schema_introspection_of_a_consumer_omits_its_hidden_fields()
    {
        var (status, body) = await Rig.PostAsync(new { query = IntrospectionQueryText }, fixture.Analyst);

        Assert.Equal(200, status);
        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var types = json.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray().ToList();
        var order = types.Single(type => type.GetProperty("name").GetString() == "Order");
        Assert.Equal(["id", "total", "buyer"], order.GetProperty("fields").EnumerateArray().Select(field => field.GetProperty("name").GetString()));
    }

    private const string IntrospectionQueryText = "{ __schema { queryType { name } types { name kind fields { name type { name kind ofType { name } } } } } }";

    private async Task<List<string?>> FieldsAsync(string query, string? token)
    {
        var (status, body) = await Rig.PostAsync(new { query }, token);
        Assert.True(status == 200 && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
        return Names(body, "__type", "fields");
    }

    private static List<string?> Names(string body, string alias, string list)
    {
        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.GetProperty("data").GetProperty(alias).GetProperty(list).EnumerateArray().Select(item => item.GetProperty("name").GetString())];
    }
}
