#include "pdftext.h"

#include <QProcess>
#include <QRegularExpression>
#include <utility>

using namespace Qt::StringLiterals;

namespace madoguchi::testing {

PdfRead readPdf(const QString& file)
{
    PdfRead read;
    QProcess info;
    info.start(u"pdfinfo"_s, {file});
    if (!info.waitForFinished(30000) || info.exitCode() != 0) {
        read.error = u"pdfinfo: "_s + QString::fromUtf8(info.readAllStandardError());
        return read;
    }
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpressionMatch pages
        = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
              .match(out);
    if (pages.hasMatch())
        read.pages = pages.captured(1).toInt();
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    if (!text.waitForFinished(30000) || text.exitCode() != 0) {
        read.error = u"pdftotext: "_s + QString::fromUtf8(text.readAllStandardError());
        return read;
    }
    read.text = QString::fromUtf8(text.readAllStandardOutput());
    return read;
}

QString squeezed(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    static const QList<std::pair<QString, QString>> radicals{{u"⺠"_s, u"民"_s}, {u"⻑"_s, u"長"_s},
        {u"⻄"_s, u"西"_s}, {u"⻘"_s, u"青"_s}, {u"⻝"_s, u"食"_s}, {u"⻤"_s, u"鬼"_s},
        {u"⻩"_s, u"黄"_s}, {u"⻭"_s, u"歯"_s}, {u"⻲"_s, u"亀"_s}, {u"⻯"_s, u"竜"_s},
        {u"⻨"_s, u"麦"_s}, {u"‧"_s, u"・"_s}};
    for (const auto& [radical, kanji] : radicals)
        out.replace(radical, kanji);
    out.remove(QRegularExpression(u"\\s+"_s));
    return out;
}

} // namespace madoguchi::testing
