#include "SecretText.h"

#include <QStringDecoder>

namespace paydesk::secrets {

namespace {

SecretTextCheck problemAt(SecretTextProblem problem, const QByteArray& text, qsizetype index)
{
    return {problem, index + 1, static_cast<uchar>(text.at(index)), 0};
}

// Empty, too long, a line break or another control character: what both kinds refuse alike.
SecretTextCheck checkCommon(const QByteArray& text, qsizetype limit)
{
    if (text.isEmpty()) {
        return {SecretTextProblem::Empty, 0, 0, 0};
    }
    if (text.size() > limit) {
        return {SecretTextProblem::TooLong, 0, 0, limit};
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<uchar>(text.at(i));
        if (byte == '\n' || byte == '\r') {
            return problemAt(SecretTextProblem::SeveralLines, text, i);
        }
        if (byte < 0x20 || byte == 0x7f) {
            return problemAt(SecretTextProblem::ControlCharacter, text, i);
        }
    }
    return {};
}

} // namespace

SecretTextCheck checkApiKey(const QByteArray& key)
{
    if (const SecretTextCheck common = checkCommon(key, apiKeyLimit); !common.ok()) {
        return common;
    }
    for (qsizetype i = 0; i < key.size(); ++i) {
        const auto byte = static_cast<uchar>(key.at(i));
        if (byte >= 0x80) {
            return problemAt(SecretTextProblem::NotAscii, key, i);
        }
        if (byte == ' ') {
            return problemAt(SecretTextProblem::Space, key, i);
        }
    }
    return {};
}

SecretTextCheck checkPassword(const QByteArray& password)
{
    if (const SecretTextCheck common = checkCommon(password, passwordLimit); !common.ok()) {
        return common;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(password);
    if (decoder.hasError()) {
        return {SecretTextProblem::NotUtf8, 0, 0, 0};
    }
    for (const QChar c : text) {
        // C1 controls and the like: not typed, so not part of a password.
        if (c.category() == QChar::Other_Control) {
            return {SecretTextProblem::ControlCharacter, 0, 0, 0};
        }
    }
    return {};
}

QByteArray readSecret(QIODevice& input, bool fromTerminal, qsizetype limit)
{
    // One byte for the line end and one to see that there is more than the limit.
    const qsizetype keep = limit + 3;
    QByteArray secret = fromTerminal ? input.readLine(keep) : input.read(keep);
    if (secret.endsWith("\r\n")) {
        secret.chop(2);
    } else if (secret.endsWith('\n')) {
        secret.chop(1);
    }
    return secret;
}

} // namespace paydesk::secrets
