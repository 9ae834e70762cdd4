#include "Tone.h"

#include <QLabel>

namespace paydesk::ui {

const char* toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return "";
    case Tone::Success:
        return "color: #1b6e20;";
    case Tone::Pending:
        return "color: #8a5a00;";
    case Tone::Error:
        return "color: #b3261e;";
    }
    return "";
}

void showTone(QLabel* label, const QString& text, Tone tone)
{
    label->setStyleSheet(QLatin1String(toneColor(tone)));
    label->setText(text);
}

} // namespace paydesk::ui
