#include "SessionClaimLease.h"

#include <QSqlQuery>

namespace paydesk::store {

SessionClaimLease::SessionClaimLease(Connection connection)
    : m_connection(std::move(connection))
{ }

const QString& SessionClaimLease::owner() const
{
    if (m_owner.isEmpty()) {
        QSqlQuery open(m_connection());
        if (open.exec(QStringLiteral("SELECT public.paydesk_open_lease()")) && open.next()) {
            m_owner = open.value(0).toString();
        }
    }
    return m_owner;
}

bool SessionClaimLease::renew()
{
    if (m_owner.isEmpty()) {
        return true; // none was opened: the next claim opens one
    }
    QSqlQuery again(m_connection());
    again.prepare(QStringLiteral("SELECT public.paydesk_renew_lease(?)"));
    again.addBindValue(m_owner);
    if (!again.exec() || !again.next()) {
        return false;
    }
    if (!again.value(0).toBool()) {
        m_owner.clear();
    }
    return true;
}

} // namespace paydesk::store
