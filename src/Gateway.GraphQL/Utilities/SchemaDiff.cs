using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Utilities;

/// <summary>
/// Finds what changed between two versions of a schema and how each change affects existing clients,
/// classified the way graphql-inspector classifies it (Breaking / Dangerous / Safe). graphql-js
/// <c>findBreakingChanges</c>/<c>findDangerousChanges</c> agree on every Breaking change reported here;
/// graphql-inspector adds the Safe ones (additions, descriptions, deprecations) and refines a few.
/// </summary>
/// <remarks>
/// Changes are ordered by schema coordinate (ordinal), then by the order they were found, so the result
/// does not depend on the order definitions were written in. Introspection types are not compared:
/// they are the same in every schema.
/// </remarks>
public static partial class SchemaDiff
{
    public static IReadOnlyList<SchemaChange> Compare(Schema oldSchema, Schema newSchema)
    {
        ArgumentNullException.ThrowIfNull(oldSchema);
        ArgumentNullException.ThrowIfNull(newSchema);

        var changes = new List<SchemaChange>();
        CompareSchemaDefinition(oldSchema, newSchema, changes);
        CompareTypes(oldSchema, newSchema, changes);
        CompareDirectives(oldSchema, newSchema, changes);
        return SortByCoordinate(changes);
    }

    private static void CompareSchemaDefinition(Schema oldSchema, Schema newSchema, List<SchemaChange> changes)
    {
        CompareRootType("query", oldSchema.QueryType, newSchema.QueryType, SchemaChangeKind.SchemaQueryTypeChanged, changes);
        CompareRootType("mutation", oldSchema.MutationType, newSchema.MutationType, SchemaChangeKind.SchemaMutationTypeChanged, changes);
        CompareRootType("subscription", oldSchema.SubscriptionType, newSchema.SubscriptionType, SchemaChangeKind.SchemaSubscriptionTypeChanged, changes);
        if (!string.Equals(oldSchema.Description, newSchema.Description, StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange(
                SchemaChangeKind.SchemaDescriptionChanged, ChangeCriticality.Safe, string.Empty, DescriptionMessage("the schema", oldSchema.Description, newSchema.Description)));
        }

        CompareDirectiveUsages("the schema", string.Empty, oldSchema.AppliedDirectives, newSchema.AppliedDirectives, changes);
    }

    /// <summary>
    /// A new root type is Safe when there was none (a new operation type); any other change of root
    /// type name breaks every operation of that type, as does removing it.
    /// </summary>
    private static void CompareRootType(string operation, ObjectType? oldRoot, ObjectType? newRoot, SchemaChangeKind kind, List<SchemaChange> changes)
    {
        if (string.Equals(oldRoot?.Name, newRoot?.Name, StringComparison.Ordinal))
        {
            return;
        }

        var coordinate = (oldRoot ?? newRoot)!.Name;
        if (oldRoot is null)
        {
            changes.Add(new SchemaChange(kind, ChangeCriticality.Safe, coordinate, $"Root {operation} type '{newRoot!.Name}' was added."));
        }
        else if (newRoot is null)
        {
            changes.Add(new SchemaChange(kind, ChangeCriticality.Breaking, coordinate, $"Root {operation} type '{oldRoot.Name}' was removed."));
        }
        else
        {
            changes.Add(new SchemaChange(
                kind, ChangeCriticality.Breaking, coordinate, $"Root {operation} type changed from '{oldRoot.Name}' to '{newRoot.Name}'."));
        }
    }

    private static void CompareTypes(Schema oldSchema, Schema newSchema, List<SchemaChange> changes)
    {
        foreach (var oldType in oldSchema.Types.Values)
        {
            if (oldType.IsIntrospectionType)
            {
                continue;
            }

            var newType = newSchema.GetType(oldType.Name);
            if (newType is null)
            {
                // A built-in scalar leaves the schema when nothing references it any more; variables
                // declared with it then fail validation, so this breaks clients too.
                var message = IsBuiltInScalar(oldType)
                    ? $"Standard scalar '{oldType.Name}' was removed because it is not referenced anymore."
                    : $"Type '{oldType.Name}' was removed.";
                changes.Add(new SchemaChange(SchemaChangeKind.TypeRemoved, ChangeCriticality.Breaking, oldType.Name, message));
            }
            else
            {
                CompareType(oldType, newType, changes);
            }
        }

        foreach (var newType in newSchema.Types.Values)
        {
            if (!newType.IsIntrospectionType && oldSchema.GetType(newType.Name) is null)
            {
                changes.Add(new SchemaChange(SchemaChangeKind.TypeAdded, ChangeCriticality.Safe, newType.Name, $"Type '{newType.Name}' was added."));
            }
        }
    }

    private static void CompareType(NamedType oldType, NamedType newType, List<SchemaChange> changes)
    {
        if (oldType.Kind != newType.Kind)
        {
            changes.Add(new SchemaChange(
                SchemaChangeKind.TypeKindChanged,
                ChangeCriticality.Breaking,
                oldType.Name,
                $"Type '{oldType.Name}' changed kind from {KindName(oldType.Kind)} to {KindName(newType.Kind)}."));
            return;
        }

        if (!string.Equals(oldType.Description, newType.Description, StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange(
                SchemaChangeKind.TypeDescriptionChanged,
                ChangeCriticality.Safe,
                oldType.Name,
                DescriptionMessage($"type '{oldType.Name}'", oldType.Description, newType.Description)));
        }

        CompareDirectiveUsages($"type '{oldType.Name}'", oldType.Name, oldType.Directives, newType.Directives, changes);

        switch (oldType)
        {
            case ComplexType oldComplex:
                CompareInterfaces(oldComplex, (ComplexType)newType, changes);
                CompareFields(oldComplex, (ComplexType)newType, changes);
                break;
            case UnionType oldUnion:
                CompareUnionMembers(oldUnion, (UnionType)newType, changes);
                break;
            case EnumType oldEnum:
                CompareEnumValues(oldEnum, (EnumType)newType, changes);
                break;
            case InputObjectType oldInput:
                CompareInputObject(oldInput, (InputObjectType)newType, changes);
                break;
        }
    }

    private static void CompareInterfaces(ComplexType oldType, ComplexType newType, List<SchemaChange> changes)
    {
        foreach (var oldInterface in oldType.Interfaces)
        {
            if (!ContainsNamed(newType.Interfaces, oldInterface.Name))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.ObjectTypeInterfaceRemoved,
                    ChangeCriticality.Breaking,
                    oldType.Name,
                    $"Type '{oldType.Name}' no longer implements interface '{oldInterface.Name}'."));
            }
        }

        // Dangerous: fragments on the interface now match values of this type, and clients
        // switching over __typename may not expect it.
        foreach (var newInterface in newType.Interfaces)
        {
            if (!ContainsNamed(oldType.Interfaces, newInterface.Name))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.ObjectTypeInterfaceAdded,
                    ChangeCriticality.Dangerous,
                    oldType.Name,
                    $"Type '{oldType.Name}' now implements interface '{newInterface.Name}'."));
            }
        }
    }

    private static void CompareUnionMembers(UnionType oldUnion, UnionType newUnion, List<SchemaChange> changes)
    {
        foreach (var oldMember in oldUnion.Types)
        {
            if (!ContainsNamed(newUnion.Types, oldMember.Name))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.UnionMemberRemoved,
                    ChangeCriticality.Breaking,
                    oldUnion.Name,
                    $"Member '{oldMember.Name}' was removed from union type '{oldUnion.Name}'."));
            }
        }

        foreach (var newMember in newUnion.Types)
        {
            if (!ContainsNamed(oldUnion.Types, newMember.Name))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.UnionMemberAdded,
                    ChangeCriticality.Dangerous,
                    oldUnion.Name,
                    $"Member '{newMember.Name}' was added to union type '{oldUnion.Name}'."));
            }
        }
    }

    private static void CompareEnumValues(EnumType oldEnum, EnumType newEnum, List<SchemaChange> changes)
    {
        foreach (var oldValue in oldEnum.Values.Values)
        {
            var coordinate = $"{oldEnum.Name}.{oldValue.Name}";
            if (!newEnum.Values.TryGetValue(oldValue.Name, out var newValue))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.EnumValueRemoved, ChangeCriticality.Breaking, coordinate, $"Enum value '{coordinate}' was removed."));
                continue;
            }

            if (!string.Equals(oldValue.Description, newValue.Description, StringComparison.Ordinal))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.EnumValueDescriptionChanged,
                    ChangeCriticality.Safe,
                    coordinate,
                    DescriptionMessage($"enum value '{coordinate}'", oldValue.Description, newValue.Description)));
            }

            CompareDeprecation(
                $"Enum value '{coordinate}'",
                coordinate,
                oldValue.DeprecationReason,
                newValue.DeprecationReason,
                SchemaChangeKind.EnumValueDeprecationAdded,
                SchemaChangeKind.EnumValueDeprecationRemoved,
                SchemaChangeKind.EnumValueDeprecationReasonChanged,
                changes);
            CompareDirectiveUsages($"enum value '{coordinate}'", coordinate, oldValue.Directives, newValue.Directives, changes);
        }

        // Dangerous: clients that switch over the values may have no branch for the new one.
        foreach (var newValue in newEnum.Values.Values)
        {
            if (!oldEnum.Values.ContainsKey(newValue.Name))
            {
                var coordinate = $"{oldEnum.Name}.{newValue.Name}";
                changes.Add(new SchemaChange(
                    SchemaChangeKind.EnumValueAdded, ChangeCriticality.Dangerous, coordinate, $"Enum value '{coordinate}' was added."));
            }
        }
    }

    private static void CompareDeprecation(
        string subject,
        string coordinate,
        string? oldReason,
        string? newReason,
        SchemaChangeKind added,
        SchemaChangeKind removed,
        SchemaChangeKind? reasonChanged,
        List<SchemaChange> changes)
    {
        if (oldReason is null && newReason is not null)
        {
            changes.Add(new SchemaChange(added, ChangeCriticality.Safe, coordinate, $"{subject} was deprecated ({Quote(newReason)})."));
        }
        else if (oldReason is not null && newReason is null)
        {
            changes.Add(new SchemaChange(removed, ChangeCriticality.Safe, coordinate, $"{subject} is no longer deprecated."));
        }
        else if (reasonChanged is { } kind && !string.Equals(oldReason, newReason, StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange(
                kind, ChangeCriticality.Safe, coordinate, $"Deprecation reason of {Lower(subject)} changed from {Quote(oldReason)} to {Quote(newReason)}."));
        }
    }

    private static List<SchemaChange> SortByCoordinate(List<SchemaChange> changes)
    {
        var order = new (SchemaChange Change, int Index)[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            order[i] = (changes[i], i);
        }

        Array.Sort(order, static (a, b) =>
        {
            var byCoordinate = string.CompareOrdinal(a.Change.Coordinate, b.Change.Coordinate);
            return byCoordinate != 0 ? byCoordinate : a.Index.CompareTo(b.Index);
        });

        for (var i = 0; i < order.Length; i++)
        {
            changes[i] = order[i].Change;
        }

        return changes;
    }

    private static bool ContainsNamed<T>(List<T> types, string name)
        where T : NamedType
    {
        foreach (var type in types)
        {
            if (string.Equals(type.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBuiltInScalar(NamedType type)
    {
        foreach (var scalar in BuiltInScalars.All)
        {
            if (string.Equals(scalar.Name, type.Name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };

    private static string DescriptionMessage(string subject, string? oldDescription, string? newDescription) =>
        (oldDescription, newDescription) switch
        {
            (null, _) => $"Description was added to {subject}.",
            (_, null) => $"Description was removed from {subject}.",
            _ => $"Description of {subject} changed.",
        };

    private static string Quote(string? text) => text is null ? "none" : $"'{text}'";

    private static string Lower(string subject) => char.ToLowerInvariant(subject[0]) + subject[1..];
}
