#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

// Everything about the payout selected in History: every field as it was sent, PayDesk's state
// and Cregis's status, the last error, who approved it, and its audit trail, with copy buttons
// for the values people paste elsewhere (cid, txid, third_party_id, recipient address).
class PayoutDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit PayoutDetailPane(desk::Desk& desk, QWidget* parent = nullptr);

    // Reads the payout again from the store (it may have changed); 0 clears the pane.
    void showPayout(qint64 id);
    qint64 payoutId() const { return m_id; }

private:
    enum class Field
    {
        Payout,
        State,
        CregisStatus,
        Error,
        Unanswered,
        Cid,
        Txid,
        ThirdPartyId,
        ToAddress,
        FromAddress,
        Currency,
        Amount,
        WalletId,
        Memo,
        Remark,
        Created,
        Approvers,
        Submitted,
        Block,
    };

    // A value in a label; long machine values (ids, addresses) in a read-only line instead, which
    // scrolls rather than widening the pane and can be selected from the keyboard.
    void addField(QFormLayout* form, Field field, const QString& label, const QString& name);
    void addCopyButton(Field field, const QString& name, const QString& what);
    void setField(Field field, const QString& text);

    desk::Desk& m_desk;
    qint64 m_id = 0;
    QHash<Field, QWidget*> m_values; // a QLabel or a read-only QLineEdit
    QHash<Field, QHBoxLayout*> m_rows; // the value and, for some, its copy button
    QHash<Field, QPushButton*> m_copyButtons;
    QLabel* m_placeholder;
    QWidget* m_fields;
    QWidget* m_scroll;
    QPlainTextEdit* m_trail;
};

} // namespace paydesk::ui
