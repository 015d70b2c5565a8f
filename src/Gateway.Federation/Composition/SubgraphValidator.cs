using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

/// <summary>
/// Checks one subgraph on its own before merging: the names the gateway's own API reserves, and that every <c>@key</c>,
/// <c>@requires</c> and <c>@provides</c> field set selects fields that exist, with the kinds each directive allows
/// (federation spec, "@key", "@requires", "@provides"), and that every <c>@external</c> field is used.
/// </summary>
internal sealed partial class SubgraphValidator
{
    private readonly SubgraphSchema _subgraph;
    private readonly CompositionErrorList _errors;

    private SubgraphValidator(SubgraphSchema subgraph, CompositionErrorList errors)
    {
        _subgraph = subgraph;
        _errors = errors;
    }

    public static void Validate(SubgraphSchema subgraph, CompositionErrorList errors, ReservedNames reserved)
    {
        var validator = new SubgraphValidator(subgraph, errors);
        validator.CheckReservedNames(reserved);
        validator.Run();
    }

    /// <summary>The names the gateway's own API takes in the served schema (ARCHITECTURE, "Catalog API").</summary>
    private void CheckReservedNames(ReservedNames reserved)
    {
        foreach (var root in (string[])["Query", "Mutation"])
        {
            foreach (var field in reserved.RootFields)
            {
                if (_subgraph.FindType(root)?.FindField(field) is not null)
                {
                    Error(
                        CompositionErrorCodes.ReservedRootField,
                        $"Field \"{root}.{field}\" is reserved: the gateway serves {reserved.Owner} there.",
                        $"Rename the field; no subgraph may define a root field named \"{field}\".",
                        $"{root}.{field}");
                }
            }
        }

        foreach (var type in _subgraph.Types)
        {
            if (reserved.PrefixOf(type.Name) is { } prefix)
            {
                Error(
                    CompositionErrorCodes.ReservedTypeName,
                    $"Type \"{type.Name}\" is reserved: the gateway serves {reserved.Owner} beside the subgraphs, and the names of its types start with \"{prefix}\".",
                    $"Rename the type so that its name does not start with \"{prefix}\" followed by a capital letter (e.g. \"{Capitalized(_subgraph.Name)}{type.Name}\").",
                    type.Name);
            }
        }
    }

    private void Run()
    {
        CheckTypeReferences();
        CheckInterfaceKeysOnImplementations();
        foreach (var type in _subgraph.Types)
        {
            foreach (var key in type.Keys)
            {
                ValidateKey(type, key);
            }

            foreach (var field in type.Fields)
            {
                if (field.Requires is { } requires)
                {
                    ValidateRequires(type, field, requires);
                }

                if (field.Provides is { } provides)
                {
                    ValidateProvides(type, field, provides);
                }

                if (field.IsExternal && !field.IsUsedInFieldSet && !_subgraph.IsFederationOne && !SatisfiesInterface(type, field))
                {
                    Error(
                        CompositionErrorCodes.ExternalUnused,
                        $"Field \"{type.Name}.{field.Name}\" is marked @external but is not used in any federation directive (@key, @provides, @requires) or to satisfy an interface; the field declaration has no use and should be removed (or the field should not be @external).",
                        "Remove the field, or remove @external if this subgraph resolves it.",
                        $"{type.Name}.{field.Name}");
                }

                if (field.OverrideFrom == _subgraph.Name)
                {
                    Error(
                        CompositionErrorCodes.OverrideFromSelfError,
                        $"Source and destination subgraphs \"{_subgraph.Name}\" are the same for overridden field \"{type.Name}.{field.Name}\"",
                        "Name the subgraph the field moves from in @override(from:), not this one.",
                        $"{type.Name}.{field.Name}");
                }

                if (field.IsShareable && type.Kind == TypeKind.Interface && !_subgraph.IsFederationOne)
                {
                    Error(
                        CompositionErrorCodes.InvalidShareableUsage,
                        $"Invalid use of @shareable on field \"{type.Name}.{field.Name}\": only object type fields can be marked with @shareable",
                        "Remove @shareable from the interface field; mark the implementations' fields instead.",
                        $"{type.Name}.{field.Name}");
                }

                if (field.OverrideFrom is not null && field.IsExternal)
                {
                    Error(
                        CompositionErrorCodes.OverrideCollisionWithAnotherDirective,
                        $"@override cannot be used on field \"{type.Name}.{field.Name}\" on subgraph \"{_subgraph.Name}\" since \"{type.Name}.{field.Name}\" on \"{_subgraph.Name}\" is marked with directive \"@external\"",
                        "Remove @external: the subgraph that overrides a field resolves it.",
                        $"{type.Name}.{field.Name}");
                }

                if (field.OverrideFrom is not null && type.Kind == TypeKind.Interface)
                {
                    Error(
                        CompositionErrorCodes.OverrideOnInterface,
                        $"@override cannot be used on field \"{type.Name}.{field.Name}\" on subgraph \"{_subgraph.Name}\": @override is not supported on interface type fields.",
                        "Override the field on the implementing object types instead.",
                        $"{type.Name}.{field.Name}");
                }
            }
        }
    }

    /// <summary>Every type a subgraph names must be defined in it (Spec 3.4 "Types": named types must exist).</summary>
    private void CheckTypeReferences()
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        void Check(string name, string coordinate)
        {
            if (name is "String" or "Int" or "Float" or "Boolean" or "ID" || _subgraph.FindType(name) is not null || !reported.Add(name))
            {
                return;
            }

            Error(CompositionErrorCodes.InvalidGraphQL, $"Unknown type {name}", $"Define type \"{name}\" in the subgraph, or fix the reference at {coordinate}.", coordinate);
        }

        foreach (var type in _subgraph.Types)
        {
            foreach (var name in type.Interfaces)
            {
                Check(name, type.Name);
            }

            foreach (var name in type.UnionMembers)
            {
                Check(name, type.Name);
            }

            foreach (var field in type.Fields)
            {
                Check(FieldSets.NamedTypeOf(field.Type), $"{type.Name}.{field.Name}");
                foreach (var argument in field.Arguments)
                {
                    Check(FieldSets.NamedTypeOf(argument.Type), $"{type.Name}.{field.Name}({argument.Name}:)");
                }
            }
        }
    }

    private bool SatisfiesInterface(SubgraphType type, SubgraphField field)
    {
        foreach (var name in type.Interfaces)
        {
            if (_subgraph.FindType(name)?.FindField(field.Name) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private void ValidateKey(SubgraphType type, SubgraphKey key)
    {
        var where = $"On type \"{type.Name}\", for @key(fields: \"{key.Fields}\")";
        if (key.Selection is null)
        {
            Error(CompositionErrorCodes.KeyInvalidFields, $"{where}: the field set does not parse.", "Write the key as a selection set without braces, e.g. \"id\" or \"sku variation { id }\".", type.Name);
            return;
        }

        FieldSets.Walk(_subgraph, type, key.Selection, (parent, node, field) =>
        {
            if (field is null)
            {
                Error(CompositionErrorCodes.KeyInvalidFields, $"{where}: Cannot query field \"{node.Name.Value}\" on type \"{parent.Name}\" (if the field is defined in another subgraph, you need to add it to this subgraph with @external).", "Select fields the type defines in this subgraph.", $"{parent.Name}.{node.Name.Value}");
                return;
            }

            if (field.Arguments.Count > 0)
            {
                Error(CompositionErrorCodes.KeyFieldsHasArgs, $"{where}: field {parent.Name}.{field.Name} cannot be included because it has arguments (fields with argument are not allowed in @key)", "Key on fields without arguments.", $"{parent.Name}.{field.Name}");
            }

            var target = _subgraph.FindType(FieldSets.NamedTypeOf(field.Type));
            if (target?.Kind is TypeKind.Interface or TypeKind.Union)
            {
                var kind = target.Kind == TypeKind.Interface ? "Interface" : "Union";
                Error(CompositionErrorCodes.KeyFieldsSelectInvalidType, $"{where}: field \"{parent.Name}.{field.Name}\" is a {kind} type which is not allowed in @key", "Key on scalar, enum or object fields.", $"{parent.Name}.{field.Name}");
            }
        });
    }

    private void ValidateRequires(SubgraphType type, SubgraphField field, string requires)
    {
        var where = $"On field \"{type.Name}.{field.Name}\", for @requires(fields: \"{requires}\")";
        var selection = FieldSets.TryParse(requires);
        if (selection is null)
        {
            Error(CompositionErrorCodes.RequiresInvalidFields, $"{where}: the field set does not parse.", "Write the field set as a selection set without braces.", $"{type.Name}.{field.Name}");
            return;
        }

        ValidateExternalSelection(type, selection, where, CompositionErrorCodes.RequiresInvalidFields, CompositionErrorCodes.RequiresFieldsMissingExternal, "@requires");
    }

    private void ValidateProvides(SubgraphType type, SubgraphField field, string provides)
    {
        var where = $"On field \"{type.Name}.{field.Name}\", for @provides(fields: \"{provides}\")";
        var target = _subgraph.FindType(FieldSets.NamedTypeOf(field.Type));
        if (target?.Kind is not (TypeKind.Object or TypeKind.Interface or TypeKind.Union))
        {
            Error(CompositionErrorCodes.ProvidesOnNonObjectField, $"{where}: Invalid @provides directive on field \"{type.Name}.{field.Name}\": field has type \"{Printer.Print(field.Type)}\" which is not a Composite Type", "Put @provides on fields that return an object, interface or union.", $"{type.Name}.{field.Name}");
            return;
        }

        var selection = FieldSets.TryParse(provides);
        if (selection is null)
        {
            Error(CompositionErrorCodes.ProvidesInvalidFields, $"{where}: the field set does not parse.", "Write the field set as a selection set without braces.", $"{type.Name}.{field.Name}");
            return;
        }

        ValidateExternalSelection(target, selection, where, CompositionErrorCodes.ProvidesInvalidFields, CompositionErrorCodes.ProvidesFieldsMissingExternal, "@provides");
    }

    /// <summary>
    /// The leaves a <c>@requires</c> or <c>@provides</c> selects must be external, or under an external field
    /// (federation spec: "the fields ... must be marked @external"); Fed 1 subgraphs were not held to it.
    /// </summary>
    private void ValidateExternalSelection(SubgraphType parent, SelectionSetNode selection, string where, string invalidCode, string missingExternalCode, string directive) =>
        CheckSelection(parent, selection, underExternal: false, where, invalidCode, missingExternalCode, directive);

    private void CheckSelection(SubgraphType parent, SelectionSetNode selection, bool underExternal, string where, string invalidCode, string missingExternalCode, string directive)
    {
        foreach (var item in selection.Selections)
        {
            switch (item)
            {
                case FieldNode { Name.Value: "__typename" }:
                    break;
                case FieldNode node:
                    var field = parent.FindField(node.Name.Value);
                    if (field is null)
                    {
                        Error(invalidCode, $"{where}: Cannot query field \"{node.Name.Value}\" on type \"{parent.Name}\" (if the field is defined in another subgraph, you need to add it to this subgraph with @external).", $"Add the field to this subgraph with @external, or remove it from {directive}.", $"{parent.Name}.{node.Name.Value}");
                        break;
                    }

                    if (node.SelectionSet is { } nested)
                    {
                        if (_subgraph.FindType(FieldSets.NamedTypeOf(field.Type)) is { } child)
                        {
                            CheckSelection(child, nested, underExternal || field.IsExternal, where, invalidCode, missingExternalCode, directive);
                        }
                    }
                    else if (!field.IsExternal && !underExternal && !_subgraph.IsFederationOne && parent.Kind != TypeKind.Interface)
                    {
                        Error(missingExternalCode, $"{where}: field \"{parent.Name}.{field.Name}\" should not be part of a {directive} since it is already provided by this subgraph (it is not marked @external)", $"Mark {parent.Name}.{field.Name} @external, or remove it from {directive}.", $"{parent.Name}.{field.Name}");
                    }

                    break;
                case InlineFragmentNode fragment:
                    var target = fragment.TypeCondition is { } condition ? _subgraph.FindType(condition.Name.Value) : parent;
                    if (target is not null)
                    {
                        CheckSelection(target, fragment.SelectionSet, underExternal, where, invalidCode, missingExternalCode, directive);
                    }

                    break;
            }
        }
    }

    private void Error(string code, string message, string fix, params string[] coordinates) =>
        _errors.Add(code, $"[{_subgraph.Name}] {message}", fix, [_subgraph.Name], coordinates);

    /// <summary>The subgraph's name as the start of a type name: its words (letters and digits) capitalised and joined.</summary>
    private static string Capitalized(string subgraphName)
    {
        var letters = new System.Text.StringBuilder(subgraphName.Length);
        var wordStart = true;
        foreach (var c in subgraphName)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                wordStart = true;
                continue;
            }

            letters.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = false;
        }

        return letters.Length > 0 && char.IsAsciiLetter(letters[0]) ? letters.ToString() : "Domain";
    }
}
