#include "databaseoption.h"

#include <QCoreApplication>

namespace madoguchi::cli {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate(
            "DatabaseOption", "The database: an SQLite file or a postgresql:// URL."),
        QCoreApplication::translate("DatabaseOption", "LOCATION"));
}

} // namespace madoguchi::cli
