#include "FileClaimLease.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace paydesk::store {

namespace {

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

// Owner ids come from the database, which anyone with the file can edit: only a plain id may
// become part of a file name.
bool isPlainOwnerId(const QString& owner)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(owner).hasMatch();
}

} // namespace

FileClaimLease::FileClaimLease(QString directory, QString owner, int fd)
    : m_directory(std::move(directory))
    , m_owner(std::move(owner))
    , m_fd(fd)
{ }

QString FileClaimLease::directoryFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".claims");
}

QString FileClaimLease::lockPath(const QString& owner) const
{
    return m_directory + u'/' + owner + QStringLiteral(".lock");
}

std::unique_ptr<FileClaimLease> FileClaimLease::acquire(const QString& directory, QString* error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("Cannot create the folder %1 for submission locks.").arg(directory);
        return nullptr;
    }
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString owner = QUuid::createUuid().toString(QUuid::Id128);
    // Locked under a temporary name and only then renamed into place: whoever finds the final
    // name finds it locked, so a checker can never mistake a starting process for a dead one.
    const QString temporary = directory + u'/' + owner + QStringLiteral(".new");
    const int fd = ::open(nativePath(temporary).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("Cannot create a submission lock in %1: %2")
                     .arg(directory, QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    std::unique_ptr<FileClaimLease> lease(new FileClaimLease(directory, owner, fd));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0
        || ::rename(nativePath(temporary).constData(), nativePath(lease->lockPath(owner)).constData()) != 0) {
        *error = QStringLiteral("Cannot take a submission lock in %1: %2")
                     .arg(directory, QString::fromLocal8Bit(std::strerror(errno)));
        ::unlink(nativePath(temporary).constData());
        return nullptr;
    }
    return lease;
}

FileClaimLease::~FileClaimLease()
{
    // Removed while still locked, so nobody can find the name unlocked while this process lives.
    ::unlink(nativePath(lockPath(m_owner)).constData());
    ::close(m_fd);
}

namespace {

qint64 modifiedMs(const struct stat& status)
{
    return qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000;
}

} // namespace

void FileClaimLease::markClaim() const
{
    ::futimens(m_fd, nullptr);
}

std::optional<qint64> FileClaimLease::sinceLastClaimMs(const QString& owner) const
{
    if (!isPlainOwnerId(owner)) {
        return std::nullopt;
    }
    struct stat claim
    {
    };
    if (::stat(nativePath(lockPath(owner)).constData(), &claim) != 0) {
        return std::nullopt;
    }
    // "Now" on the same clock: the time the file system stamps on a probe file touched now.
    const QByteArray probePath = nativePath(m_directory + QStringLiteral("/clock.probe"));
    const int probe = ::open(probePath.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    struct stat now
    {
    };
    const bool read = probe >= 0 && ::futimens(probe, nullptr) == 0 && ::fstat(probe, &now) == 0;
    if (probe >= 0) {
        ::close(probe);
    }
    if (!read) {
        return std::nullopt;
    }
    return std::max<qint64>(0, modifiedMs(now) - modifiedMs(claim));
}

bool FileClaimLease::isAbandoned(const QString& owner) const
{
    if (owner == m_owner) {
        return false;
    }
    if (!isPlainOwnerId(owner)) {
        // No lock can exist for it (a claim written by an older PayDesk, or an edited row): the
        // only process that could be sending it is one that no longer runs.
        return true;
    }
    const QByteArray path = nativePath(lockPath(owner));
    const int fd = ::open(path.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return errno == ENOENT;
    }
    const bool gone = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    if (gone) {
        ::unlink(path.constData());
    }
    ::close(fd);
    return gone;
}

} // namespace paydesk::store
