using Gateway.Catalog.Documents.Nodes;

namespace Gateway.Catalog.Documents.Binding;

/// <summary>Reads the sections ODCS v3.1 and ODPS v1.0 share: description, customProperties, authoritativeDefinitions, support, team.</summary>
internal static class SharedSectionReader
{
    // ODPS v1.0 $defs.AuthoritativeDefinition.type; ODCS v3.1 gives the same names as examples.
    private static readonly string[] DefinitionTypes = ["businessDefinition", "transformationImplementation", "videoTutorial", "tutorial", "implementation"];

    public static DocumentDescription? Description(DocumentBinder binder, DocumentNode node, string path)
    {
        if (node is ScalarNode { Kind: ScalarKind.String } text)
        {
            // ODCS v2 wrote description as a string; v3 made it an object.
            binder.Report(node, path, "type", "must be a mapping with purpose, limitations and usage (ODCS v3 / ODPS v1), not a string");
            return new DocumentDescription(text.Text, null, null, []);
        }

        var reader = binder.Mapping(node, path, "description");
        var description = new DocumentDescription(
            reader.String("purpose"),
            reader.String("limitations"),
            reader.String("usage"),
            CustomProperties(binder, reader));
        AuthoritativeDefinitions(binder, reader);
        reader.End();
        return description;
    }

    public static IReadOnlyList<CustomProperty> CustomProperties(DocumentBinder binder, MappingReader owner) =>
        owner.List("customProperties", (node, path) =>
        {
            var reader = binder.Mapping(node, path, "custom property");
            var property = reader.String("property", required: true);
            var value = reader.Value("value", required: true);
            var description = reader.String("description");
            reader.String("id");
            reader.End();
            return property is null || value is null
                ? null
                : new CustomProperty(property, DocumentBinder.ToJson(value), description, value.Position);
        });

    public static IReadOnlyList<AuthoritativeDefinition> AuthoritativeDefinitions(DocumentBinder binder, MappingReader owner) =>
        owner.List("authoritativeDefinitions", (node, path) =>
        {
            var reader = binder.Mapping(node, path, "authoritative definition");
            // An enum in ODPS v1.0; ODCS v3.1 gives the same names only as examples.
            var type = binder.Standard == CatalogDocumentReader.DescriptorStandard
                ? reader.Enum("type", DefinitionTypes, required: true)
                : reader.String("type", required: true);
            var url = reader.String("url", required: true);
            var description = reader.String("description");
            reader.String("id");
            reader.End();
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                binder.Report(reader.Value("url")!, DocumentBinder.Child(path, "url"), "format", "must be an absolute URL");
            }

            return type is null || url is null ? null : new AuthoritativeDefinition(type, url, description);
        });

    public static IReadOnlyList<SupportChannel> Support(DocumentBinder binder, MappingReader owner, bool urlRequired) =>
        owner.List("support", (node, path) =>
        {
            var reader = binder.Mapping(node, path, "support channel");
            var channel = new SupportChannel(
                reader.String("channel", required: true) ?? "",
                reader.String("url", required: urlRequired),
                reader.String("description"),
                reader.String("tool"),
                reader.String("scope"),
                reader.String("invitationUrl"));
            reader.String("id");
            reader.Strings("tags");
            CustomProperties(binder, reader);
            AuthoritativeDefinitions(binder, reader);
            reader.End();
            return channel;
        });

    /// <summary>
    /// ODCS v3.1 <c>team</c> is an object with <c>members</c>; the plain list of members (ODCS v3.0, ODPS v1.0)
    /// still reads. In a contract it is deprecated (removed in v4), so it draws a warning there.
    /// </summary>
    public static DocumentTeam? Team(DocumentBinder binder, MappingReader owner, bool listIsDeprecated)
    {
        var node = owner.Value("team");
        var path = DocumentBinder.Child(owner.Path, "team");
        switch (node)
        {
            case null:
                return null;
            case SequenceNode sequence:
                if (listIsDeprecated)
                {
                    binder.Report(node, path, "deprecated", "a list of members is deprecated in ODCS v3.1; write team: { name: ..., members: [...] }", DiagnosticSeverity.Warning);
                }

                return new DocumentTeam(null, null, Members(binder, sequence, path));
            default:
                var reader = binder.Mapping(node, path, "team");
                var name = reader.String("name");
                var description = reader.String("description");
                var membersNode = reader.Value("members");
                var members = membersNode is SequenceNode list ? Members(binder, list, DocumentBinder.Child(path, "members")) : [];
                if (membersNode is not null and not SequenceNode)
                {
                    binder.Report(membersNode, DocumentBinder.Child(path, "members"), "type", $"must be a list, not {membersNode.Describe()}");
                }

                reader.String("id");
                reader.Strings("tags");
                CustomProperties(binder, reader);
                AuthoritativeDefinitions(binder, reader);
                reader.End();
                return new DocumentTeam(name, description, members);
        }
    }

    private static List<TeamMember> Members(DocumentBinder binder, SequenceNode sequence, string path)
    {
        var members = new List<TeamMember>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var reader = binder.Mapping(sequence.Items[i], DocumentBinder.Item(path, i), "team member");
            var username = reader.String("username", required: true);
            var member = new TeamMember(
                username ?? "",
                reader.String("name"),
                reader.String("description"),
                reader.String("role"),
                reader.String("dateIn"),
                reader.String("dateOut"),
                reader.String("replacedByUsername"));
            reader.String("id");
            reader.Strings("tags");
            CustomProperties(binder, reader);
            AuthoritativeDefinitions(binder, reader);
            reader.End();
            if (username is not null)
            {
                members.Add(member);
            }
        }

        return members;
    }
}
