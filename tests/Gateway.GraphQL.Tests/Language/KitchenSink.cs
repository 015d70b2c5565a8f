namespace Gateway.GraphQL.Tests.Language;

/// <summary>
/// Documents of our own writing that touch every production, and their printed forms as graphql-js 16
/// prints them (captured from the reference, so the printer tests compare layout exactly).
/// </summary>
internal static class KitchenSink
{
    public const string Query =
        """""
        "Finds a user and friends"
        query UserWithFriends($id: ID! = "u1", $first: Int = 10, $filter: Filter = {tags: ["a", "b"], active: true, score: 1.5e3}) @live(if: true) {
          viewer: user(id: $id) {
            id, name
            ... on Admin @include(if: $isAdmin) { permissions }
            ...FriendList @skip(if: false)
            ... @defer { bio }
            avatar(size: 64, shape: ROUND, fallback: null)
            notes(text: """
              multi-line
                note with \""" quotes
            """)
          }
        }

        mutation { like(story: 123, amount: -0.5E-2) { story { likeCount } } }

        subscription OnEvent { events(kinds: [], where: {}) { at } }

        fragment FriendList on User @tag(name: "f") {
          friends(first: $first, after: "cursor\u00e9\n\t\"quoted\"") { edges { node { id } } }
        }

        { unnamed(truthy: true, falsy: false, nullish: null, query: query, escaped: "\u{1F600}\uD83D\uDE00") }
        """"";

    public const string PrintedQuery =
        """""
        "Finds a user and friends"
        query UserWithFriends($id: ID! = "u1", $first: Int = 10, $filter: Filter = {tags: ["a", "b"], active: true, score: 1.5e3}) @live(if: true) {
          viewer: user(id: $id) {
            id
            name
            ... on Admin @include(if: $isAdmin) {
              permissions
            }
            ...FriendList @skip(if: false)
            ... @defer {
              bio
            }
            avatar(size: 64, shape: ROUND, fallback: null)
            notes(text: """
            multi-line
              note with \""" quotes
            """)
          }
        }

        mutation {
          like(story: 123, amount: -0.5E-2) {
            story {
              likeCount
            }
          }
        }

        subscription OnEvent {
          events(kinds: [], where: {}) {
            at
          }
        }

        fragment FriendList on User @tag(name: "f") {
          friends(first: $first, after: "cursoré\n\t\"quoted\"") {
            edges {
              node {
                id
              }
            }
          }
        }

        {
          unnamed(
            truthy: true
            falsy: false
            nullish: null
            query: query
            escaped: "😀😀"
          )
        }
        """"";

    public const string Schema =
        """""
        """
        The schema's entry points.
        """
        schema @link(url: "https://example.com") {
          query: Query
          mutation: Mutation
        }

        "A custom scalar"
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        """
        Root query.
        """
        type Query implements & Node & Entity @key(fields: "id") {
          "the node id"
          id: ID!
          users(
            "max results"
            first: Int = 10
            after: String
            filter: UserFilter = {role: ADMIN, tags: ["x"]}
          ): [User!]! @deprecated(reason: "use search")
          search(term: String!): SearchResult
        }

        interface Node { id: ID! }

        interface Entity implements Node @shareable { id: ID! name: String }

        union SearchResult @tag = | User | Post

        enum Role {
          "admin"
          ADMIN @deprecated
          USER
          GUEST
        }

        input UserFilter @oneOf {
          role: Role
          tags: [String!] = []
          nested: [[UserFilter]]
        }

        directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE

        directive @live(if: Boolean) on
          | QUERY
          | SUBSCRIPTION
          | FIELD
          | FRAGMENT_DEFINITION
          | FRAGMENT_SPREAD
          | INLINE_FRAGMENT
          | VARIABLE_DEFINITION
          | SCHEMA
          | SCALAR
          | OBJECT
          | FIELD_DEFINITION
          | ARGUMENT_DEFINITION
          | INTERFACE
          | UNION
          | ENUM
          | ENUM_VALUE
          | INPUT_OBJECT
          | INPUT_FIELD_DEFINITION
          | MUTATION

        extend schema @tag { subscription: Subscription }
        extend schema @other
        extend scalar DateTime @tag
        extend type Query implements Other @tag { extra: Int }
        extend type Query implements More
        extend interface Node @tag { extra: Int }
        extend interface Node implements Other
        extend union SearchResult = Comment
        extend union SearchResult @tag
        extend enum Role { OWNER }
        extend enum Role @tag
        extend input UserFilter { since: DateTime }
        extend input UserFilter @tag
        """"";

    public const string PrintedSchema =
        """""
        """The schema's entry points."""
        schema @link(url: "https://example.com") {
          query: Query
          mutation: Mutation
        }

        "A custom scalar"
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        """Root query."""
        type Query implements Node & Entity @key(fields: "id") {
          "the node id"
          id: ID!
          users(
            "max results"
            first: Int = 10
            after: String
            filter: UserFilter = {role: ADMIN, tags: ["x"]}
          ): [User!]! @deprecated(reason: "use search")
          search(term: String!): SearchResult
        }

        interface Node {
          id: ID!
        }

        interface Entity implements Node @shareable {
          id: ID!
          name: String
        }

        union SearchResult @tag = User | Post

        enum Role {
          "admin"
          ADMIN @deprecated
          USER
          GUEST
        }

        input UserFilter @oneOf {
          role: Role
          tags: [String!] = []
          nested: [[UserFilter]]
        }

        directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE

        directive @live(if: Boolean) on QUERY | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | MUTATION

        extend schema @tag {
          subscription: Subscription
        }

        extend schema @other

        extend scalar DateTime @tag

        extend type Query implements Other @tag {
          extra: Int
        }

        extend type Query implements More

        extend interface Node @tag {
          extra: Int
        }

        extend interface Node implements Other

        extend union SearchResult = Comment

        extend union SearchResult @tag

        extend enum Role {
          OWNER
        }

        extend enum Role @tag

        extend input UserFilter {
          since: DateTime
        }

        extend input UserFilter @tag
        """"";
}
