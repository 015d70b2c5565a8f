using Gateway.GraphQL.Execution;
using Gateway.LocalGraphQL;

namespace Gateway.Commands;

/// <summary>
/// Runs a verb's body with the console streams of the moment and turns unusable input into exit
/// code 2: the message goes to standard error, located GraphQL errors (if any) to standard output as
/// a response's <c>errors</c> list, so scripts read one shape whatever went wrong.
/// </summary>
public static class VerbRunner
{
    public static async Task<int> RunAsync(Func<(TextWriter Out, TextWriter Error), Task<int>> body)
    {
        var output = (Console.Out, Console.Error);
        try
        {
            return await body(output);
        }
        catch (UnusableInputException error)
        {
            if (error.Errors.Count > 0)
            {
                output.Out.WriteLine(ExecutionResult.FromRequestErrors(error.Errors).ToJson());
            }

            output.Error.WriteLine(error.Message);
            return ExitCodes.UnusableInput;
        }
    }
}
