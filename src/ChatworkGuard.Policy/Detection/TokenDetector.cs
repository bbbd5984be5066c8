namespace ChatworkGuard.Policy.Detection;

/// <summary>A built-in detector (<see cref="TokenDetectors"/>): a term names one as <c>#name</c> (<see cref="TokenDetectorNames"/>).</summary>
internal enum TokenDetector
{
    /// <summary>Any e-mail address.</summary>
    Email,

    /// <summary>An e-mail address at a free provider (the rule set's EmailProviders).</summary>
    FreeMail,

    /// <summary>An @handle that is not part of an e-mail address.</summary>
    Handle,

    /// <summary>A phone number.</summary>
    Phone,

    /// <summary>An account-like number.</summary>
    AccountNumber,

    /// <summary>A money amount.</summary>
    Amount,
}
