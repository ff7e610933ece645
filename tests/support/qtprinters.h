#pragma once

// gtest printers for Qt types, so failing expectations show readable values.
#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringView>
#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(QStringView s, std::ostream* os)
{
    *os << '"' << s.toString().toStdString() << '"';
}
inline void PrintTo(const QByteArray& b, std::ostream* os)
{
    *os << '"' << b.toStdString() << '"';
}
inline void PrintTo(const QDate& d, std::ostream* os)
{
    *os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("<invalid date>"));
}
QT_END_NAMESPACE
