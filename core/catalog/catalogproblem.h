#pragma once

#include <QList>
#include <QString>

// What the catalog loader reports: every problem at once, each naming the
// file (relative to the catalog folder) and the place in it as a JSON
// pointer (RFC 6901; "/" is the whole document).
namespace madoguchi::catalog {

struct CatalogProblem {
    QString file;
    QString pointer;
    QString message;

    // "procedures/kokuho.kanyu.json: /form/fields/2/bind: …"
    QString text() const;
    bool operator==(const CatalogProblem&) const = default;
};

// A place in a catalog file.
struct Place {
    QString file;
    // "" for the whole document, else "/a/0/b" with ~ and / escaped.
    QString pointer;

    Place operator/(const QString& key) const;
    Place operator/(qsizetype index) const;
    // The pointer as shown: "/" for the whole document.
    QString shown() const;
};

class Problems {
public:
    void add(const Place& place, const QString& message);
    void add(const CatalogProblem& problem) { m_list.append(problem); }
    const QList<CatalogProblem>& list() const { return m_list; }
    bool isEmpty() const { return m_list.isEmpty(); }
    qsizetype size() const { return m_list.size(); }
    // One problem a line.
    QString text() const;

private:
    QList<CatalogProblem> m_list;
};

} // namespace madoguchi::catalog
