#pragma once

#include <QValidator>

namespace paydesk::ui {

// The keystroke layer of address checking: removes the zero-width characters and surrounding
// whitespace that travel with copy and paste, so what a person sees is what is sent. It never
// refuses anything; PayoutValidator decides what is acceptable.
class AddressInputValidator : public QValidator
{
    Q_OBJECT

public:
    explicit AddressInputValidator(QObject* parent = nullptr);

    State validate(QString& input, int& position) const override;
};

} // namespace paydesk::ui
