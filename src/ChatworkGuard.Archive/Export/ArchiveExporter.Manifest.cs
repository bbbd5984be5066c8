namespace ChatworkGuard.Archive.Export;

/// <summary>manifest.json: what the bundle contains and the SHA-256 of each file.</summary>
public static partial class ArchiveExporter
{
    private static async Task WriteManifestAsync(
        string manifestPath,
        ExportContent content,
        ExportOptions options,
        string[] files,
        IReadOnlyList<ExportedFile> attachments,
        CancellationToken cancellationToken)
    {
        var summary = content.Summary;
        var stream = PrivateFiles.OpenWrite(manifestPath, 4096);
        await using (stream)
        {
            var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = EvidenceJsonWriter.Encoder });
            await using (w)
            {
                w.WriteStartObject();
                w.WriteString("format", "chatwork-guard-evidence-manifest");
                w.WriteNumber("format_version", 1);
                w.WriteNumber("room_id", content.RoomId);
                w.WriteString("room_name", summary.Snapshot?.Name);
                w.WriteString("platform", summary.Platform ?? options.Platform);
                if (summary.ProfileOrigin.Length > 0)
                {
                    w.WriteString("profile_origin", summary.ProfileOrigin);
                }

                w.WriteString("exported_at", content.ExportedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                w.WriteString("exported_at_jst", Jst.Format(content.ExportedAt));
                w.WriteString("tool_version", options.ToolVersion);
                EvidenceJsonWriter.WriteChainHead(w, content.Head);
                EvidenceJsonWriter.WriteSlice(w, content.Slice);
                WriteVerification(w, content.Verification);
                w.WriteStartObject("counts");
                w.WriteNumber("records", summary.RecordCount);
                w.WriteNumber("messages", summary.MessageCount);
                w.WriteStartObject("by_kind");
                foreach (var (kind, count) in summary.CountsByKind)
                {
                    w.WriteNumber(kind, count);
                }

                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteStartArray("files");
                foreach (var file in files)
                {
                    w.WriteStartObject();
                    w.WriteString("name", Path.GetFileName(file));
                    w.WriteNumber("bytes", new FileInfo(file).Length);
                    w.WriteString("sha256", await HashFileAsync(file, cancellationToken));
                    w.WriteEndObject();
                }

                WriteAttachments(w, attachments);

                w.WriteEndArray();
                w.WriteEndObject();
            }
        }
    }

    // Room files go in the same list as the bundle's own files; they are the entries with a file_id.
    private static void WriteAttachments(Utf8JsonWriter w, IReadOnlyList<ExportedFile> attachments)
    {
        foreach (var file in attachments)
        {
            var d = file.Details;
            w.WriteStartObject();
            w.WriteString("sha256", d.Sha256);
            w.WriteString("name", d.Name);
            w.WriteNumber("size", d.ReceivedSize ?? d.Size ?? 0);
            w.WriteNumber("file_id", d.FileId);
            w.WriteString("message_id", d.MessageId);
            w.WriteString("record_kind", file.Kind.ToWireName());
            w.WriteNumber("record_seq", file.Sequence);
            if (file.InBundle)
            {
                w.WriteString("path", file.Path);
            }
            else
            {
                w.WriteNull("path");
                w.WriteString("missing", file.Problem);
            }

            w.WriteEndObject();
        }
    }

    private static void WriteVerification(Utf8JsonWriter w, RoomVerification verification)
    {
        w.WriteStartObject("verification");
        w.WriteBoolean("intact", verification.IsIntact);
        w.WriteNumber("records_checked", verification.RecordCount);
        if (verification.Break is { } broken)
        {
            w.WriteStartObject("first_break");
            w.WriteNumber("seq", broken.Sequence);
            w.WriteString("kind", broken.Kind.ToString().ToLowerInvariant());
            w.WriteString("description", broken.Description);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("first_break");
        }

        w.WriteEndObject();
    }

    private static async Task<string> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (stream)
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }
    }
}
