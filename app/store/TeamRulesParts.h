#pragma once

// The parts of TeamRules, one file each (helpers, steps, the second line); see TeamRules.h.

#include "TeamRules.h"

namespace paydesk::store::team {

const QList<TeamFunction>& helperFunctions();
const QList<TeamFunction>& stepFunctions();
const QList<TeamFunction>& triggerFunctions();
const QList<TeamTrigger>& secondLineTriggers();

} // namespace paydesk::store::team
