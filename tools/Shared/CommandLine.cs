namespace Platform.Tools;

/// <summary>
/// Walks a measuring tool's command line: each option name in turn, and the value that follows it when the option
/// takes one. A missing or malformed value throws <see cref="ArgumentException"/> naming the option.
/// </summary>
internal sealed class CommandLine(IReadOnlyList<string> args)
{
    private int _next;

    /// <summary>
    /// A measuring tool's whole run: the options parsed from <paramref name="args"/>, then the run. A bad command line
    /// prints its error and <paramref name="usage"/> and exits 2; <c>--help</c> prints the usage and exits 0.
    /// </summary>
    public static async Task<int> RunToolAsync<TOptions>(
        IReadOnlyList<string> args,
        Func<IReadOnlyList<string>, TOptions> parse,
        string usage,
        Func<TOptions, bool> help,
        Func<TOptions, Task<int>> run)
    {
        TOptions options;
        try
        {
            options = parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(usage);
            return 2;
        }

        if (help(options))
        {
            Console.WriteLine(usage);
            return 0;
        }

        return await run(options);
    }

    /// <summary>The option being read.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Moves to the next option; false at the end.</summary>
    public bool MoveNext()
    {
        if (_next >= args.Count)
        {
            return false;
        }

        Name = args[_next++];
        return true;
    }

    /// <summary>The option's value (the next argument).</summary>
    public string Value() => _next < args.Count ? args[_next++] : throw new ArgumentException($"{Name} needs a value.");

    /// <summary>The option's value as a whole number ≥ <paramref name="min"/> ("10_000" and "10,000" allowed).</summary>
    public int Count(int min) => int.TryParse(Value().Replace("_", "").Replace(",", ""), out var n) && n >= min
        ? n
        : throw new ArgumentException($"{Name} needs a whole number ≥ {min}.");
}
