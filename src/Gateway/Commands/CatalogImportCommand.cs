using System.CommandLine;
using System.Text.Json;
using Gateway.Catalog.Storage;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway catalog import --input backup.json</c>: restores a backup into an empty catalog (a new data
/// directory or database), in one transaction. Exit 0 restored, 1 refused (the catalog has data, the
/// backup's schema differs), 2 unusable input (no file, not a backup).
/// </summary>
public static class CatalogImportCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var inputOption = new Option<FileInfo>("--input", "-i") { Description = "The backup file to restore.", Required = true };
        var command = new Command("import", "Restore a JSON backup into an empty catalog.") { inputOption };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var source = parseResult.GetRequiredValue(inputOption);
            var snapshot = await ReadAsync(source, cancellationToken);
            await using var catalog = await CatalogStoreOptions.OpenAsync(store.Settings(parseResult), create: true, cancellationToken);
            try
            {
                await catalog.ImportAsync(snapshot, cancellationToken);
            }
            catch (CatalogRejectedException error)
            {
                output.Error.WriteLine($"Not restored: {error.Message}");
                return ExitCodes.Findings;
            }

            var products = snapshot.Tables.TryGetValue("products", out var rows) ? rows.Count : 0;
            output.Out.WriteLine($"Restored {products} products from {source.FullName}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<CatalogSnapshot> ReadAsync(FileInfo source, CancellationToken cancellationToken)
    {
        if (!source.Exists)
        {
            throw new UnusableInputException($"Cannot read the backup file {source.FullName}: it does not exist.");
        }

        try
        {
            await using var stream = source.OpenRead();
            return await CatalogSnapshotJson.ReadAsync(stream, cancellationToken);
        }
        catch (JsonException error)
        {
            var where = error.LineNumber is { } line ? $"{source.FullName}:{line + 1}:{(error.BytePositionInLine ?? 0) + 1}" : source.FullName;
            throw new UnusableInputException($"{where}: the file is not a catalog backup: {error.Message}");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException($"Cannot read the backup file {source.FullName}: {error.Message}");
        }
    }
}
