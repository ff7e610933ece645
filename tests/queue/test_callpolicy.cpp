// Filled in by the work on issue #8.
#include <gtest/gtest.h>
