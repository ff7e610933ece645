#include "fieldeditor.h"
