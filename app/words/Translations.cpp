#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace paydesk::words {

void installTranslations(QCoreApplication& app)
{
    auto translator = std::make_unique<QTranslator>();
    // The person's language if there is a file for it, else English (for its plurals).
    if (translator->load(QLocale(), QStringLiteral("paydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/paydesk_en.qm"))) {
        QCoreApplication::installTranslator(translator.get());
        translator.release()->setParent(&app); // the application owns it from here
    }
}

} // namespace paydesk::words
