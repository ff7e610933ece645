#include "checklistpanel.h"
