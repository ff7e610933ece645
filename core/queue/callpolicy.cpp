#include "queue/callpolicy.h"
