#include "ImportPreviewModel.h"

namespace paydesk::ui {

void ImportPreviewModel::setRows(QList<exchange::ImportRow> rows, const QList<exchange::ImportProblem>& warnings)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_warnings.clear();
    for (const exchange::ImportProblem& warning : warnings) {
        m_warnings[warning.line] << (warning.column.isEmpty() ? warning.reason
                                                              : tr("%1: %2").arg(warning.column, warning.reason));
    }
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
    if (role == Qt::ToolTipRole && index.column() == WarningsColumn) {
        return m_warnings.value(row.line).join(u'\n');
    }
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
    case WarningsColumn:
        return m_warnings.value(row.line).join(QStringLiteral("; "));
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
    case WarningsColumn:
        return tr("Warnings");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace paydesk::ui
