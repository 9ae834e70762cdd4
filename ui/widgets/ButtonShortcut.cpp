#include "ButtonShortcut.h"

#include <QAction>
#include <QPushButton>
#include <QWidget>

namespace paydesk::ui {

QAction* addButtonShortcut(QWidget* page, QPushButton* button, const QKeySequence& shortcut)
{
    // Outside a dialog a button answers Enter only when it has focus and is auto-default.
    button->setAutoDefault(true);
    auto* action = new QAction(button->text(), page);
    action->setObjectName(button->objectName() + QStringLiteral("Action"));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, button, [button] {
        if (button->isEnabled()) {
            button->click();
        }
    });
    page->addAction(action);
    return action;
}

} // namespace paydesk::ui
