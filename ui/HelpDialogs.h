#pragma once

#include "config/AppPaths.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace paydesk::ui {

// The Help menu's windows: About (versions, where the data and settings live) and the keyboard
// shortcuts. Both are plain text a person can select and copy into a support request.
class HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)

public:
    static QString aboutText(const config::AppPaths& paths, const QString& databaseFile);
    static QString shortcutsText();
    static void showAbout(QWidget* parent, const config::AppPaths& paths, const QString& databaseFile);
    static void showShortcuts(QWidget* parent);
};

} // namespace paydesk::ui
