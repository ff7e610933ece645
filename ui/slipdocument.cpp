#include "slipdocument.h"
