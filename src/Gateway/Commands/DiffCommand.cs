using System.CommandLine;
using Gateway.GraphQL.Utilities;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway graphql diff OLD.graphql NEW.graphql</c>: lists what changed between two schemas, one line
/// per change with its class (Breaking, Dangerous, Safe). Exit 0 when nothing breaks existing clients,
/// 1 when a change is breaking, 2 when a schema cannot be read or does not build.
/// </summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var oldArgument = new Argument<FileInfo>("OLD") { Description = "The schema clients use today, in SDL." };
        var newArgument = new Argument<FileInfo>("NEW") { Description = "The proposed schema, in SDL." };
        var command = new Command("diff", "Compare two schemas and classify each change.") { oldArgument, newArgument };
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var oldSchema = await InputFiles.ReadSchemaAsync(parseResult.GetRequiredValue(oldArgument), cancellationToken);
            var newSchema = await InputFiles.ReadSchemaAsync(parseResult.GetRequiredValue(newArgument), cancellationToken);

            var breaking = 0;
            foreach (var change in SchemaDiff.Compare(oldSchema, newSchema))
            {
                output.Out.WriteLine(change.ToString());
                if (change.Criticality == ChangeCriticality.Breaking)
                {
                    breaking++;
                }
            }

            if (breaking == 0)
            {
                return ExitCodes.Success;
            }

            output.Error.WriteLine($"{breaking} breaking change{(breaking == 1 ? "" : "s")}: existing clients may fail against the new schema.");
            return ExitCodes.Findings;
        }));
        return command;
    }
}
