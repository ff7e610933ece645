#pragma once

// Helpers shared by the date tests.
#include "support/qtprinters.h"
#include "text/japanesedate.h"

#include <QString>
#include <gtest/gtest.h>

namespace madoguchi::text::datetest {

inline QString str(const char16_t* s)
{
    return QString::fromUtf16(s);
}

// The value of an input that must parse; a failed expectation otherwise.
inline JapaneseDate parsed(const char16_t* input)
{
    const auto r = parseJapaneseDate(str(input));
    EXPECT_TRUE(r.ok()) << QString::fromUtf16(input).toStdString() << ": "
                        << (r.ok() ? std::string() : r.error().message.toStdString());
    return r.ok() ? r.value() : JapaneseDate();
}

} // namespace madoguchi::text::datetest
