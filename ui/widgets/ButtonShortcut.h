#pragma once

#include <QKeySequence>

class QAction;
class QPushButton;
class QWidget;

namespace paydesk::ui {

// Gives `button` a keyboard shortcut that works anywhere in `page`'s window while the page is
// shown, and keeps the button's Alt mnemonic (QPushButton::setShortcut would replace it). A
// hidden page's shortcuts are inactive, so pages in one stack can reuse keys. The shortcut
// presses the button only while it is enabled, and the button's tool tip names it.
QAction* addButtonShortcut(QWidget* page, QPushButton* button, const QKeySequence& shortcut);

} // namespace paydesk::ui
