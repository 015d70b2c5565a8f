using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Utilities;

/// <summary>Fields, arguments and input fields.</summary>
public static partial class SchemaDiff
{
    private static void CompareFields(ComplexType oldType, ComplexType newType, List<SchemaChange> changes)
    {
        foreach (var oldField in oldType.Fields.Values)
        {
            var coordinate = $"{oldType.Name}.{oldField.Name}";
            if (!newType.Fields.TryGetValue(oldField.Name, out var newField))
            {
                changes.Add(new SchemaChange(SchemaChangeKind.FieldRemoved, ChangeCriticality.Breaking, coordinate, $"Field '{coordinate}' was removed."));
                continue;
            }

            if (!string.Equals(oldField.Type.ToString(), newField.Type.ToString(), StringComparison.Ordinal))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.FieldTypeChanged,
                    IsSafeOutputTypeChange(oldField.Type, newField.Type) ? ChangeCriticality.Safe : ChangeCriticality.Breaking,
                    coordinate,
                    $"Field '{coordinate}' changed type from '{oldField.Type}' to '{newField.Type}'."));
            }

            if (!string.Equals(oldField.Description, newField.Description, StringComparison.Ordinal))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.FieldDescriptionChanged,
                    ChangeCriticality.Safe,
                    coordinate,
                    DescriptionMessage($"field '{coordinate}'", oldField.Description, newField.Description)));
            }

            CompareDeprecation(
                $"Field '{coordinate}'",
                coordinate,
                oldField.DeprecationReason,
                newField.DeprecationReason,
                SchemaChangeKind.FieldDeprecationAdded,
                SchemaChangeKind.FieldDeprecationRemoved,
                SchemaChangeKind.FieldDeprecationReasonChanged,
                changes);
            CompareDirectiveUsages($"field '{coordinate}'", coordinate, oldField.Directives, newField.Directives, changes);
            CompareArguments(coordinate, oldField.Arguments, newField.Arguments, FieldArgumentKinds, changes);
        }

        // Arguments of a new field are part of the field's addition and are not reported apart.
        foreach (var newField in newType.Fields.Values)
        {
            if (!oldType.Fields.ContainsKey(newField.Name))
            {
                var coordinate = $"{oldType.Name}.{newField.Name}";
                changes.Add(new SchemaChange(SchemaChangeKind.FieldAdded, ChangeCriticality.Safe, coordinate, $"Field '{coordinate}' was added."));
            }
        }
    }

    private static void CompareArguments(
        string ownerCoordinate,
        OrderedDictionary<string, InputValueDefinition> oldArguments,
        OrderedDictionary<string, InputValueDefinition> newArguments,
        in InputValueChangeKinds kinds,
        List<SchemaChange> changes)
    {
        foreach (var oldArgument in oldArguments.Values)
        {
            var coordinate = $"{ownerCoordinate}({oldArgument.Name}:)";
            if (!newArguments.TryGetValue(oldArgument.Name, out var newArgument))
            {
                changes.Add(new SchemaChange(kinds.Removed, ChangeCriticality.Breaking, coordinate, $"Argument '{coordinate}' was removed."));
                continue;
            }

            CompareInputValue($"argument '{coordinate}'", coordinate, oldArgument, newArgument, kinds, changes);
        }

        foreach (var newArgument in newArguments.Values)
        {
            if (oldArguments.ContainsKey(newArgument.Name))
            {
                continue;
            }

            // A required argument breaks every operation that does not pass it. An optional one is
            // Dangerous for fields: the field may now behave differently when it is omitted
            // (graphql-inspector); for directives it only widens what may be written.
            var coordinate = $"{ownerCoordinate}({newArgument.Name}:)";
            var required = IsRequired(newArgument);
            var criticality = required ? ChangeCriticality.Breaking : kinds.OptionalAddedCriticality;
            var message = required
                ? $"Required argument '{coordinate}' was added."
                : $"Optional argument '{coordinate}' was added.";
            changes.Add(new SchemaChange(kinds.Added, criticality, coordinate, message));
        }
    }

    private static void CompareInputObject(InputObjectType oldType, InputObjectType newType, List<SchemaChange> changes)
    {
        // Spec 3.10.1 OneOf Input Objects: becoming OneOf rejects values that set several fields or
        // none; ceasing to be OneOf accepts every value it accepted before.
        if (oldType.IsOneOf != newType.IsOneOf)
        {
            changes.Add(newType.IsOneOf
                ? new SchemaChange(
                    SchemaChangeKind.InputObjectOneOfAdded, ChangeCriticality.Breaking, oldType.Name, $"Input object '{oldType.Name}' became a OneOf input object.")
                : new SchemaChange(
                    SchemaChangeKind.InputObjectOneOfRemoved, ChangeCriticality.Safe, oldType.Name, $"Input object '{oldType.Name}' is no longer a OneOf input object."));
        }

        foreach (var oldField in oldType.Fields.Values)
        {
            var coordinate = $"{oldType.Name}.{oldField.Name}";
            if (!newType.Fields.TryGetValue(oldField.Name, out var newField))
            {
                changes.Add(new SchemaChange(
                    SchemaChangeKind.InputFieldRemoved, ChangeCriticality.Breaking, coordinate, $"Input field '{coordinate}' was removed."));
                continue;
            }

            CompareInputValue($"input field '{coordinate}'", coordinate, oldField, newField, InputFieldKinds, changes);
        }

        foreach (var newField in newType.Fields.Values)
        {
            if (oldType.Fields.ContainsKey(newField.Name))
            {
                continue;
            }

            // graphql-inspector: a required field without a default breaks every value clients send;
            // a field with a default changes what the server sees for old values (Dangerous); a
            // nullable field without a default changes nothing.
            var coordinate = $"{oldType.Name}.{newField.Name}";
            var (criticality, message) = IsRequired(newField)
                ? (ChangeCriticality.Breaking, $"Required input field '{coordinate}' was added.")
                : newField.HasDefaultValue
                    ? (ChangeCriticality.Dangerous, $"Input field '{coordinate}' was added with default value '{Printer.PrintDefaultValue(newField.DefaultValue!)}'.")
                    : (ChangeCriticality.Safe, $"Optional input field '{coordinate}' was added.");
            changes.Add(new SchemaChange(SchemaChangeKind.InputFieldAdded, criticality, coordinate, message));
        }
    }

    /// <summary>Compares an argument or input field that both schemas have.</summary>
    private static void CompareInputValue(
        string subject,
        string coordinate,
        InputValueDefinition oldValue,
        InputValueDefinition newValue,
        in InputValueChangeKinds kinds,
        List<SchemaChange> changes)
    {
        var capitalized = char.ToUpperInvariant(subject[0]) + subject[1..];
        if (!string.Equals(oldValue.Type.ToString(), newValue.Type.ToString(), StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange(
                kinds.TypeChanged,
                IsSafeInputTypeChange(oldValue.Type, newValue.Type) ? ChangeCriticality.Safe : ChangeCriticality.Breaking,
                coordinate,
                $"{capitalized} changed type from '{oldValue.Type}' to '{newValue.Type}'."));
        }

        // Dangerous: operations that omit the value now get different behaviour.
        var oldDefault = oldValue.DefaultValue is { } oldLiteral ? Printer.PrintDefaultValue(oldLiteral) : null;
        var newDefault = newValue.DefaultValue is { } newLiteral ? Printer.PrintDefaultValue(newLiteral) : null;
        if (!string.Equals(oldDefault, newDefault, StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange(
                kinds.DefaultChanged,
                ChangeCriticality.Dangerous,
                coordinate,
                $"Default value of {subject} changed from {Quote(oldDefault)} to {Quote(newDefault)}."));
        }

        if (!string.Equals(oldValue.Description, newValue.Description, StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange(
                kinds.DescriptionChanged, ChangeCriticality.Safe, coordinate, DescriptionMessage(subject, oldValue.Description, newValue.Description)));
        }

        if (kinds.DeprecationAdded is { } added && kinds.DeprecationRemoved is { } removed)
        {
            CompareDeprecation(capitalized, coordinate, oldValue.DeprecationReason, newValue.DeprecationReason, added, removed, null, changes);
        }

        CompareDirectiveUsages(subject, coordinate, oldValue.Directives, newValue.Directives, changes);
    }

    /// <summary>Spec 3.6.1: an argument (or input field) must be given when it is non-null and has no default.</summary>
    private static bool IsRequired(InputValueDefinition value) => value.Type is NonNullType && !value.HasDefaultValue;

    /// <summary>
    /// Output types may only become stricter: a client that handled the old values handles the new
    /// ones when the named type is the same and non-null is only added (<c>String</c> to <c>String!</c>,
    /// <c>[Int]</c> to <c>[Int!]!</c>).
    /// </summary>
    private static bool IsSafeOutputTypeChange(GraphQLType oldType, GraphQLType newType) => oldType switch
    {
        NonNullType oldNonNull => newType is NonNullType newNonNull && IsSafeOutputTypeChange(oldNonNull.OfType, newNonNull.OfType),
        ListType oldList => newType switch
        {
            ListType newList => IsSafeOutputTypeChange(oldList.OfType, newList.OfType),
            NonNullType newNonNull => IsSafeOutputTypeChange(oldList, newNonNull.OfType),
            _ => false,
        },
        _ => newType switch
        {
            NamedType newNamed => string.Equals(((NamedType)oldType).Name, newNamed.Name, StringComparison.Ordinal),
            NonNullType newNonNull => IsSafeOutputTypeChange(oldType, newNonNull.OfType),
            _ => false,
        },
    };

    /// <summary>
    /// Input types may only become looser: every value clients sent before is still accepted when the
    /// named type is the same and non-null is only removed (<c>Int!</c> to <c>Int</c>).
    /// </summary>
    private static bool IsSafeInputTypeChange(GraphQLType oldType, GraphQLType newType) => oldType switch
    {
        NonNullType oldNonNull => newType is NonNullType newNonNull
            ? IsSafeInputTypeChange(oldNonNull.OfType, newNonNull.OfType)
            : IsSafeInputTypeChange(oldNonNull.OfType, newType),
        ListType oldList => newType is ListType newList && IsSafeInputTypeChange(oldList.OfType, newList.OfType),
        _ => newType is NamedType newNamed && string.Equals(((NamedType)oldType).Name, newNamed.Name, StringComparison.Ordinal),
    };

    private static readonly InputValueChangeKinds FieldArgumentKinds = new(
        SchemaChangeKind.FieldArgumentAdded,
        SchemaChangeKind.FieldArgumentRemoved,
        SchemaChangeKind.FieldArgumentTypeChanged,
        SchemaChangeKind.FieldArgumentDefaultChanged,
        SchemaChangeKind.FieldArgumentDescriptionChanged,
        SchemaChangeKind.FieldArgumentDeprecationAdded,
        SchemaChangeKind.FieldArgumentDeprecationRemoved,
        ChangeCriticality.Dangerous);

    private static readonly InputValueChangeKinds InputFieldKinds = new(
        SchemaChangeKind.InputFieldAdded,
        SchemaChangeKind.InputFieldRemoved,
        SchemaChangeKind.InputFieldTypeChanged,
        SchemaChangeKind.InputFieldDefaultValueChanged,
        SchemaChangeKind.InputFieldDescriptionChanged,
        SchemaChangeKind.InputFieldDeprecationAdded,
        SchemaChangeKind.InputFieldDeprecationRemoved,
        ChangeCriticality.Safe);

    private static readonly InputValueChangeKinds DirectiveArgumentKinds = new(
        SchemaChangeKind.DirectiveArgumentAdded,
        SchemaChangeKind.DirectiveArgumentRemoved,
        SchemaChangeKind.DirectiveArgumentTypeChanged,
        SchemaChangeKind.DirectiveArgumentDefaultValueChanged,
        SchemaChangeKind.DirectiveArgumentDescriptionChanged,
        DeprecationAdded: null,
        DeprecationRemoved: null,
        ChangeCriticality.Safe);

    /// <summary>The change kinds to report for one family of input values (field arguments, input fields, directive arguments).</summary>
    private readonly record struct InputValueChangeKinds(
        SchemaChangeKind Added,
        SchemaChangeKind Removed,
        SchemaChangeKind TypeChanged,
        SchemaChangeKind DefaultChanged,
        SchemaChangeKind DescriptionChanged,
        SchemaChangeKind? DeprecationAdded,
        SchemaChangeKind? DeprecationRemoved,
        ChangeCriticality OptionalAddedCriticality);
}
