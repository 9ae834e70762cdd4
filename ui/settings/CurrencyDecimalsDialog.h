#pragma once

#include "desk/Desk.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace paydesk::ui {

// Sets the number of decimal places for a currency whose decimals neither the built-in table
// nor the gateway knows. Until then such a currency cannot be paid: an amount cannot be checked.
class CurrencyDecimalsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CurrencyDecimalsDialog(desk::Desk& desk, QWidget* parent = nullptr);

private:
    void populate();
    void save();

    desk::Desk& m_desk;
    QComboBox* m_currencyCombo;
    QSpinBox* m_decimalsSpin;
    QPushButton* m_saveButton;
    QLabel* m_statusLabel;
};

} // namespace paydesk::ui
