using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>The data block of an exported page (room-&lt;id&gt;.json, gzip and base64): read it, or put other JSON in it
/// the way a forger would.</summary>
internal static partial class EvidencePageData
{
    /// <summary>The JSON bytes the page carries.</summary>
    public static byte[] Read(string html)
    {
        var match = DataBlock().Match(html);
        Assert.True(match.Success, "the page has the gzip base64 data block");
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(match.Groups[2].Value)), CompressionMode.Decompress);
        using var json = new MemoryStream();
        gzip.CopyTo(json);
        return json.ToArray();
    }

    /// <summary>The page with its data block replaced by <paramref name="json"/>, compressed as the exporter does.</summary>
    public static string Replace(string html, string json)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        var match = DataBlock().Match(html);
        Assert.True(match.Success, "the page has the gzip base64 data block");
        var group = match.Groups[2];
        return string.Concat(html.AsSpan(0, group.Index), Convert.ToBase64String(compressed.ToArray()), html.AsSpan(group.Index + group.Length));
    }

    /// <summary>The page with the first <paramref name="what"/> in its data replaced (no hash recomputed).</summary>
    public static string Edit(string html, string what, string with)
    {
        var json = Encoding.UTF8.GetString(Read(html));
        var at = json.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, "the data has " + what);
        return Replace(html, string.Concat(json.AsSpan(0, at), with, json.AsSpan(at + what.Length)));
    }

    [GeneratedRegex("<script type=\"text/plain\" id=\"cwg-data\" data-encoding=\"(gzip base64)\">([A-Za-z0-9+/=]*)</script>")]
    private static partial Regex DataBlock();
}
