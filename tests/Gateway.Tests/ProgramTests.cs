namespace Gateway.Tests;

public sealed class ProgramTests
{
    [Fact]
    public async Task Help_exits_zero()
    {
        var exitCode = await Program.Main(["--help"]);
        Assert.Equal(0, exitCode);
    }
}
