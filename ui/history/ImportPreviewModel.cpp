#include "ImportPreviewModel.h"

namespace paydesk::ui {

void ImportPreviewModel::setRows(QList<exchange::ImportRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const exchange::ImportRow& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool right = index.column() == LineColumn || index.column() == AmountColumn;
        return QVariant::fromValue(Qt::Alignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case LineColumn:
        return row.line;
    case CoinColumn:
        return row.fields.coinName;
    case AmountColumn:
        return row.fields.amount.toCanonical();
    case ToAddressColumn:
        return row.fields.toAddress;
    case RemarkColumn:
        return row.fields.remark;
    case ThirdPartyIdColumn:
        return row.thirdPartyId.isEmpty() ? tr("(new)") : row.thirdPartyId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case LineColumn:
        return tr("Line");
    case CoinColumn:
        return tr("Coin");
    case AmountColumn:
        return tr("Amount");
    case ToAddressColumn:
        return tr("To address");
    case RemarkColumn:
        return tr("Remark");
    case ThirdPartyIdColumn:
        return tr("Third-party id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace paydesk::ui
