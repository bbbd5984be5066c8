using System.Buffers.Binary;
using System.Security.Cryptography;
using ChatworkGuard.Policy;
using ChatworkGuard.Policy.Detection.Model;

namespace ChatworkGuard.Tests.Policy.Detection.Model;

public sealed class ModelFileTests
{
    private static byte[] Written()
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, TestModels.Triggered((DetectionCategory.DirectPayment, "qzxwv")));
        return stream.ToArray();
    }

    [Fact]
    public void Read_WhatWriteWrote_GivesTheSameModel()
    {
        var original = TestModels.Triggered((DetectionCategory.DirectPayment, "qzxwv"));

        var read = ModelFile.Read(new MemoryStream(Written()), "test model");

        Assert.Equal(original.Shape.HashBits, read.Shape.HashBits);
        Assert.Equal(original.Shape.RuleIds, read.Shape.RuleIds);
        Assert.Equal(original.Categories, read.Categories);
        Assert.Equal(original.DenseWeights(), read.DenseWeights());
    }

    [Fact]
    public void Read_WhatWriteWrote_KeepsTheWordFeatures()
    {
        var triggered = TestModels.Triggered((DetectionCategory.DirectPayment, "qzxwv"));
        var original = new DetectionModel(triggered.Shape with { WordN = 2 }, triggered.Categories, triggered.DenseWeights());
        using var stream = new MemoryStream();
        ModelFile.Write(stream, original);

        var read = ModelFile.Read(new MemoryStream(stream.ToArray()), "test model");

        Assert.Equal(2, read.Shape.WordN);
        Assert.Equal(original.DenseWeights(), read.DenseWeights());
    }

    [Fact]
    public void Read_AVersion3File_LoadsWithoutWordFeatures()
    {
        // Version 3 is version 4 without the word-feature field that follows the window (magic 8, five ints).
        var current = Written();
        var body = current[..^32];
        var old = new List<byte>(body[..8]);
        var version = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(version, 3);
        old.AddRange(version);
        old.AddRange(body[12..28]);
        old.AddRange(body[32..]);
        old.AddRange(SHA256.HashData([.. old]));

        var read = ModelFile.Read(new MemoryStream([.. old]), "old model");

        Assert.Equal(0, read.Shape.WordN);
        Assert.Equal(TestModels.Triggered((DetectionCategory.DirectPayment, "qzxwv")).DenseWeights(), read.DenseWeights());
    }

    [Fact]
    public void Read_OneByteChanged_IsRefusedNamingTheSource()
    {
        var bytes = Written();
        bytes[bytes.Length / 2] ^= 0x40;

        var ex = Assert.Throws<DetectionModelException>(() => ModelFile.Read(new MemoryStream(bytes), "/models/m.bin"));

        Assert.Contains("/models/m.bin", ex.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Truncated_IsRefused()
    {
        var bytes = Written();

        Assert.Throws<DetectionModelException>(() => ModelFile.Read(new MemoryStream(bytes[..(bytes.Length - 100)]), "m.bin"));
        Assert.Throws<DetectionModelException>(() => ModelFile.Read(new MemoryStream(bytes[..10]), "m.bin"));
    }

    [Fact]
    public void Read_NotAModel_IsRefused()
    {
        var ex = Assert.Throws<DetectionModelException>(() => ModelFile.Read(new MemoryStream("{\"not\":\"a model\"}"u8.ToArray()), "rules.json"));

        Assert.Contains("not a ChatworkGuard model", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedModel_LoadsAndIsUnderTenMegabytes()
    {
        Assert.InRange(new FileInfo(ModelLoader.ShippedPath).Length, 1, 10 * 1024 * 1024);
        Assert.NotNull(ModelLoader.Load(new DetectionModelOptions()));
    }
}
