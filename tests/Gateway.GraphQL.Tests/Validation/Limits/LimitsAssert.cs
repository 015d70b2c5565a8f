using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Tests.Validation.Limits;

/// <summary>
/// Validates with limit rules only and renders each error as <c>message (line:column) [CODE]</c>, so a
/// test states the message, the location and the extensions code in one string.
/// </summary>
internal static class LimitsAssert
{
    public static Schema Schema { get; } = SchemaBuilder.FromSdl("""
        type Query {
          user(id: ID): User
          users(first: Int, last: Int, limit: Int): [User!]!
          node: Node
          tags: [String]
          count: Int
          userConnection(first: Int): UserConnection
        }

        type UserConnection {
          totalCount: Int
          edges: [UserEdge]
          nodes: [User]
          pageInfo: PageInfo
        }

        type UserEdge {
          cursor: String
          node: User
        }

        type PageInfo {
          hasNextPage: Boolean
        }

        type Mutation {
          addUser(name: String): User
        }

        interface Node {
          id: ID
        }

        type User implements Node {
          id: ID
          name: String
          bestFriend: User
          friends(first: Int): [User]
          posts: [Post!]
        }

        type Post {
          title: String
          comments(limit: Int): [Comment]
        }

        type Comment {
          text: String
          author: User
        }
        """);

    public static string Validate(string document, params Func<ValidationRule>[] rules) =>
        Format(DocumentValidator.Validate(Schema, Parser.Parse(document), rules));

    public static string Validate(string document, IReadOnlyList<Func<ValidationRule>> rules) =>
        Format(DocumentValidator.Validate(Schema, Parser.Parse(document), rules));

    public static string Format(IReadOnlyList<GraphQLError> errors) => string.Join("\n", errors.Select(error =>
    {
        var locations = string.Join(", ", error.Locations.Select(l => $"({l.Line}:{l.Column})"));
        var code = error.Extensions?.GetValueOrDefault("code") is string text ? $" [{text}]" : string.Empty;
        return $"{error.Message} {locations}{code}";
    }));
}
