#include "HelpDialogs.h"

#include <QKeySequence>
#include <QMessageBox>
#include <QSslSocket>
#include <QStringList>

namespace paydesk::ui {

QString HelpDialogs::aboutText(const config::AppPaths& paths, const QString& databaseFile)
{
    return tr("PayDesk %1\n"
              "A desktop payout desk for the Cregis WaaS API.\n\n"
              "Qt %2 (built with %3)\n"
              "TLS: %4\n\n"
              "Payout database: %5\n"
              "Settings: %6\n"
              "API keys: the system keychain (service PayDesk), nowhere else.")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QSslSocket::sslLibraryVersionString(), databaseFile, paths.settingsFile);
}

QString HelpDialogs::shortcutsText()
{
    const auto key = [](const QKeySequence& sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    QStringList lines;
    lines << tr("Anywhere") << tr("  %1  Settings").arg(key(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
          << tr("  %1  Quit").arg(key(QKeySequence::Quit))
          << tr("  Arrow keys in the task list choose a page; Tab goes into it.") << QString() << tr("New payout")
          << tr("  Enter in any field  Review the payout")
          << tr("  In the confirmation, Cancel is the default; Send unlocks after a moment.") << QString()
          << tr("Approvals")
          << tr("  %1  Approve the selected payouts").arg(key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)))
          << tr("  %1  Reject the selected payouts").arg(key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)))
          << tr("  %1  Send the approved payouts").arg(key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)))
          << tr("  Shift, Ctrl and Ctrl+A select several.") << QString() << tr("History")
          << tr("  %1  Ask Cregis for the latest statuses").arg(key(QKeySequence(QKeySequence::Refresh)));
    return lines.join(u'\n');
}

void HelpDialogs::showAbout(QWidget* parent, const config::AppPaths& paths, const QString& databaseFile)
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About PayDesk"), aboutText(paths, databaseFile),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void HelpDialogs::showShortcuts(QWidget* parent)
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("Keyboard shortcuts"), shortcutsText(), QMessageBox::Close,
                                parent);
    box->setObjectName(QStringLiteral("shortcutsDialog"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace paydesk::ui
