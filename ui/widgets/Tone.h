#pragma once

class QLabel;
class QString;

namespace paydesk::ui {

// How a status line reads: the words say what happened, the colour only repeats it (dark enough
// to read on a light background, never the only signal).
enum class Tone
{
    Neutral,
    Success,
    Pending, // waiting for someone, or partly done
    Error,
};

// The colour of a tone, as a style sheet fragment ("color: #b3261e;"), for labels and rich text.
const char* toneColor(Tone tone);
// Sets `label`'s text and its tone's colour.
void showTone(QLabel* label, const QString& text, Tone tone);

} // namespace paydesk::ui
