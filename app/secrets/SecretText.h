#pragma once

#include <QByteArray>
#include <QIODevice>

namespace paydesk::secrets {

// What is wrong with a secret as given (pasted, typed or piped in): it is refused whole, never
// cut or cleaned into something else and stored as if it were what the person gave.
enum class SecretTextProblem
{
    None,
    Empty,
    SeveralLines, // a line break before the end
    ControlCharacter, // NUL, tab, escape, DEL, ...
    Space, // a space inside an API key
    NotAscii, // an API key is ASCII
    NotUtf8, // a password is UTF-8 text
    TooLong,
};

struct SecretTextCheck
{
    SecretTextProblem problem = SecretTextProblem::None;
    qsizetype position = 0; // 1-based byte position of the offending byte
    uchar byte = 0; // that byte
    qsizetype limit = 0; // for TooLong: the longest allowed, in bytes

    bool ok() const { return problem == SecretTextProblem::None; }
};

// Cregis API keys are 32 hex characters; anything beyond one line of printable ASCII without
// spaces, at most 256 characters, is not a key (a paste that caught more, or a binary file).
inline constexpr qsizetype apiKeyLimit = 256;
SecretTextCheck checkApiKey(const QByteArray& key);

// A database password: one line of UTF-8 text without control characters (spaces allowed), at
// most 1,024 bytes.
inline constexpr qsizetype passwordLimit = 1024;
SecretTextCheck checkPassword(const QByteArray& password);

// Reads a secret given on standard input: from a terminal one line, from a pipe or file all of
// it. At most `limit` + 1 bytes are kept, so a longer one is seen as too long rather than cut;
// one final line end (LF or CR LF) is dropped, nothing else.
QByteArray readSecret(QIODevice& input, bool fromTerminal, qsizetype limit);

} // namespace paydesk::secrets
