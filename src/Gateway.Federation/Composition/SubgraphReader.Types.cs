using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

internal sealed partial class SubgraphReader
{
    private void ReadType(SyntaxNode node, string originalName, bool isExtension, string? description)
    {
        var name = Rename(originalName);
        var (kind, directives) = node switch
        {
            ObjectTypeDefinitionNode n => (TypeKind.Object, n.Directives),
            ObjectTypeExtensionNode n => (TypeKind.Object, n.Directives),
            InterfaceTypeDefinitionNode n => (TypeKind.Interface, n.Directives),
            InterfaceTypeExtensionNode n => (TypeKind.Interface, n.Directives),
            UnionTypeDefinitionNode n => (TypeKind.Union, n.Directives),
            UnionTypeExtensionNode n => (TypeKind.Union, n.Directives),
            EnumTypeDefinitionNode n => (TypeKind.Enum, n.Directives),
            EnumTypeExtensionNode n => (TypeKind.Enum, n.Directives),
            InputObjectTypeDefinitionNode n => (TypeKind.InputObject, n.Directives),
            InputObjectTypeExtensionNode n => (TypeKind.InputObject, n.Directives),
            ScalarTypeDefinitionNode n => (TypeKind.Scalar, n.Directives),
            ScalarTypeExtensionNode n => (TypeKind.Scalar, n.Directives),
            _ => (TypeKind.Scalar, (IReadOnlyList<DirectiveNode>)[]),
        };

        var type = _schema.FindType(name);
        if (type is null)
        {
            type = new SubgraphType(name, kind) { IsExtension = isExtension };
            _schema.AddType(type);
        }
        else if (type.Kind != kind)
        {
            _errors.Add(
                CompositionErrorCodes.InvalidGraphQL,
                $"[{_source.Name}] Type \"{name}\" is defined as {type.Kind} and extended as {kind}.",
                "Extend a type with an extension of the same kind.",
                [_source.Name],
                name);
            return;
        }

        if (!isExtension)
        {
            type.HasDefinition = true;
            type.IsExtension = false;
        }

        type.Description ??= description;
        var externalType = ReadTypeDirectives(type, directives, isExtension);
        var firstField = type.Fields.Count;
        switch (node)
        {
            case ObjectTypeDefinitionNode n:
                AddInterfaces(type, n.Interfaces);
                AddFields(type, n.Fields);
                break;
            case ObjectTypeExtensionNode n:
                AddInterfaces(type, n.Interfaces);
                AddFields(type, n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                AddInterfaces(type, n.Interfaces);
                AddFields(type, n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                AddInterfaces(type, n.Interfaces);
                AddFields(type, n.Fields);
                break;
            case UnionTypeDefinitionNode n:
                AddMembers(type, n.Types);
                break;
            case UnionTypeExtensionNode n:
                AddMembers(type, n.Types);
                break;
            case EnumTypeDefinitionNode n:
                AddValues(type, n.Values);
                break;
            case EnumTypeExtensionNode n:
                AddValues(type, n.Values);
                break;
            case InputObjectTypeDefinitionNode n:
                AddInputFields(type, n.Fields);
                break;
            case InputObjectTypeExtensionNode n:
                AddInputFields(type, n.Fields);
                break;
        }

        if (externalType)
        {
            for (var i = firstField; i < type.Fields.Count; i++)
            {
                type.Fields[i].IsExternal = true;
            }
        }
    }

    private bool ReadTypeDirectives(SubgraphType type, IReadOnlyList<DirectiveNode> directives, bool isExtension)
    {
        var externalType = false;
        foreach (var directive in directives)
        {
            switch (ResolveDirective(directive))
            {
                case "key":
                    var fields = DirectiveArguments.String(directive, "fields") ?? "";
                    var resolvable = DirectiveArguments.Get(directive, "resolvable") is BooleanValueNode flag ? flag.Value : (bool?)null;
                    type.Keys.Add(new SubgraphKey(fields, FieldSets.TryParse(fields), resolvable, isExtension));
                    break;
                case "extends":
                    type.HasExtendsDirective = true;
                    break;
                case "external":
                    // Federation 2: @external on a type marks the fields of that definition external.
                    externalType = true;
                    break;
                case "shareable":
                    type.IsShareable = true;
                    break;
                case "inaccessible":
                    type.IsInaccessible = true;
                    break;
                case "interfaceObject":
                    type.IsInterfaceObject = true;
                    break;
                case "tag":
                    type.Directives.Add(AsTag(directive));
                    break;
                case null when directive.Name.Value == "specifiedBy":
                    type.SpecifiedByUrl = DirectiveArguments.String(directive, "url");
                    break;
                case null when _composedDirectiveNames.Contains(directive.Name.Value):
                    type.Directives.Add(directive);
                    break;
            }
        }

        return externalType;
    }

    private static DirectiveNode AsTag(DirectiveNode directive) =>
        directive.Name.Value == "tag" ? directive : new DirectiveNode(new NameNode("tag"), directive.Arguments);

    private void AddInterfaces(SubgraphType type, IReadOnlyList<NamedTypeNode> interfaces)
    {
        foreach (var item in interfaces)
        {
            if (!type.Interfaces.Contains(item.Name.Value))
            {
                type.Interfaces.Add(item.Name.Value);
            }
        }
    }

    private void AddMembers(SubgraphType type, IReadOnlyList<NamedTypeNode> members)
    {
        foreach (var member in members)
        {
            var name = Rename(member.Name.Value);
            if (!type.UnionMembers.Contains(name))
            {
                type.UnionMembers.Add(name);
            }
        }
    }

    private void AddValues(SubgraphType type, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var node in values)
        {
            var value = new SubgraphEnumValue(node.Name.Value) { Description = node.Description?.Value };
            foreach (var directive in node.Directives)
            {
                ReadElementDirective(directive, inaccessible: () => value.IsInaccessible = true,
                    deprecated: reason => value.DeprecationReason = reason, kept: value.Directives);
            }

            type.EnumValues.Add(value);
        }
    }

    private void AddFields(SubgraphType type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            var field = new SubgraphField(node.Name.Value, Rename(node.Type)) { Description = node.Description?.Value };
            foreach (var argumentNode in node.Arguments)
            {
                field.Arguments.Add(ReadInputValue(argumentNode));
            }

            foreach (var directive in node.Directives)
            {
                switch (ResolveDirective(directive))
                {
                    case "external":
                        field.IsExternal = true;
                        break;
                    case "shareable":
                        field.IsShareable = true;
                        break;
                    case "requires":
                        field.Requires = DirectiveArguments.String(directive, "fields");
                        break;
                    case "provides":
                        field.Provides = DirectiveArguments.String(directive, "fields");
                        break;
                    case "override":
                        field.OverrideFrom = DirectiveArguments.String(directive, "from");
                        field.OverrideLabel = DirectiveArguments.String(directive, "label");
                        break;
                    default:
                        ReadElementDirective(directive, inaccessible: () => field.IsInaccessible = true,
                            deprecated: reason => field.DeprecationReason = reason, kept: field.Directives);
                        break;
                }
            }

            type.AddField(field);
        }
    }

    private void AddInputFields(SubgraphType type, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            var value = ReadInputValue(node);
            var field = new SubgraphField(value.Name, value.Type)
            {
                Description = value.Description,
                DefaultValue = value.DefaultValue,
                IsInaccessible = value.IsInaccessible,
                DeprecationReason = value.DeprecationReason,
            };
            field.Directives.AddRange(value.Directives);
            type.AddField(field);
        }
    }

    private SubgraphInputValue ReadInputValue(InputValueDefinitionNode node)
    {
        var value = new SubgraphInputValue(node.Name.Value, Rename(node.Type), node.DefaultValue) { Description = node.Description?.Value };
        foreach (var directive in node.Directives)
        {
            ReadElementDirective(directive, inaccessible: () => value.IsInaccessible = true,
                deprecated: reason => value.DeprecationReason = reason, kept: value.Directives);
        }

        return value;
    }

    /// <summary>The directives every element can carry into the supergraph: <c>@inaccessible</c>, <c>@tag</c>, <c>@deprecated</c>, composed ones.</summary>
    private void ReadElementDirective(DirectiveNode directive, Action inaccessible, Action<string> deprecated, List<DirectiveNode> kept)
    {
        switch (ResolveDirective(directive))
        {
            case "inaccessible":
                inaccessible();
                break;
            case "tag":
                kept.Add(AsTag(directive));
                break;
            case null when directive.Name.Value == "deprecated":
                // Spec 3.13.3 @deprecated: the reason defaults to "No longer supported".
                deprecated(DirectiveArguments.String(directive, "reason") ?? "No longer supported");
                break;
            case null when _composedDirectiveNames.Contains(directive.Name.Value):
                kept.Add(directive);
                break;
        }
    }

    /// <summary>Marks the fields the subgraph's keys, <c>@requires</c> and <c>@provides</c> select (an external field must be one).</summary>
    private void MarkFieldSetUsages()
    {
        foreach (var type in _schema.Types)
        {
            foreach (var key in type.Keys)
            {
                FieldSets.Visit(_schema, type, key.Selection, (_, field) => field.IsUsedInFieldSet = true, markKeyFields: true);
            }

            foreach (var field in type.Fields)
            {
                if (field.Requires is { } requires)
                {
                    FieldSets.Visit(_schema, type, FieldSets.TryParse(requires), (_, selected) => selected.IsUsedInFieldSet = true, markKeyFields: false);
                }

                if (field.Provides is { } provides && _schema.FindType(FieldSets.NamedTypeOf(field.Type)) is { } target)
                {
                    FieldSets.Visit(_schema, target, FieldSets.TryParse(provides), (_, selected) =>
                    {
                        selected.IsUsedInFieldSet = true;
                        selected.IsProvided = true;
                    }, markKeyFields: false);
                }
            }
        }
    }

    /// <summary>
    /// The key fields of a type extension (<c>extend type</c> or <c>@extends</c>) are not external even when marked
    /// so: Federation 1 required the mark there, and Federation 2 keeps reading it that way for compatibility.
    /// </summary>
    private void UnmarkExternalKeyFieldsOfExtensions()
    {
        foreach (var type in _schema.Types)
        {
            foreach (var key in type.Keys)
            {
                if (!key.FromExtension && !type.IsExtension && !type.HasExtendsDirective)
                {
                    continue;
                }

                FieldSets.Visit(_schema, type, key.Selection, (parent, field) =>
                {
                    if (parent == type)
                    {
                        field.IsExternal = false;
                    }
                }, markKeyFields: false);
            }
        }
    }
}
