using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ChatworkGuard.Training;

/// <summary>
/// The training/validation split: by a hash of the message id, so it never depends on file order and a message
/// added later does not move the others. The frozen test split is separate files and never enters here.
/// </summary>
internal static class CorpusSplit
{
    /// <summary>One message in <paramref name="folds"/> goes to validation.</summary>
    public static (List<LabelledMessage> Train, List<LabelledMessage> Validation) Split(IEnumerable<LabelledMessage> messages, int folds = 5)
    {
        var train = new List<LabelledMessage>();
        var validation = new List<LabelledMessage>();
        foreach (var message in messages)
        {
            var hash = BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(message.Id)));
            (hash % (uint)folds == 0 ? validation : train).Add(message);
        }

        return (train, validation);
    }
}
