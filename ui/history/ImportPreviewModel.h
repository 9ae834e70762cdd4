#pragma once

#include "exchange/PayoutImport.h"

#include <QAbstractTableModel>

namespace paydesk::ui {

// The rows of an import, as they would be queued: the file's line, then the reviewed fields.
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
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<exchange::ImportRow> rows);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<exchange::ImportRow> m_rows;
};

} // namespace paydesk::ui
