#include "interviewpanel.h"
