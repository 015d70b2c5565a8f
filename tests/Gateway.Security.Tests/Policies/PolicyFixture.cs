using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.GraphQL.Types;
using Gateway.Security.Masking;
using Gateway.Security.Policies;
using Gateway.Security.Tokens;
using Microsoft.AspNetCore.Http;

namespace Gateway.Security.Tests.Policies;

/// <summary>
/// A small API schema (interfaces, a union, filter inputs, an ordering enum) and two contracts over it, as the
/// policy tests share them.
/// </summary>
internal static class PolicyFixture
{
    public const string Sdl = """
        type Query {
          me: User
          user(id: ID!): User
          users(where: UserFilter, orderBy: UserOrder, first: Int): [User!]!
          node(id: ID!): Node
          contacts: [Contact!]!
          search(text: String!): [SearchResult!]!
          orders(where: OrderFilter): [Order!]!
        }
        interface Node { id: ID! }
        interface Contact { email: String }
        type User implements Node & Contact {
          id: ID!
          name: String!
          email: String!
          birthDate: String
          country: String!
          salary: Int
          avatar(size: Int): String
          orders: [Order!]!
        }
        type Org implements Node & Contact { id: ID! email: String name: String! }
        union SearchResult = User | Org
        type Order implements Node { id: ID! total: Float! buyer: User! status: Status! }
        enum Status { OPEN CLOSED }
        input UserFilter { email: StringFilter name: StringFilter and: [UserFilter!] orders: OrderFilter }
        input StringFilter { eq: String contains: String }
        input OrderFilter { total: FloatFilter buyer: UserFilter }
        input FloatFilter { gt: Float }
        enum UserOrder { NAME_ASC EMAIL_DESC SALARY }
        """;

    public const string UsersContract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: users-contract
        name: Users
        version: 1.0.0
        status: active
        domain: people
        schema:
          - name: User
            physicalType: graphql-type
            properties:
              - name: id
                logicalType: string
                classification: public
                customProperties:
                  - { property: graphqlCoordinate, value: User.id }
              - name: name
                logicalType: string
                classification: internal
                customProperties:
                  - { property: graphqlCoordinate, value: User.name }
              - name: email
                logicalType: string
                classification: restricted
                customProperties:
                  - { property: graphqlCoordinate, value: User.email }
                  - { property: mask, value: email }
                  - { property: allowedPurposes, value: [support] }
              - name: birthDate
                logicalType: date
                classification: restricted
                customProperties:
                  - { property: graphqlCoordinate, value: User.birthDate }
                  - { property: mask, value: dateToYear }
                  - { property: allowedPurposes, value: [age-check] }
              - name: country
                logicalType: string
                classification: public
                customProperties:
                  - { property: graphqlCoordinate, value: User.country }
              - name: salary
                logicalType: integer
                classification: confidential
                customProperties:
                  - { property: graphqlCoordinate, value: User.salary }
              - name: avatar
                logicalType: string
                classification: confidential
                customProperties:
                  - { property: graphqlCoordinate, value: User.avatar }
                  - { property: mask, value: redact }
              - name: shoeSize
                logicalType: integer
                classification: confidential
                customProperties:
                  - { property: graphqlCoordinate, value: User.shoeSize }
          - name: Org
            physicalType: graphql-type
            properties:
              - name: email
                logicalType: string
                classification: public
                customProperties:
                  - { property: graphqlCoordinate, value: Org.email }
        roles:
          - role: people-analyst
            access: read
        customProperties:
          - property: allowedPurposes
            value: [support, analytics]
        """;

    public const string OrdersContract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders-contract
        name: Orders
        version: 1.0.0
        status: active
        domain: sales
        schema:
          - name: Order
            physicalType: graphql-type
            properties:
              - name: total
                logicalType: number
                classification: confidential
                customProperties:
                  - { property: graphqlCoordinate, value: Order.total }
                  - { property: mask, value: numericRange(10) }
              - name: status
                logicalType: string
                classification: restricted
                customProperties:
                  - { property: graphqlCoordinate, value: Order.status }
                  - { property: mask, value: redact }
        customProperties:
          - property: allowedPurposes
            value: [analytics]
        """;

    public static readonly ProductUrn Users = ProductUrn.Parse("urn:dp:people:users");

    public static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");

    public static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static readonly MaskingKey Key = MaskingKey.FromBytes(new byte[32]);

    public static Schema Schema { get; } = SchemaBuilder.FromSdl(Sdl);

    public static FieldRuleSet Rules { get; } = FieldRuleSet.FromContracts([(Users, Read(UsersContract)), (Orders, Read(OrdersContract))]);

    public static SchemaFieldRules Bound { get; } = Rules.Bind(Schema, Key);

    public static Catalog.Documents.Contracts.DataContract Read(string yaml)
    {
        var result = CatalogDocumentReader.ReadContract("contract.yaml", yaml);
        return result.Document ?? throw new InvalidOperationException(string.Join("; ", result.Diagnostics));
    }

    public static AccessSubject Subject(
        string? purpose = null, IReadOnlyList<ActiveGrant>? grants = null, IReadOnlyList<string>? roles = null, string clientId = "analytics-app") =>
        new(
            clientId,
            new HashSet<string>(roles ?? [], StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal),
            new HashSet<string>(purpose is null ? [] : [purpose], StringComparer.Ordinal),
            purpose,
            grants ?? []);

    public static ActiveGrant Grant(ProductUrn product, string purpose, DateTimeOffset? expiresAt = null) =>
        new(product.ToString(), purpose, expiresAt);

    public static AccessTokenClaims Claims(string clientId, IReadOnlyList<string> purposes, IReadOnlyList<string>? roles = null) =>
        new("https://gateway.test", ["gateway"], clientId, clientId, Now, Now, Now.AddMinutes(15), "jti-1", [], roles ?? [], purposes);

    public static HttpContext Context(AccessTokenClaims? claims = null, params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        if (claims is not null)
        {
            context.Features.Set(claims);
        }

        foreach (var (name, value) in headers)
        {
            context.Request.Headers.Append(name, value);
        }

        return context;
    }
}
