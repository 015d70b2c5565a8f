using System.CommandLine;

namespace Gateway.Commands;

/// <summary><c>gateway catalog ...</c>: operating the catalog store itself (backups).</summary>
public static class CatalogCommand
{
    public static Command Create() => new("catalog", "Back up and restore the data product catalog.")
    {
        CatalogExportCommand.Create(),
        CatalogImportCommand.Create(),
    };
}
