namespace Spd.Domain.Common;

/// <summary>
/// One problem with one field. <see cref="Code"/> names the rule (screens translate
/// <c>Validation.{Code}</c> with <see cref="Arguments"/>); <see cref="Message"/> is the English text
/// the API returns.
/// </summary>
public sealed record ValidationError(string Field, string Code, string Message, params object[] Arguments);
