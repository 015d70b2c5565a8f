using System.CommandLine;
using Gateway.Catalog.Storage;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway catalog export --output backup.json</c>: writes every table of the catalog to a JSON file,
/// from one consistent read. The file is written beside the target and moved into place, so a failed
/// export never leaves half a backup. Exit 0 written, 2 unusable input (no catalog, unwritable file).
/// </summary>
public static class CatalogExportCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var outputOption = new Option<FileInfo>("--output", "-o") { Description = "The backup file to write.", Required = true };
        var command = new Command("export", "Write the whole catalog to a JSON backup file.") { outputOption };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var target = parseResult.GetRequiredValue(outputOption);
            await using var catalog = await CatalogStoreOptions.OpenAsync(store.Settings(parseResult), create: false, cancellationToken);
            var snapshot = await catalog.ExportAsync(cancellationToken);

            var partial = target.FullName + ".partial";
            try
            {
                await using (var stream = File.Create(partial))
                {
                    await CatalogSnapshotJson.WriteAsync(stream, snapshot, cancellationToken);
                }

                File.Move(partial, target.FullName, overwrite: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                File.Delete(partial);
                throw new UnusableInputException($"Cannot write the backup {target.FullName}: {error.Message}");
            }

            var products = snapshot.Tables.TryGetValue("products", out var rows) ? rows.Count : 0;
            var versions = snapshot.Tables.TryGetValue("product_versions", out var versionRows) ? versionRows.Count : 0;
            output.Out.WriteLine($"Exported {products} products and {versions} versions (catalog schema {snapshot.SchemaVersion}) to {target.FullName}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
