#pragma once

#include "exchange/PayoutImport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace paydesk::ui {

// The rows of an import, as they would be queued: the file's line, then the reviewed fields, and
// the warnings of that line.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        CoinColumn,
        AmountColumn,
        ToAddressColumn,
        RemarkColumn,
        ThirdPartyIdColumn,
        WarningsColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<exchange::ImportRow> rows, const QList<exchange::ImportProblem>& warnings);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<exchange::ImportRow> m_rows;
    QHash<int, QStringList> m_warnings; // by line
};

} // namespace paydesk::ui
