# One INTERFACE target carries the warnings and the Qt hygiene defines, so
# every library, executable and test is built the same way.
add_library(madoguchi_options INTERFACE)
target_compile_features(madoguchi_options INTERFACE cxx_std_20)
target_compile_options(madoguchi_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
  $<$<BOOL:${MADOGUCHI_WERROR}>:-Werror>)
target_compile_definitions(madoguchi_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_STRICT_ITERATORS
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  MADOGUCHI_VERSION="${PROJECT_VERSION}")
