using System.Security.Cryptography;

namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// The model's file format: a magic and version, the shape, each category's calibration, threshold and veto, the
/// non-zero weights (feature index and one weight per category), and a SHA-256 of everything before it, so a
/// truncated or altered file is refused instead of scoring nonsense.
/// </summary>
internal static class ModelFile
{
    private static readonly byte[] Magic = "CWGMODEL"u8.ToArray();
    // Version 4 added the word features (ModelShape.WordN); a version 3 file has none and still loads.
    private const int Version = 4;
    private const int OldestVersion = 3;
    private const int MaxHashBits = 24;

    public static void Write(Stream destination, DetectionModel model)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            var shape = model.Shape;
            writer.Write(shape.HashBits);
            writer.Write(shape.MinN);
            writer.Write(shape.MaxN);
            writer.Write(shape.WindowSentences);
            writer.Write(shape.WordN);
            writer.Write(shape.RuleIds.Count);
            foreach (var id in shape.RuleIds)
            {
                writer.Write(id);
            }

            writer.Write(shape.VocabularyIds.Count);
            foreach (var id in shape.VocabularyIds)
            {
                writer.Write(id);
            }

            var categories = model.Categories;
            writer.Write(categories.Count);
            foreach (var category in categories)
            {
                writer.Write(category.Name);
                writer.Write(category.Bias);
                writer.Write(category.Slope);
                writer.Write(category.Offset);
                writer.Write(category.Threshold);
                writer.Write(category.Veto);
            }

            var used = model.WeightedFeatures.ToList();
            writer.Write(used.Count);
            foreach (var feature in used)
            {
                writer.Write(feature);
                for (var c = 0; c < categories.Count; c++)
                {
                    writer.Write(model.Weight(feature, c));
                }
            }
        }

        buffer.Write(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    /// <summary>Reads a model; any problem throws <see cref="DetectionModelException"/> naming <paramref name="source"/>.</summary>
    public static DetectionModel Read(Stream source, string sourceName)
    {
        if (!source.CanSeek)
        {
            using var copy = new MemoryStream();
            source.CopyTo(copy);
            copy.Position = 0;
            return Read(copy, sourceName);
        }

        // Checked and parsed in place (the embedded resource is already in memory, a file is read twice): a copy of the
        // whole file (2.9 MB for model 7) would be allocated at start-up, which is when the bot's resident memory peaks.
        var start = source.Position;
        var length = source.Length - start;
        Span<byte> magic = stackalloc byte[8];
        if (length < Magic.Length + 32 || source.ReadAtLeast(magic, Magic.Length, throwOnEndOfStream: false) < Magic.Length || !magic.SequenceEqual(Magic))
        {
            throw new DetectionModelException($"The detection model {sourceName} is not a ChatworkGuard model file.");
        }

        source.Position = start;
        if (!ChecksumMatches(source, length - 32))
        {
            throw new DetectionModelException($"The detection model {sourceName} is corrupt: its checksum does not match. Retrain it or restore the shipped file.");
        }

        try
        {
            source.Position = start + Magic.Length;
            using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
            return ReadBody(reader, sourceName);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or OverflowException)
        {
            throw new DetectionModelException($"The detection model {sourceName} is malformed: {ex.Message}", ex);
        }
    }

    /// <summary>Hashes the next <paramref name="bodyLength"/> bytes and compares them with the 32 that follow.</summary>
    private static bool ChecksumMatches(Stream source, long bodyLength)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        for (var left = bodyLength; left > 0;)
        {
            var read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                return false;
            }

            hash.AppendData(buffer, 0, read);
            left -= read;
        }

        Span<byte> stored = stackalloc byte[32];
        return source.ReadAtLeast(stored, 32, throwOnEndOfStream: false) == 32 && hash.GetHashAndReset().AsSpan().SequenceEqual(stored);
    }

    private static DetectionModel ReadBody(BinaryReader reader, string sourceName)
    {
        var version = reader.ReadInt32();
        if (version is < OldestVersion or > Version)
        {
            throw new DetectionModelException($"The detection model {sourceName} has format version {version}; this build reads versions {OldestVersion}–{Version}.");
        }

        var hashBits = reader.ReadInt32();
        var minN = reader.ReadInt32();
        var maxN = reader.ReadInt32();
        var window = reader.ReadInt32();
        var wordN = version >= 4 ? reader.ReadInt32() : 0;
        if (hashBits is < 8 or > MaxHashBits || minN < 1 || maxN < minN || maxN > 8 || window < 0 || wordN is < 0 or > 2)
        {
            throw new DetectionModelException($"The detection model {sourceName} has an impossible shape (bits {hashBits}, n {minN}–{maxN}, window {window}, words {wordN}).");
        }

        var rules = new string[CheckedCount(reader.ReadInt32(), 100_000, sourceName)];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = reader.ReadString();
        }

        var vocabulary = new string[CheckedCount(reader.ReadInt32(), 100_000, sourceName)];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            vocabulary[i] = reader.ReadString();
        }

        var categories = new CategoryModel[CheckedCount(reader.ReadInt32(), 64, sourceName)];
        for (var c = 0; c < categories.Length; c++)
        {
            categories[c] = new CategoryModel(reader.ReadString(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle());
        }

        var shape = new ModelShape(hashBits, minN, maxN, window, rules, vocabulary, wordN);
        // Read straight into the model's rows: the dense matrix (6 MB) is never built.
        var used = CheckedCount(reader.ReadInt32(), shape.Dimension, sourceName);
        var features = new int[used];
        var rows = new float[used * categories.Length];
        for (var i = 0; i < used; i++)
        {
            features[i] = reader.ReadInt32();
            // The writer stores features in increasing order, which is the order of their rows in the model.
            if ((uint)features[i] >= (uint)shape.Dimension || (i > 0 && features[i] <= features[i - 1]))
            {
                throw new DetectionModelException($"The detection model {sourceName} names feature {features[i]} out of order, twice or outside its {shape.Dimension} features.");
            }

            for (var c = 0; c < categories.Length; c++)
            {
                rows[(i * categories.Length) + c] = reader.ReadSingle();
            }
        }

        return new DetectionModel(shape, categories, FeatureRowIndex.FromSorted(shape.Dimension, features), rows);
    }

    private static int CheckedCount(int count, int max, string sourceName) =>
        count >= 0 && count <= max
            ? count
            : throw new DetectionModelException($"The detection model {sourceName} declares {count} entries where at most {max} fit.");
}
