using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ChatworkGuard.Training;

/// <summary>
/// The validation folds: by a hash of the message id, so they never depend on file order and a message added later
/// does not move the others. The frozen test split is separate files and never enters here.
/// </summary>
internal static class CorpusSplit
{
    public const int Folds = 5;

    /// <summary>The fold (0 to <see cref="Folds"/> − 1) in which <paramref name="message"/> is held out.</summary>
    public static int FoldOf(LabelledMessage message) =>
        (int)(BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(message.Id))) % Folds);
}
