// The strings are ready for a second language: every text a person reads in the window goes
// through tr(), the committed .ts file holds every tr() text of the sources, and every English
// plural has both of its forms.

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString sourceDir = QStringLiteral(PAYDESK_SOURCE_DIR);
const QString tsFile = sourceDir + QStringLiteral("/resources/translations/paydesk_en.ts");

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList forms;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages << message;
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment") && !messages.isEmpty()) {
            messages.last().comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            messages.last().finished = type != QLatin1String("unfinished") && type != QLatin1String("vanished")
                && type != QLatin1String("obsolete");
        } else if (xml.name() == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().forms << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QSet<QString> keysOf(const QList<Message>& messages)
{
    QSet<QString> keys;
    for (const Message& message : messages) {
        keys.insert(message.context + u'|' + message.source + u'|' + message.comment);
    }
    return keys;
}

// A QStringLiteral a person would read: words, not an object name, settings key, style sheet,
// HTML scaffolding, date format or URL. A heuristic tuned to leave no false alarm in ui/; the
// contexts list what a literal may legitimately be passed to.
const QRegularExpression literal(QStringLiteral(R"re(QStringLiteral\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\))re"));
const QRegularExpression technicalContext(QStringLiteral(
    R"re((setObjectName\(.*|setStyleSheet\(|QLatin1String\(|setProperty\(|findChild|objectName|\.value\(|QSettings|)re"
    R"re(toString\(|fromString\(|QKeySequence\(|setItemData|QRegularExpression|setApplicationName\(|)re"
    R"re(setOrganizationName\(|setDesktopFileName\()\s*$)re"));
const QRegularExpression stringPart(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
const QRegularExpression identifier(QStringLiteral(R"re(^[a-z][A-Za-z0-9]*$)re"));
const QRegularExpression settingsKey(QStringLiteral(R"re(^[a-z_]+(/[a-z_]+)*$)re"));
const QRegularExpression
    markup(QStringLiteral(R"re(color:|\{|\}|<[a-z/]|font-|padding|yyyy|HH:mm|^#|^https?://|%1@%2$)re"));
const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
const QString productName = QStringLiteral("PayDesk"); // a name, the same in every language

bool isUserVisible(const QString& quotedParts)
{
    QString text;
    for (const QRegularExpressionMatch& part : stringPart.globalMatch(quotedParts)) {
        text += part.captured(1);
    }
    return text.contains(letter) && text != productName && !identifier.match(text).hasMatch()
        && !settingsKey.match(text).hasMatch() && !markup.match(text).hasMatch();
}

// "line: literal" for each user-visible literal of `source` outside tr().
QStringList untranslated(const QString& source)
{
    QStringList found;
    for (const QRegularExpressionMatch& match : literal.globalMatch(source)) {
        const qsizetype start = match.capturedStart();
        const qsizetype lineStart = source.lastIndexOf(u'\n', start) + 1;
        const QString before = source.mid(lineStart, start - lineStart);
        if (technicalContext.match(before).hasMatch() || !isUserVisible(match.captured(1))) {
            continue;
        }
        found << QStringLiteral("%1: %2").arg(source.left(start).count(u'\n') + 1).arg(match.captured(0).simplified());
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsUntranslatedText_data();
    void detectsUntranslatedText();
    void windowTextGoesThroughTr_data();
    void windowTextGoesThroughTr();
    void tsFileIsCurrent();
    void everyEnglishPluralHasBothForms();
};

void TestTranslations::detectsUntranslatedText_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("label text") << R"(label->setText(QStringLiteral("Amount to pay"));)" << true;
    QTest::newRow("one word") << R"(new QPushButton(QStringLiteral("Send"), this);)" << true;
    QTest::newRow("split literal") << "box->setText(QStringLiteral(\"Sent \"\n \"twice\"));" << true;
    QTest::newRow("through tr") << R"(label->setText(tr("Amount to pay"));)" << false;
    QTest::newRow("object name") << R"(edit->setObjectName(QStringLiteral("amountEdit"));)" << false;
    QTest::newRow("derived object name") << R"(a->setObjectName(b->objectName() + QStringLiteral("Action"));)" << false;
    QTest::newRow("identifier") << R"(find(QStringLiteral("amountEdit"));)" << false;
    QTest::newRow("settings key") << R"(read(QStringLiteral("profiles/last_used"));)" << false;
    QTest::newRow("style sheet") << R"(w->setStyleSheet(QStringLiteral("QLabel { color: red; }"));)" << false;
    QTest::newRow("html scaffolding") << R"(html += QStringLiteral("<p style=\"margin: 0\">%1</p>");)" << false;
    QTest::newRow("date format") << R"(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));)" << false;
    QTest::newRow("no letters") << R"(join(QStringLiteral(", "));)" << false;
    QTest::newRow("product name") << R"(setWindowTitle(QStringLiteral("PayDesk"));)" << false;
}

void TestTranslations::detectsUntranslatedText()
{
    QFETCH(QString, code);
    QFETCH(bool, flagged);
    QCOMPARE(!untranslated(code).isEmpty(), flagged);
}

void TestTranslations::windowTextGoesThroughTr_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator files(sourceDir + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    int count = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QTest::newRow(qPrintable(path.mid(sourceDir.size() + 1))) << path;
        ++count;
    }
    QVERIFY(count > 20); // the window's sources were found
}

void TestTranslations::windowTextGoesThroughTr()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QStringList found = untranslated(QString::fromUtf8(file.readAll()));
    QVERIFY2(
        found.isEmpty(),
        qPrintable(QStringLiteral("text a person reads, not through tr():\n  ") + found.join(QStringLiteral("\n  "))));
}

void TestTranslations::tsFileIsCurrent()
{
    // lupdate over the same sources as the build's update_translations, into a copy.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("paydesk_en.ts"));
    QVERIFY(QFile::copy(tsFile, fresh));
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir);
    lupdate.start(QStringLiteral(PAYDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("ui"),
                   QStringLiteral("app/words"), QStringLiteral("app/cli"), QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QSet<QString> committed = keysOf(readTs(tsFile, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> current = keysOf(readTs(fresh, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(current.size() > 300);
    QStringList missing = (current - committed).values();
    QStringList stale = (committed - current).values();
    missing.sort();
    stale.sort();
    QVERIFY2(missing.isEmpty() && stale.isEmpty(),
             qPrintable(QStringLiteral("resources/translations/paydesk_en.ts is not current; run "
                                       "`cmake --build <dir> --target update_translations`.\n"
                                       "missing (context|text|comment):\n  %1\nno longer in the code:\n  %2")
                            .arg(missing.mid(0, 20).join(QStringLiteral("\n  ")),
                                 stale.mid(0, 20).join(QStringLiteral("\n  ")))));
}

void TestTranslations::everyEnglishPluralHasBothForms()
{
    QString error;
    const QList<Message> messages = readTs(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int plurals = 0;
    for (const Message& message : messages) {
        if (!message.numerus) {
            continue;
        }
        ++plurals;
        const QString where = message.context + QStringLiteral(": ") + message.source;
        QVERIFY2(message.finished, qPrintable(QStringLiteral("unfinished plural: ") + where));
        QCOMPARE(message.forms.size(), 2);
        QVERIFY2(!message.forms.at(0).isEmpty() && !message.forms.at(1).isEmpty(), qPrintable(where));
        QVERIFY2(!message.forms.at(0).contains(QLatin1String("(s)"))
                     && !message.forms.at(1).contains(QLatin1String("(s)")),
                 qPrintable(where));
    }
    QVERIFY(plurals > 10);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
