#include "PdfMetadata.h"

namespace debrief::report {
namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

QByteArray PdfMetadata::xmpPacket() const {
    const QString date = created.toOffsetFromUtc(created.offsetFromUtc()).toString(Qt::ISODate);
    QString xmp =
        QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
            "      <dc:format>application/pdf</dc:format>\n"
            "      <dc:title><rdf:Alt><rdf:li "
            "xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "      <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "    </rdf:Description>\n"
            "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\" "
            "xmp:CreatorTool=\"%3\" xmp:CreateDate=\"%4\" xmp:ModifyDate=\"%4\" "
            "xmp:MetadataDate=\"%4\"/>\n"
            "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" "
            "pdf:Producer=\"%5\"/>\n")
            .arg(escaped(title), escaped(author), escaped(creatorTool), date, escaped(producer));
    if (pdfA)
        xmp +=
            QStringLiteral("    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
                           "rdf:about=\"\" pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n");
    xmp += QStringLiteral("  </rdf:RDF>\n"
                          "</x:xmpmeta>\n"
                          "<?xpacket end='w'?>");
    return xmp.toUtf8();
}

} // namespace debrief::report
