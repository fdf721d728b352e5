using System.Diagnostics;
using System.Text;

namespace Platform.Testing.Postgres;

/// <summary>Runs a short-lived command, optionally as another OS user, and fails loudly with its output.</summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(string? runAsUser, string fileName, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The service account may not be allowed into the caller's working directory.
            WorkingDirectory = Path.GetTempPath(),
        };

        if (runAsUser is null)
        {
            startInfo.FileName = fileName;
        }
        else
        {
            // PostgreSQL refuses to run as root: drop to the service account for every server command.
            startInfo.FileName = "runuser";
            startInfo.ArgumentList.Add("-u");
            startInfo.ArgumentList.Add(runAsUser);
            startInfo.ArgumentList.Add("--");
            startInfo.ArgumentList.Add(fileName);
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{Describe(startInfo)}' did not finish within {Timeout}. Output:\n{Read(output)}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{Describe(startInfo)}' exited with {process.ExitCode}. Output:\n{Read(output)}");
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string Describe(ProcessStartInfo startInfo) =>
        startInfo.FileName + " " + string.Join(' ', startInfo.ArgumentList);
}
