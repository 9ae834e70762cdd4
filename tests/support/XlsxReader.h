#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Reads the first worksheet of an .xlsx back for tests, apart from the library that wrote it:
// the workbook is unzipped with `unzip -p` and its XML read cell by cell. Only what the export
// tests need: each cell's type, value, style and whether it holds a formula, and the sheet's
// frozen pane and autofilter.
class XlsxReader
{
public:
    struct Cell
    {
        QString type; // "s" shared string, "inlineStr", "str", "n" (or empty: number), "b"
        QString text; // the string, or the number as written
        int style = 0;
        bool formula = false;
    };

    bool read(const QString& path, QString* error);

    // Rows from 1, columns from 0.
    Cell cell(int row, int column) const { return m_cells.value({row, column}); }
    int rowCount() const { return m_rows; }
    int sheetCount() const { return m_sheets; }
    bool hasFormula() const { return m_formulas > 0; }
    bool headerFrozen() const { return m_frozen; }
    bool hasAutoFilter() const { return m_autoFilter; }
    // The number format code of a cell style (from styles.xml), e.g. "yyyy-mm-dd hh:mm:ss.000".
    QString numberFormat(int style) const;

private:
    QHash<std::pair<int, int>, Cell> m_cells;
    QStringList m_sharedStrings;
    QList<int> m_styleFormats; // style index -> numFmtId
    QHash<int, QString> m_formatCodes;
    int m_rows = 0;
    int m_sheets = 0;
    int m_formulas = 0;
    bool m_frozen = false;
    bool m_autoFilter = false;
};
