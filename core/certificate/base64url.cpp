#include "certificate/base64url.h"

#include <sodium.h>

namespace madoguchi::certificate {

QByteArray base64UrlEncode(QByteArrayView bytes)
{
    constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    // The length includes the terminating NUL that sodium writes.
    QByteArray text(qsizetype(sodium_base64_ENCODED_LEN(size_t(bytes.size()), variant)), '\0');
    sodium_bin2base64(text.data(), size_t(text.size()),
        reinterpret_cast<const unsigned char*>(bytes.data()), size_t(bytes.size()), variant);
    text.chop(1);
    return text;
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    // libsodium refuses what is listed above when no characters are to be
    // ignored and the end pointer is not asked for: any character it
    // cannot read, a dangling 6 bits, and non-zero bits after the last byte.
    QByteArray bytes(text.size() * 3 / 4 + 1, '\0');
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), size_t(bytes.size()),
            text.data(), size_t(text.size()), nullptr, &length, nullptr,
            sodium_base64_VARIANT_URLSAFE_NO_PADDING)
        != 0)
        return std::nullopt;
    bytes.truncate(qsizetype(length));
    return bytes;
}

} // namespace madoguchi::certificate
