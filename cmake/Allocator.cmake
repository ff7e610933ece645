# The executables allocate through jemalloc when it is installed (Debian:
# libjemalloc-dev). A first import reads rows on one thread and writes them
# on another, so most strings are freed by a thread other than the one that
# allocated them; glibc's malloc spends a quarter of the import's time on
# that (arena locks, consolidation): 36 s against 28 s for 1,000,000 rows
# (docs/import-format.md). Without jemalloc everything works, only slower.
pkg_check_modules(JEMALLOC IMPORTED_TARGET jemalloc)

function(madoguchi_use_allocator target)
  if(JEMALLOC_FOUND)
    target_link_libraries(${target} PRIVATE PkgConfig::JEMALLOC)
  else()
    message(STATUS "${target}: jemalloc not found, using the C library's malloc")
  endif()
endfunction()
