#pragma once

#include "storage/secretstore.h"

namespace madoguchi::storage {

// The store Database::open reads database passwords from when it is given
// none (OpenOptions::secrets): the OS keychain, read on the application's
// main thread only. QtKeychain's jobs complete through the main thread's
// event loop, so a job started on another thread (a worker opening its own
// connection while the main thread waits for it) would never finish. The
// main thread always asks the keychain and remembers what it found; other
// threads get that remembered value, or an error saying the secret was not
// read on the main thread yet. Writing and removing are main-thread only.
// Other workers use it the same way: the desk's relay thread gets the
// back-end tokens the desk read here at start (app/desk/deskrelay.cpp).
SecretStore& databaseSecretStore();

} // namespace madoguchi::storage
