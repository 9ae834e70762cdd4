#pragma once

#include <QString>

namespace paydesk::config {

// The person acting at a desk: the name every decision, claim and audit event is recorded under.
// One object per desk, which the use cases refer to (never copy), so that the demo can switch
// person without rebuilding them. Its constructor is explicit: a bare string never stands in for
// it, so a use case cannot be handed a temporary by accident.
class ActingPerson
{
public:
    explicit ActingPerson(QString name)
        : m_name(std::move(name))
    { }

    const QString& name() const { return m_name; }
    void switchTo(QString name) { m_name = std::move(name); }

private:
    QString m_name;
};

} // namespace paydesk::config
