#pragma once

#include "JsonErrorList.h"
#include "OpeningDocument.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace debrief {

/// Turns the bytes of a "debrief-opening" file into an OpeningDocument,
/// checking syntax, the format marker and version, and every field's
/// presence and type. It does not check references between records; that
/// is OpeningDocumentValidator's job.
class OpeningDocumentReader {
    Q_DECLARE_TR_FUNCTIONS(OpeningDocumentReader)

public:
    explicit OpeningDocumentReader(JsonErrorList& errors)
        : m_errors(errors) {}

    /// std::nullopt when the file cannot be read as this format at all
    /// (malformed JSON, wrong marker or version); otherwise the document,
    /// with any field errors added to the error list.
    std::optional<OpeningDocument> read(const QByteArray& json);

private:
    bool readHeader(JsonObjectReader& root);
    DocOpening readOpening(JsonObjectReader& in);
    DocRubric readRubric(JsonObjectReader& in);
    Criterion readCriterion(JsonObjectReader& in);
    DocRound readRound(JsonObjectReader& in);
    DocPanelist readPanelist(JsonObjectReader& in);
    DocCandidate readCandidate(JsonObjectReader& in);
    DocApplication readApplication(JsonObjectReader& in);
    DocInterview readInterview(JsonObjectReader& in);
    DocScorecard readScorecard(JsonObjectReader& in);
    DocReference readReference(JsonObjectReader& in);
    DocDecision readDecision(JsonObjectReader& in);
    DocCommunication readCommunication(JsonObjectReader& in);
    DocAuditEntry readAuditEntry(JsonObjectReader& in);

    /// Reads every element of the array `key` of `parent` with `readOne`.
    template <typename Doc, typename ReadOne>
    QList<Doc> readArray(JsonObjectReader& parent, const char* key, ReadOne readOne);

    JsonErrorList& m_errors;
};

} // namespace debrief
