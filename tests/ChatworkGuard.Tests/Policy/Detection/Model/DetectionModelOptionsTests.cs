using ChatworkGuard.Policy.Detection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Tests.Policy.Detection.Model;

public sealed class DetectionModelOptionsTests
{
    private static ValidateOptionsResult Validate(DetectionOptions options)
    {
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddDetection().BuildServiceProvider();
        var validator = provider.GetServices<IValidateOptions<DetectionOptions>>().OfType<DetectionOptionsValidator>().Single();
        return validator.Validate(Options.DefaultName, options);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Validate_ThresholdOutsideZeroToOne_IsRefused(double threshold)
    {
        var options = new DetectionOptions();
        options.Model.Thresholds["escrow-bypass"] = threshold;

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains("Detection:Model:Thresholds:escrow-bypass", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownCategory_IsRefused()
    {
        var options = new DetectionOptions();
        options.Model.Thresholds["crypto-scam"] = 0.5;

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains("crypto-scam names no category", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingModelFile_IsRefusedNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-model-{Guid.NewGuid():N}.bin");
        var options = new DetectionOptions { Model = { Path = path } };

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains(path, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CorruptModelFile_IsRefusedNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corrupt-model-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, [.. "CWGMODEL"u8, .. new byte[64]]);
        try
        {
            var result = Validate(new DetectionOptions { Model = { Path = path } });

            Assert.True(result.Failed);
            Assert.Contains(path, result.FailureMessage, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_ModelDisabledWithMissingFile_IsAccepted()
    {
        var options = new DetectionOptions { Model = { Enabled = false, Path = "/nowhere/model.bin" } };

        Assert.True(Validate(options).Succeeded);
    }

    [Fact]
    public void Validate_ValidThresholds_AreAccepted()
    {
        var options = new DetectionOptions();
        options.Model.Thresholds["Work-Start"] = 0.8;
        options.Model.Thresholds["direct-payment"] = 0;

        Assert.True(Validate(options).Succeeded);
    }
}
