#include "delivery/oneshotbody.h"

#include <algorithm>
#include <cstring>

namespace madoguchi::delivery {

OneShotBody::OneShotBody(QByteArray data)
    : m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* target, qint64 size)
{
    const qint64 n = std::min(size, m_data.size() - m_read);
    std::memcpy(target, m_data.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

} // namespace madoguchi::delivery
