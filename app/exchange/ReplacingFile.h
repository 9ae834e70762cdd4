#pragma once

#include <QString>

namespace paydesk::exchange {

// A file that appears whole or not at all: it is written under a temporary name in the target's
// own folder (so the final rename stays on one file system and is atomic), flushed to disk, and
// renamed over the target only on commit(). Destroyed without commit(), it leaves nothing behind.
class ReplacingFile
{
public:
    explicit ReplacingFile(QString target);
    ~ReplacingFile();

    ReplacingFile(const ReplacingFile&) = delete;
    ReplacingFile& operator=(const ReplacingFile&) = delete;

    // Reserves the temporary name; false with error() when the folder cannot be written.
    bool create();
    const QString& temporaryPath() const { return m_temporary; }
    const QString& target() const { return m_target; }
    // Syncs the written file to disk and renames it over the target.
    bool commit();
    void discard();
    const QString& error() const { return m_error; }

private:
    QString m_target;
    QString m_temporary;
    QString m_error;
    bool m_committed = false;
};

} // namespace paydesk::exchange
