using System.IO.Compression;

namespace Platform.Compliance;

/// <summary>Unpacks a plugin zip safely: no paths outside the target, bounded size.</summary>
internal static class PackageExtractor
{
    /// <summary>Extracts <paramref name="zip"/> into <paramref name="target"/>; null on success, otherwise why not.</summary>
    public static async Task<PluginRefusal?> ExtractAsync(Stream zip, string target, long maxBytes, CancellationToken ct)
    {
        ZipArchive archive;
        try
        {
            archive = await ZipArchive.CreateAsync(zip, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            return new("package.not_zip", $"zip ファイルとして読めません（{ex.Message}）", $"not a zip file: {ex.Message}");
        }

        await using (archive.ConfigureAwait(false))
        {
            var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
            Directory.CreateDirectory(root);
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                var destination = Path.GetFullPath(Path.Combine(root, entry.FullName));
                if (!destination.StartsWith(root, StringComparison.Ordinal))
                {
                    return new("package.entry_outside", $"zip の項目「{entry.FullName}」がパッケージの外を指しています", $"entry '{entry.FullName}' points outside the package");
                }

                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    Directory.CreateDirectory(destination);
                    continue;
                }

                total += entry.Length;
                if (total > maxBytes)
                {
                    return new("package.too_large", $"展開後の大きさが上限の {maxBytes:N0} バイトを超えます", $"package is larger than {maxBytes} bytes uncompressed");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                var source = await entry.OpenAsync(ct).ConfigureAwait(false);
                await using (source.ConfigureAwait(false))
                {
                    var file = File.Create(destination);
                    await using (file.ConfigureAwait(false))
                    {
                        await source.CopyToAsync(file, ct).ConfigureAwait(false);
                        if (file.Length != entry.Length)
                        {
                            return new("package.entry_size", $"zip の項目「{entry.FullName}」の大きさがヘッダーの値と違います", $"entry '{entry.FullName}' is not the size its header says");
                        }
                    }
                }
            }

            return null;
        }
    }

    /// <summary>The folder holding <c>&lt;name&gt;.dll</c>: the package root, or its only sub-folder when the zip wraps the publish folder.</summary>
    public static string? FindPluginRoot(string extracted, string pluginName)
    {
        var dll = pluginName + ".dll";
        if (File.Exists(Path.Combine(extracted, dll)))
        {
            return extracted;
        }

        var subfolders = Directory.GetDirectories(extracted);
        return subfolders.Length == 1 && Directory.GetFiles(extracted).Length == 0 && File.Exists(Path.Combine(subfolders[0], dll))
            ? subfolders[0]
            : null;
    }
}
