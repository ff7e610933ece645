// Filled in by the work on issue #7.
#include <gtest/gtest.h>
