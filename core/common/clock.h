#pragma once

#include <QDate>
#include <QDateTime>

namespace madoguchi {

// The seam for time (STYLE.md): services ask a Clock, tests give a fixed one.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    // The wall clock used when nobody injects another.
    static const Clock& system();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    { }
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace madoguchi
