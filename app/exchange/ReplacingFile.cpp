#include "ReplacingFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace paydesk::exchange {

ReplacingFile::ReplacingFile(QString target)
    : m_target(std::move(target))
{ }

ReplacingFile::~ReplacingFile()
{
    if (!m_committed) {
        discard();
    }
}

bool ReplacingFile::create()
{
    const QFileInfo info(m_target);
    QTemporaryFile reserved(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    reserved.setAutoRemove(false);
    if (!reserved.open()) {
        m_error = QStringLiteral("cannot write in %1: %2").arg(info.absolutePath(), reserved.errorString());
        return false;
    }
    m_temporary = reserved.fileName();
    return true;
}

bool ReplacingFile::commit()
{
    // The data reaches the disk before the name does, so a crash leaves the old file or the new
    // one, never a short one under the target's name.
    const QByteArray temporary = QFile::encodeName(m_temporary);
    const int fd = ::open(temporary.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        m_error = QStringLiteral("cannot flush %1 to disk").arg(m_temporary);
        return false;
    }
    ::close(fd);
    if (std::rename(temporary.constData(), QFile::encodeName(m_target).constData()) != 0) {
        m_error = QStringLiteral("cannot rename %1 to %2").arg(m_temporary, m_target);
        return false;
    }
    m_committed = true;
    return true;
}

void ReplacingFile::discard()
{
    if (!m_temporary.isEmpty()) {
        QFile::remove(m_temporary);
    }
}

} // namespace paydesk::exchange
