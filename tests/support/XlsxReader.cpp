#include "XlsxReader.h"

#include <QProcess>
#include <QXmlStreamReader>

namespace {

QByteArray unzip(const QString& path, const QString& member, QString* error)
{
    QProcess process;
    process.start(QStringLiteral(PAYDESK_UNZIP), {QStringLiteral("-p"), path, member});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("unzip %1 %2: %3")
                     .arg(path, member, QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

// "B12" -> (12, 1)
std::pair<int, int> position(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter()) {
        column = column * 26 + (ref.at(i).unicode() - 'A' + 1);
        ++i;
    }
    return {ref.mid(i).toInt(), column - 1};
}

// OOXML writes characters XML cannot carry (CR, other controls) as _xHHHH_.
QString unescaped(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace

bool XlsxReader::read(const QString& path, QString* error)
{
    const QByteArray workbook = unzip(path, QStringLiteral("xl/workbook.xml"), error);
    if (workbook.isEmpty()) {
        return false;
    }
    m_sheets = static_cast<int>(workbook.count("<sheet "));
    QString ignored;
    QXmlStreamReader strings(unzip(path, QStringLiteral("xl/sharedStrings.xml"), &ignored));
    while (!strings.atEnd()) {
        if (strings.readNext() == QXmlStreamReader::StartElement && strings.name() == QLatin1String("si")) {
            QString text;
            while (!(strings.readNext() == QXmlStreamReader::EndElement && strings.name() == QLatin1String("si"))
                   && !strings.atEnd()) {
                if (strings.isStartElement() && strings.name() == QLatin1String("t")) {
                    text += strings.readElementText();
                }
            }
            m_sharedStrings << text;
        }
    }
    QXmlStreamReader styles(unzip(path, QStringLiteral("xl/styles.xml"), error));
    bool inCellXfs = false;
    while (!styles.atEnd()) {
        styles.readNext();
        if (styles.isStartElement() && styles.name() == QLatin1String("numFmt")) {
            m_formatCodes.insert(styles.attributes().value(QLatin1String("numFmtId")).toInt(),
                                 styles.attributes().value(QLatin1String("formatCode")).toString());
        } else if (styles.isStartElement() && styles.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (styles.isEndElement() && styles.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && styles.isStartElement() && styles.name() == QLatin1String("xf")) {
            m_styleFormats << styles.attributes().value(QLatin1String("numFmtId")).toInt();
        }
    }
    QXmlStreamReader sheet(unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"), error));
    Cell current;
    std::pair<int, int> at;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement()) {
            const QStringView name = sheet.name();
            if (name == QLatin1String("pane")) {
                m_frozen = sheet.attributes().value(QLatin1String("state")) == QLatin1String("frozen")
                    && sheet.attributes().value(QLatin1String("ySplit")) == QLatin1String("1");
            } else if (name == QLatin1String("autoFilter")) {
                m_autoFilter = true;
            } else if (name == QLatin1String("c")) {
                current = Cell{sheet.attributes().value(QLatin1String("t")).toString(), QString(),
                               sheet.attributes().value(QLatin1String("s")).toInt(), false};
                at = position(sheet.attributes().value(QLatin1String("r")));
                m_rows = std::max(m_rows, at.first);
            } else if (name == QLatin1String("f")) {
                current.formula = true;
                ++m_formulas;
            } else if (name == QLatin1String("v")) {
                current.text = sheet.readElementText();
                if (current.type == QLatin1String("s")) {
                    current.text = m_sharedStrings.value(current.text.toInt());
                }
            } else if (name == QLatin1String("t")) {
                current.text += sheet.readElementText();
            }
        } else if (sheet.isEndElement() && sheet.name() == QLatin1String("c")) {
            current.text = unescaped(current.text);
            m_cells.insert(at, current);
        }
    }
    if (sheet.hasError()) {
        *error = sheet.errorString();
        return false;
    }
    return true;
}

QString XlsxReader::numberFormat(int style) const
{
    return m_formatCodes.value(m_styleFormats.value(style));
}
