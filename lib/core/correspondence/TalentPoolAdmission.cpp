#include "TalentPoolAdmission.h"

#include "storage/ApplicationRepository.h"
#include "storage/TransactionGuard.h"

namespace debrief {

Status TalentPoolAdmission::admit(QList<Application>& applications) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    ApplicationRepository repository(m_db);
    for (Application& application : applications) {
        application.id = kNoRow;
        if (Status stored = repository.insert(application); !stored)
            return stored;
    }
    return tx.commit();
}

Status TalentPoolAdmission::withdraw(const QList<Application>& applications) {
    TransactionGuard tx(m_db);
    if (!tx.begun())
        return tx.begun();
    ApplicationRepository repository(m_db);
    for (const Application& application : applications) {
        auto found = repository.findByUuid(application.uuid);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue; // already gone
        if (Status removed = repository.remove((*found)->id); !removed)
            return removed;
    }
    return tx.commit();
}

} // namespace debrief
