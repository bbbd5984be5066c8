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
        Assert.Equal(original.Weights, read.Weights);
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
        using var stream = typeof(ModelLoader).Assembly.GetManifestResourceStream(ModelLoader.ResourceName);

        Assert.NotNull(stream);
        Assert.InRange(stream.Length, 1, 10 * 1024 * 1024);
        Assert.NotNull(ModelLoader.Load(new DetectionModelOptions()));
    }
}
