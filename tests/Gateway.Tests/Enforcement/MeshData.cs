namespace Gateway.Tests.Enforcement;

/// <summary>
/// The two domains of the enforcement rig: <c>people</c> (users and organisations, with personal data) and
/// <c>sales</c> (orders, which join to users by <c>@key</c>), their SDL, their rows and their contracts.
/// The raw values are distinctive strings, so a response that leaks one is found by a substring search.
/// </summary>
internal static class MeshData
{
    public const string Email = "maria.santos@example.com";
    public const string Salary = "987654";
    public const string BirthDate = "1984-07-23";
    public const string Phone = "+1-555-0142-7788";
    public const string Nickname = "Mimi Quartzfeather";
    public const string Name = "Maria Santos";
    public const string Total = "4321.99";
    public const string Note = "leave at the back door of 221B";

    /// <summary>What a consumer without a grant must never see, whatever it asks.</summary>
    public static readonly string[] Governed = [Email, Salary, BirthDate, "0142", Nickname, Total, Note];

    public const string PeopleSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query {
          me: User
          user(id: ID!): User
          users(where: UserFilter, orderBy: UserOrder): [User!]!
          contacts: [Contact!]!
          search(text: String!): [SearchResult!]!
          node(id: ID!): Node
          failingUser: User
        }

        interface Node { id: ID! }
        interface Contact { email: String }

        type User implements Node & Contact @key(fields: "id") {
          id: ID!
          name: String!
          email: String!
          birthDate: String
          salary: Int
          phone: String
          country: String!
          nickname(format: String): String
          phoneCheck: String
        }

        type Org implements Node & Contact @key(fields: "id") {
          id: ID!
          name: String!
          email: String
        }

        union SearchResult = User | Org

        input UserFilter { email: String name: String and: [UserFilter!] }

        enum UserOrder { NAME EMAIL SALARY }
        """;

    public const string SalesSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query {
          orders: [Order!]!
          order(id: ID!): Order
        }

        type Order @key(fields: "id") {
          id: ID!
          total: Float!
          note: String
          buyer: User!
        }

        type User @key(fields: "id") {
          id: ID!
          orders: [Order!]!
        }
        """;

    public const string PeopleContract = """
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
              - { name: id, logicalType: string, classification: public, customProperties: [{ property: graphqlCoordinate, value: User.id }] }
              - { name: country, logicalType: string, classification: public, customProperties: [{ property: graphqlCoordinate, value: User.country }] }
              - { name: name, logicalType: string, classification: internal, customProperties: [{ property: graphqlCoordinate, value: User.name }] }
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
              - { name: salary, logicalType: integer, classification: confidential, customProperties: [{ property: graphqlCoordinate, value: User.salary }] }
              - name: phone
                logicalType: string
                classification: confidential
                customProperties:
                  - { property: graphqlCoordinate, value: User.phone }
                  - { property: mask, value: showLast(4) }
              - name: nickname
                logicalType: string
                classification: confidential
                customProperties:
                  - { property: graphqlCoordinate, value: User.nickname }
                  - { property: mask, value: keyedHash }
              - { name: phoneCheck, logicalType: string, classification: confidential, customProperties: [{ property: graphqlCoordinate, value: User.phoneCheck }] }
          - name: Org
            physicalType: graphql-type
            properties:
              - { name: email, logicalType: string, classification: public, customProperties: [{ property: graphqlCoordinate, value: Org.email }] }
        customProperties:
          - property: allowedPurposes
            value: [support, analytics]
        """;

    public const string SalesContract = """
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
                  - { property: mask, value: numericRange(100) }
              - { name: note, logicalType: string, classification: restricted, customProperties: [{ property: graphqlCoordinate, value: Order.note }] }
        customProperties:
          - property: allowedPurposes
            value: [analytics]
        """;

    public static Dictionary<string, object?> User() => new()
    {
        ["__typename"] = "User",
        ["id"] = "u1",
        ["name"] = Name,
        ["email"] = Email,
        ["birthDate"] = BirthDate,
        ["salary"] = int.Parse(Salary, System.Globalization.CultureInfo.InvariantCulture),
        ["phone"] = Phone,
        ["country"] = "PT",
        ["nickname"] = Nickname,
    };

    public static Dictionary<string, object?> Org() => new()
    {
        ["__typename"] = "Org",
        ["id"] = "o-acme",
        ["name"] = "Acme",
        ["email"] = "press@acme.example",
    };

    public static Dictionary<string, object?> Order() => new()
    {
        ["__typename"] = "Order",
        ["id"] = "ord1",
        ["total"] = double.Parse(Total, System.Globalization.CultureInfo.InvariantCulture),
        ["note"] = Note,
        ["buyer"] = new Dictionary<string, object?> { ["__typename"] = "User", ["id"] = "u1" },
    };
}
