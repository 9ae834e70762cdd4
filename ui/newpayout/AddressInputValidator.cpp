#include "AddressInputValidator.h"

#include "payout/PayoutValidator.h"

namespace paydesk::ui {

AddressInputValidator::AddressInputValidator(QObject* parent)
    : QValidator(parent)
{ }

QValidator::State AddressInputValidator::validate(QString& input, int& position) const
{
    // The same normalisation the model applies before it checks and sends an address.
    const QString cleaned = payout::PayoutValidator::normalizeAddress(input);
    if (cleaned != input) {
        const bool atEnd = position >= input.size();
        input = cleaned;
        position = atEnd ? static_cast<int>(input.size()) : qMin(position, static_cast<int>(input.size()));
    }
    return Acceptable;
}

} // namespace paydesk::ui
