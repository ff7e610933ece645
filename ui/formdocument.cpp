#include "formdocument.h"
