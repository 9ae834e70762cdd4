#pragma once

class QCoreApplication;

namespace paydesk::words {

// Loads the translation of PayDesk's words for the person's locale, when one is built in
// (`resources/translations/paydesk_<lang>.ts`); English is the source language, and its own file
// only gives plurals their forms ("1 payout", "2 payouts").
void installTranslations(QCoreApplication& app);

} // namespace paydesk::words
