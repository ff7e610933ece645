#pragma once

#include "common/result.h"
#include "storage/secretstore.h"

#include <QByteArray>
#include <QString>

namespace madoguchi::storage {

// Reads a secret that the caller cannot work without. A missing (or empty)
// secret is an error that names it and says how to set it:
// "… set it with 'madoguchi-cli secret set NAME'". A keyring that cannot be
// reached is an error too, with the store's explanation.
Result<QByteArray> readRequiredSecret(SecretStore& store, const QString& name);

// The token of a back-end system (secretnames.h: backend/SYSTEM_ID/token),
// required: the delivery connectors call this.
Result<QByteArray> readBackendToken(SecretStore& store, const QString& systemId);

} // namespace madoguchi::storage
